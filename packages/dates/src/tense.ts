import {defaultAbbreviations} from '@tidings/lexicon'
import type {DateLexicon} from './lexicon.js'
import {alternation, capitalized, endsInWord, LETTERS, lowerWords, nearWords, spaceBefore, textBefore} from './text.js'

/**
 * What the words around an expression say of its time. News reports the past: only a future word
 * among the few words before an expression, a schedule, a deferral or a deadline moves it ahead.
 */
export interface TenseReader {
  /** A future word among the few words before `index` ("will", "is scheduled to"), or a schedule verb right before it ("opens on"). */
  futureBefore(sentence: string, index: number): boolean
  /**
   * A future auxiliary earlier in the clause of a date that its verb's own phrase holds: "will go
   * before voters in the county on Nov. 4". No past tense, and no word that opens another clause, may
   * stand between ("will review the plan that voters rejected on Nov. 4").
   */
  futureInClause(sentence: string, index: number): boolean
  /** "postponed until Tuesday": a day something was put off to lies ahead. */
  deferredTo(sentence: string, index: number): boolean
  /** "by February": a deadline, which news names ahead of time. */
  deadlineBefore(sentence: string, index: number): boolean
  /** "since Tuesday", "ever since May": the time something has gone on from lies behind, whatever the tense. */
  sinceBefore(sentence: string, index: number): boolean
  /** A word of ability among the few words before `index`, in its clause: "can't review them in eight days". */
  abilityBefore(sentence: string, index: number): boolean
  /** A superlative among the three words before "in" at `index`: "the smallest gain in a year" reaches back over that year. */
  superlativeBefore(sentence: string, index: number): boolean
  /** A past-tense verb in the words before an expression, or the one word after it ("on Tuesday approved"). */
  pastNear(sentence: string, index: number, end: number): boolean
  /**
   * A past-tense verb anywhere before `index` in its clause, however long the object between
   * ("fired more than 500 drones and missiles in five days"), or the one word after it. A clause
   * ends at a comma or a colon, and after a word that opens one with a time of its own ("said",
   * "that", "to"): "approved a plan that takes effect in two weeks" looks ahead.
   */
  pastInClause(sentence: string, index: number, end: number): boolean
  /** "the year ended Jan. 31", "closed on Nov. 6": a past-tense verb right before a date, or before its "on" or "in". */
  pastVerbJustBefore(sentence: string, index: number): boolean
  /**
   * "In January, the board approved", "After Tuesday's vote, the mayor resigned": a past-tense verb
   * among the few words after a date that opens its clause, or after the phrase it opens.
   */
  pastVerbJustAfter(sentence: string, index: number, end: number): boolean
  /**
   * "May sales fell", "June's rainfall fell", "prices in March rose": a past-tense verb after the
   * nouns the date qualifies (at most two), or right after the date that ends its subject.
   */
  pastVerbAfterNoun(sentence: string, end: number): boolean
  /** An amount just before "a year": "$2 million a year", "700 seats a week". */
  rateBefore(sentence: string, index: number): boolean
}

/** How far back the clause of an expression is read, in characters. */
const clauseReach = 120
/** Marks that end a clause. */
const clauseMark = /[,;:"\u201c\u201d\u2013\u2014]/

/** The words, lower case, of the clause before `index`, as far as `reach` characters back: from its last mark on. */
const clauseWordsBefore = (sentence: string, index: number, reach: number) => lowerWords(textBefore(sentence, index, reach).split(clauseMark).at(-1) ?? '')

/** The word right after `end`, lower case, past a few marks ("on Tuesday, approved"); empty when none. */
const wordAfter = (sentence: string, end: number) => /^\W{0,3}(\p{L}+)/u.exec(sentence.slice(end, end + 30))?.[1]?.toLowerCase() ?? ''

/** The nouns a date qualifies, then the verb: three words. */
const nounsAndVerb = 3

/** The words a deferral puts before its day: "postponed until Tuesday". */
const deferredWords = ['until', 'till', 'to']
const deferredBefore = new RegExp(`\\b(?:${deferredWords.join('|')})\\s+$`, 'i')

/** The clock of a timetable between a schedule verb and its day: "9", "18.05", "7:30", "9 a.m.". */
const scheduleClock = '\\d{1,2}(?:[:.]\\d\\d)?(?:\\s*[ap]\\.?m\\.?)?'

/** Whether a character may end such a clock: a digit or the full stop of "a.m.". */
const endsClock = (code: number) => (code >= 48 && code <= 57) || code === 46

/** Where the verb of words that end right before a date stands: the last word, or the one before "on" or "in". */
const verbBeforeDay = (words: ReadonlyArray<string>) => (words.at(-1) === 'on' || words.at(-1) === 'in' ? words.length - 2 : words.length - 1)

/** `items` split by `test`: those that pass, then the rest. */
function partition<T>(items: ReadonlyArray<T>, test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))]
}

/** A letter of `LETTERS`, or an apostrophe: what may not stand right before a schedule verb. */
const isWordCharacter = (code: number) => ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 0xc0 && code <= 0x24f) || code === 39

/** A future word: contractions ("I'll", "won't") are written onto the word before them; other markers stand alone. */
function futurePattern(markers: ReadonlyArray<string>): RegExp {
  const [contracted, standing] = partition(markers, (marker) => /^['\u2019]/.test(marker))
  const onWord = contracted.length > 0 ? `|(?<=[${LETTERS}])(?:${alternation(contracted)})` : ''
  return new RegExp(`(?:(?:^|[^${LETTERS}'\u2019])(?:${alternation(standing)})${onWord})(?![${LETTERS}])`, 'i')
}

/**
 * Whether the text before a date ends in a schedule: a verb in the present ("opens on"), maybe a word
 * of direction and a timetable's clock after it, not after a word that makes it a noun or a state.
 */
function createScheduleReader(lexicon: DateLexicon, determiners: ReadonlySet<string>, isPast: (word: string) => boolean): (text: string) => boolean {
  const nounBefore = new Set([...determiners, ...lexicon.prepositions.map((word) => word.toLowerCase())])
  // A schedule verb, then maybe a word of direction ("flies out") and the clock of a timetable ("lands at 18.05"), then the day.
  const schedule = new RegExp(
    `(?<![${LETTERS}'])(?:${alternation(lexicon.scheduleVerbs)})\\s+(?:(?:${alternation(lexicon.scheduleParticles)})\\s+)?(?:at\\s+${scheduleClock}\\s*)?(?:on\\s+|this\\s+|in\\s+)?$`,
    'i'
  )
  // A fixture: the verb, then up to three words, each checked for a capital once found ("plays Aston
  // Villa on", "faces the Jets on").
  const fixture = new RegExp(
    `(?<![${LETTERS}'])(?:${alternation([...lexicon.scheduleVerbs, ...lexicon.fixtureVerbs])})\\s+((?:[^\\s]+\\s+){1,3})(?:on|this)\\s+$`,
    'i'
  )
  const namedFixture = (text: string) => {
    const match = fixture.exec(text)
    const named = match?.[1]?.trimEnd().split(/\s+/)
    return named?.every((word, at) => /^\p{Lu}/u.test(word) || (at === 0 && word === 'the' && named.length > 1)) ? match : null
  }
  const wordBefore = new RegExp(`([${LETTERS}']+)\\s+$`, 'i')
  // The last word of a schedule: its verb's last word, a word of direction, "on" or "this" after it,
  // or the end of a clock. The pattern, which tries every position of the text before a date, is run
  // only where such a word stands (where a lexicon option brings verbs of other letters, everywhere).
  const scheduleEnds = [...lexicon.scheduleVerbs, ...lexicon.scheduleParticles].every((verb) => /^[a-z]+(?: [a-z]+)*$/i.test(verb))
    ? new Set(['on', 'this', 'in', 'am', 'pm', ...lexicon.scheduleParticles, ...lexicon.scheduleVerbs.map((verb) => verb.toLowerCase().split(' ').at(-1) as string)])
    : undefined
  const mayEndSchedule = (text: string) => {
    const end = spaceBefore(text, text.length)
    let start = end
    while (start > 0 && isWordCharacter(text.charCodeAt(start - 1))) start--
    return end < text.length && (scheduleEnds === undefined || scheduleEnds.has(text.slice(start, end).toLowerCase()) || endsClock(text.charCodeAt(end - 1)))
  }
  // The word before the verb too: after "the", "his", "its" or a preposition ("on leave"), "vote",
  // "visit" and "start" are nouns; after a past tense ("was open on Monday", "came close on Friday")
  // the word tells a state, not a plan.
  // It is looked for only once a verb is found: a pattern that began with it tried every word.
  return (text: string) => {
    if (!mayEndSchedule(text)) return false
    const match = schedule.exec(text) ?? namedFixture(text)
    if (match === null) return false
    const before = wordBefore.exec(text.slice(0, match.index))?.[1]?.toLowerCase() ?? ''
    return !nounBefore.has(before) && !isPast(before)
  }
}

export function createTenseReader(lexicon: DateLexicon): TenseReader {
  const determiners = new Set(lexicon.determiners.map((word) => word.toLowerCase()))
  const phraseWords = new Set([...determiners, ...lexicon.phraseWords.map((word) => word.toLowerCase())])
  const pastWords = new Set(lexicon.pastMarkers.map((word) => word.toLowerCase()))
  const futureWords = new Set(lexicon.futureMarkers.map((word) => word.toLowerCase()))
  const isPast = (word: string) => pastWords.has(word) || (word.length >= 5 && word.endsWith('ed') && !futureWords.has(word))
  const scheduled = createScheduleReader(lexicon, determiners, isPast)
  const future = futurePattern(lexicon.futureMarkers)
  const ability = new RegExp(`(?:^|[^${LETTERS}'\u2019])(?:${alternation(lexicon.abilityMarkers)})(?![${LETTERS}])(?:[^,;:]|(?<=\\d),(?=\\d))*$`, 'i')
  const deferral = new RegExp(`(?:^|[^${LETTERS}])(?:${alternation(lexicon.deferrals)})(?![${LETTERS}])`, 'i')
  // "is heard", "to be sold": a participle after a present or infinitive "be" is not past.
  const presentBe = new Set(['is', 'are', 'am', 'be', 'being'])
  const isPastAt = (words: ReadonlyArray<string>, index: number) => isPast(words[index] ?? '') && !presentBe.has(words[index - 1] ?? '')
  // "The mayor will resign, aides said Friday", "Smith, who will retire, joined the firm in May": the
  // day is the telling's or another clause's, a past verb in the date's own part after the future
  // word's clause. A participle may follow "will" itself ("will remain closed on Monday"), so one
  // ending in "-ed" counts only in another clause; an aside between commas is none of the date's
  // ("will reopen, freshly painted, in May").
  const toldAfter = (afterMarker: string) => {
    const parts = afterMarker.split(/[,;:\u2013\u2014]/)
    if (parts.length === 1) {
      const words = lowerWords(afterMarker)
      const at = verbBeforeDay(words)
      return isPastAt(words, at) && pastWords.has(words[at] as string)
    }
    const own = lowerWords(parts.at(-1) ?? '')
    return own.some((_, index) => isPastAt(own, index))
  }
  const verbComplements = new Set(lexicon.verbComplements.map((word) => word.toLowerCase()))
  const complements = (word: string | undefined) => word !== undefined && (verbComplements.has(word) || (word.length > 4 && word.endsWith('ly')))
  const superlatives = new Set(lexicon.superlatives.map((word) => word.toLowerCase()))
  const clauseOpeners = new Set([...defaultAbbreviations.speechVerbs, ...lexicon.clauseOpeners])
  // After a future word an infinitive ("will ask voters to approve it on") or a preposition ("will go
  // before voters on") goes on with its phrase; other openers start a clause with a time of its own.
  const prepositions = new Set(lexicon.prepositions.map((word) => word.toLowerCase()))
  const otherClause = new Set([...clauseOpeners].filter((word) => word !== 'to' && !prepositions.has(word)))
  const auxiliary = new RegExp(futurePattern(lexicon.futureAuxiliaries).source, 'gi')
  const isAmount = (word: string | undefined) =>
    word !== undefined && (/\d/.test(word) || /^(?:thousand|million|billion|trillion)$/i.test(word) || (!/^an?$/i.test(word) && lexicon.numbers[word.toLowerCase()] !== undefined))
  return {
    futureBefore(sentence, index) {
      const window = textBefore(sentence, index, nearWords)
      const marker = future.exec(window)
      // "had been due to lapse Monday": a plan told in the past perfect was for a day now gone.
      const pastPerfect = /\bhad\s+(?:been\s+)?$/i
      if (scheduled(textBefore(sentence, index, 30)) && !/\bhad\b/i.test(window)) return true
      return marker !== null && !pastPerfect.test(window.slice(0, marker.index + 1)) && !toldAfter(window.slice(marker.index + marker[0].length))
    },
    futureInClause(sentence, index) {
      if (!endsInWord(sentence, index, ['on', 'in'])) return false
      const clause = textBefore(sentence, index, clauseReach).split(clauseMark).at(-1) ?? ''
      const last = [...clause.matchAll(auxiliary)].at(-1)
      if (last === undefined) return false
      // "the will of voters", "his will in May": a noun.
      const before = lowerWords(clause.slice(0, last.index + 1)).at(-1)
      const words = lowerWords(clause.slice(last.index + last[0].length))
      if ((before !== undefined && determiners.has(before)) || phraseWords.has(words[0] ?? 'of')) return false
      return words.every((word, at) => !isPastAt(words, at) && !otherClause.has(word))
    },
    deferredTo(sentence, index) {
      const window = textBefore(sentence, index, nearWords)
      return endsInWord(sentence, index, deferredWords) && deferredBefore.test(window) && deferral.test(window)
    },
    abilityBefore: (sentence, index) => ability.test(textBefore(sentence, index, nearWords)),
    superlativeBefore(sentence, index) {
      const words = clauseWordsBefore(sentence, index, nearWords)
      return words.at(-1) === 'in' && words.slice(-4, -1).some((word) => superlatives.has(word))
    },
    sinceBefore: (sentence, index) => /\bsince\s+$/i.test(textBefore(sentence, index, 8)),
    deadlineBefore: (sentence, index) => /\b(?:by|until|till)\s+$/i.test(textBefore(sentence, index, 7)),
    pastNear: (sentence, index, end) => lowerWords(textBefore(sentence, index, nearWords)).some(isPast) || isPast(wordAfter(sentence, end)),
    pastInClause(sentence, index, end) {
      const words = clauseWordsBefore(sentence, index, clauseReach)
      for (let at = words.length - 1; at >= 0 && !clauseOpeners.has(words[at]!); at--) if (isPastAt(words, at)) return true
      return isPast(wordAfter(sentence, end))
    },
    pastVerbJustBefore(sentence, index) {
      const words = lowerWords(textBefore(sentence, index, 40))
      // "pleaded guilty in March", "rose sharply on Monday": up to two words of the verb's complement
      // before the day; not a noun's ("a still unspecified date in January" is no past).
      let at = verbBeforeDay(words)
      for (let skipped = 0; skipped < 2 && !isPastAt(words, at) && complements(words[at]); skipped++) at--
      return isPastAt(words, at)
    },
    pastVerbJustAfter(sentence, index, end) {
      if (!/(?:^|[,;:]\s*)(?:\p{L}+\s+)?$/u.test(textBefore(sentence, index, 12))) return false
      const clause = sentence.slice(end, end + 64).split(/[;:.!?]/, 1)[0] ?? ''
      const pastIn = (text: string) => {
        const words = lowerWords(text)
        return words.slice(0, 4).some((_, at) => isPastAt(words, at))
      }
      // The phrase the date opens may end at a comma: "After Tuesday's vote, the mayor resigned".
      const phrase = /^[^,]{1,24},/.exec(clause)
      return pastIn(clause) || (phrase !== null && pastIn(clause.slice(phrase[0].length)))
    },
    pastVerbAfterNoun(sentence, end) {
      const after = /^(?:['’]s)?\s+([^,;:.!?()"“”]{1,60})/u.exec(sentence.slice(end, end + 64))?.[1] ?? ''
      const written = after.match(/\p{L}+/gu) ?? []
      const words = written.map((word) => word.toLowerCase())
      for (let at = 0; at < Math.min(nounsAndVerb, words.length); at++) {
        if (isPastAt(words, at)) return true
        if (phraseWords.has(words[at]!) || capitalized(written[at]!)) return false
      }
      return false
    },
    rateBefore(sentence, index) {
      const words = textBefore(sentence, index, nearWords).split(/\s+/)
      if (words.at(-1) !== '') return false
      return isAmount(words.at(-2)) || (/\p{L}s$/u.test(words.at(-2) ?? '') && isAmount(words.at(-3)))
    }
  }
}
