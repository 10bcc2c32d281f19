import {addDays, formatDay, weekdayOf} from '../calendar.js'
import {capitalized, endsCapitalName, insideCapitalName, textBefore} from '../text.js'
import {edge, period, weekend, withMod} from '../values.js'
import type {DateRule, FromLatest, RuleInput} from './types.js'

/** Whether a word names or qualifies a time, so that a time word after it in capitals is no name's end ("LATE TONIGHT"). */
export const namesTime = ({lexicon}: RuleInput['words']) => (word: string) =>
  /^(?:today|tonight|yesterday|tomorrow|now|this|last|next|early|late|earlier|later|until|by|since|from)$/.test(word) ||
  [lexicon.months, lexicon.weekdays, lexicon.numbers, lexicon.dayParts].some((list) => list[word] !== undefined)

const titleReaders = new WeakMap<RuleInput['words'], Omit<Parameters<typeof insideCapitalName>[3], 'nameBefore'>>()

/** Whether the time word from `start` to `end` is inside a name in capitals ("USA Today", "the Daily Mail"; see `insideCapitalName`). */
export function inTitle(words: RuleInput['words'], sentence: string, start: number, end: number, nameBefore: boolean): boolean {
  let reader = titleReaders.get(words)
  if (reader === undefined) {
    const {lexicon} = words
    reader = {
      namesTime: namesTime(words),
      heads: new Set(lexicon.titleHeads.map((word) => word.toLowerCase())),
      functionWords: new Set([...lexicon.phraseWords, ...lexicon.determiners, ...lexicon.prepositions].map((word) => word.toLowerCase()))
    }
    titleReaders.set(words, reader)
  }
  return insideCapitalName(sentence, start, end, {...reader, nameBefore})
}

/** "tonight", "yesterday morning", "early this morning", "mid-afternoon": a part of the day the text's own day, or the one a word names. */
export const dayPartRule: DateRule = {
  id: 'day-part',
  // "early last night": two gaps before the anchor.
  reach: 2,
  anchors: ({lexicon}) => ({words: [...Object.keys(lexicon.dayParts), 'tonight', 'night', 'overnight', 'midmorning', 'midafternoon']}),
  pattern: ({dayPart}) =>
    new RegExp(`\\b(?:(early|late)\\s+)?(?:(yesterday|today|tomorrow|tonight|last\\s+night|this)\\s+(${dayPart})\\b|(tonight|last\\s+night|overnight)\\b)|\\bmid-?\\s?(morning|afternoon)(?:\\s+(yesterday|today|tomorrow))?\\b`, 'gi'),
  build(match, {reference, sentence, words}) {
    const end = match.index + match[0].length
    if (endsCapitalName(sentence, match.index, end, namesTime(words)) || (!match[1] && inTitle(words, sentence, match.index, end, true))) return undefined
    const word = (match[2] ?? match[4] ?? match[6] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const named = match[3] ?? match[5]
    const part = named ? (words.lexicon.dayParts[named.toLowerCase()] as string) : 'NI'
    const shift = word === 'yesterday' || word === 'last night' || word === 'overnight' ? -1 : word === 'tomorrow' ? 1 : 0
    const day = reference && addDays(reference, shift)
    // "early this morning", "late last night": the edge of that part of the day.
    return withMod({type: 'TIME', value: `${day ? formatDay(day) : 'XXXX-XX-XX'}T${part}`}, edge(match[1]))
  }
}

// Words that may follow a part of the day that stands alone ("in the morning the crowd grew"), unlike a noun it qualifies ("the morning session").
export const afterDayPart = /^\s+(?!(?:and|or|but|so|then|on|at|of|in|to|for|from|with|by|when|while|as|after|before|until|the|a|an|this|that|there|it|he|she|they|we|you|i|his|her|its|their|was|were|is|are|had|has|have|will|would|could|should|local)\b)\p{Ll}/u

// The light of the day's edges and its meals, as parts of it: "at dawn" is morning, "at dusk"
// evening, "by lunchtime" midday.
const dayEdges: Record<string, string> = {dawn: 'MO', daybreak: 'MO', sunrise: 'MO', dusk: 'EV', sunset: 'EV', nightfall: 'NI', lunchtime: 'MI'}

/**
 * "in the morning", "in the evening", "at dawn", "by sunset", "at lunchtime": a part of the day the text is on, the
 * last full date it gave. Not "in the morning session".
 */
export const inDayPartRule: DateRule = {
  id: 'in-day-part',
  // "at dawn": one gap before the anchor.
  reach: 1,
  // Whole phrases: "morning" alone, far commoner, does not wake the rule.
  anchors: {phrases: ['in the morning', 'in the afternoon', 'in the evening'], words: Object.keys(dayEdges)},
  pattern: new RegExp(`\\b(?:in\\s+(the\\s+(morning|afternoon|evening))|(?:at|by|around|before|until|till)\\s+(${Object.keys(dayEdges).join('|')}))\\b`, 'gi'),
  build(match, {anchor, reference, sentence, words}) {
    const end = match.index + match[0].length
    if (afterDayPart.test(sentence.slice(end, end + 16))) return undefined
    const day = anchor ?? reference
    const light = match[3]?.toLowerCase()
    if (light) return {type: 'TIME', value: `${day ? formatDay(day) : 'XXXX-XX-XX'}T${dayEdges[light] as string}`, span: [end - light.length, end]}
    const part = words.lexicon.dayParts[(match[2] ?? '').toLowerCase()] as string
    return {type: 'TIME', value: `${day ? formatDay(day) : 'XXXX-XX-XX'}T${part}`, span: [end - (match[1] ?? '').length, end]}
  }
}

/** "today", "yesterday", "now", "these days", "recently", "the future", "soon". */
export const deicticRule: DateRule = {
  id: 'deictic',
  // "later the near future": three gaps before the anchor.
  reach: 3,
  anchors: {words: ['today', 'yesterday', 'tomorrow', 'tmrw', 'now', 'currently', 'nowadays', 'these', 'recently', 'lately', 'future', 'past', 'current', 'soon', 'term']},
  pattern:
    /\b(?:(early|late|earlier|later)\s+)?(today|yesterday|tomorrow|tmrw|now|currently|nowadays|these\s+days|recently|lately|the\s+(?:near\s+)?future(?!\s+of\b)|the\s+past(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|few|several|many|couple)\b)|current|the\s+(?:near|short)\s+term|(?<!\bas\s)soon(?!\s+(?:after|afterwards?|as|before|thereafter)\b))\b/gi,
  build(match, {reference, sentence, tense, words}) {
    const end = match.index + match[0].length
    if (endsCapitalName(sentence, match.index, end, namesTime(words)) || (!match[1] && inTitle(words, sentence, match.index, end, true))) return undefined
    // "tmrw", as short messages write it.
    const word = (match[2] ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/^tmrw$/, 'tomorrow')
    if (word === 'today' || word === 'yesterday' || word === 'tomorrow') {
      const day = reference && addDays(reference, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0)
      // "late yesterday", "early today": the edge of that day; "later today" is only after now.
      return withMod({type: 'DATE', value: day ? formatDay(day) : 'XXXX-XX-XX'}, /^(?:early|late)$/i.test(match[1] ?? '') ? edge(match[1]) : undefined)
    }
    if (match[1]) return undefined
    // "soon" looks ahead only from the present: "was soon released" tells a past sequence.
    if (word === 'soon' && tense.pastNear(sentence, match.index, end)) return undefined
    if (/future|soon|term/.test(word)) return {type: 'DATE', value: 'FUTURE_REF'}
    if (/now|current|these days/.test(word)) return {type: 'DATE', value: 'PRESENT_REF'}
    return {type: 'DATE', value: 'PAST_REF'}
  }
}

/**
 * "at present", "to date": the present as a phrase says it; "the year to date" is the year so far.
 * Not "up to date", a state. News leaves "at the moment" alone, as it does "at the moment of impact".
 */
export const presentRule: DateRule = {
  id: 'present',
  // "the year to date": two gaps before the anchor.
  reach: 2,
  anchors: {phrases: ['at present', 'to date']},
  pattern: /\b(?:at\s+present|(the\s+year\s+)?(?<!\b(?:up|equals?)\s)to\s+date)\b(?![-'\u2019]|\s+\d)/gi,
  build: (match, {reference}) => {
    if (!match[1]) return {type: 'DATE', value: 'PRESENT_REF'}
    return reference ? {type: 'DATE', value: String(reference.year)} : undefined
  }
}

/**
 * "by the end of the day", "end of day", "close of business", "by EOD": the end of the day the text is on, a
 * deadline. Not "at the end of the day", which in English sums up ("at the end of the day, voters
 * want jobs"), nor before the day it ends ("by close of business Friday").
 */
export const endOfDayRule: DateRule = {
  id: 'end-of-day',
  // "the end of the day": one gap before the anchor.
  reach: 1,
  anchors: {phrases: ['end of day', 'end of the day', 'close of business', 'end of business'], words: ['eod', 'cob']},
  pattern: /\b(?:(?:the\s+)?(?:end|close)\s+of\s+(?:(?<!\bat\sthe\send\sof\s)the\s+day|day|business)|eod|cob)\b(?![-'\u2019])/gi,
  build(match, {anchor, reference, sentence}) {
    const end = match.index + match[0].length
    // "EOD" and "COB" as offices write them; "a corn cob" is none.
    if (/^(?:eod|cob)$/i.test(match[0]) && match[0] !== match[0].toUpperCase()) return undefined
    // "close of business Thursday": the day that follows is the date.
    if (/^,?\s+(?:on\s+)?(?:yesterday|today|tomorrow|\p{Lu}|\d)/u.test(sentence.slice(end, end + 12))) return undefined
    const day = anchor ?? reference
    return {type: 'DATE', value: day ? formatDay(day) : 'XXXX-XX-XX', mod: 'END'}
  }
}

const RELATIVE_WORDS = ['this', 'last', 'next', 'coming', 'previous', 'current', 'past', 'following', 'latest']
const PERIODS = ['week', 'weekend', 'fortnight', 'month', 'year', 'quarter', 'decade', 'century', 'hour']

/**
 * "last week", "next month", "this year", "earlier this year", "early next year", "the past year";
 * "the next hour", "the past hour" last an hour (the clock of its start is not known); "the past
 * fortnight", "the next fortnight" last two weeks, which no calendar period spans.
 */
export const relativePeriodRule: DateRule = {
  id: 'relative-period',
  // "later this week": one gap before the anchor.
  reach: 1,
  // A match holds "this year", "last fiscal year": the period alone, in most sentences that name one, does not wake the rule.
  anchors: {phrases: RELATIVE_WORDS.flatMap((which) => PERIODS.flatMap((period) => [`${which} ${period}`, `${which} fiscal ${period}`]))},
  pattern: new RegExp(
    `\\b(?:(earlier|later|early|late)\\s+)?(${RELATIVE_WORDS.filter((which) => which !== 'latest').join('|')}|latest(?=\\s+(?:fiscal\\s+)?year\\b))\\s+(?:fiscal\\s+)?(${PERIODS.join('|')})\\b`,
    'gi'
  ),
  build(match, {reference, anchor, words}) {
    // "This Week" with a capital is a title (a show, a column), not a week.
    if (capitalized(match[3] ?? '')) return undefined
    const which = (match[2] ?? '').toLowerCase()
    const unit = (match[3] ?? '').toLowerCase()
    if (unit === 'hour') return match[1] || which === 'this' || which === 'current' ? undefined : {type: 'DURATION', value: 'PT1H'}
    if (unit === 'fortnight') return match[1] || ['this', 'current', 'following'].includes(which) ? undefined : {type: 'DURATION', value: words.duration(1, unit)}
    const mod = edge(match[1])
    // "the past year" names the year before the article's, "this past weekend" the last one; "the past month" lasts a month.
    if (which === 'past' && unit === 'weekend' && reference) return weekend(reference, 0)
    if (which === 'past' && !(unit === 'year' && reference)) return {type: 'DURATION', value: words.duration(1, unit === 'weekend' ? 'week' : unit)}
    const base = which === 'following' ? (anchor ?? reference) : reference
    if (!base) return withMod({type: 'DATE', value: unit === 'year' ? 'XXXX' : 'XXXX-XX'}, mod)
    const step = ['last', 'previous', 'past', 'latest'].includes(which) ? -1 : ['next', 'coming', 'following'].includes(which) ? 1 : 0
    // "this weekend" is the one that ends the article's own week, still ahead on a weekday, and
    // "last weekend" the one before it: on a Wednesday, the weekend just gone.
    if (unit === 'weekend') {
      const ownWeek = weekdayOf(base) >= 6 ? 0 : 1
      return weekend(base, step < 0 ? ownWeek - 1 : step === 0 ? ownWeek : step)
    }
    const found = withMod({type: 'DATE', value: period(base, unit, step)}, mod)
    return which === 'following' && (unit === 'year' || unit === 'month') ? {...found, fromLatest: {unit, step}} : found
  }
}

/** "the week after next", "the year before last": two periods on from the article's, or back. */
export const periodBeyondRule: DateRule = {
  id: 'period-beyond',
  // "the week after next": two gaps before the anchor.
  reach: 2,
  anchors: {phrases: ['after next', 'before last']},
  // "next door" and "next to" are places.
  pattern: /\bthe\s+(week|month|year)\s+(after\s+next|before\s+last)\b(?!\s+(?:door|to)\b)/gi,
  build(match, {reference}) {
    const step = /^after/i.test(match[2] ?? '') ? 2 : -2
    return reference ? {type: 'DATE', value: period(reference, (match[1] ?? '').toLowerCase(), step)} : undefined
  }
}

/** "later that year", "earlier that day", "that same year": the period the text last named. */
export const samePeriodRule: DateRule = {
  id: 'same-period',
  // "earlier that day": one gap before the anchor.
  reach: 1,
  // Every match holds one of these; "day" or "year" alone does not wake the rule.
  anchors: {phrases: ['that day', 'that month', 'that year', 'same day', 'same month', 'same year']},
  pattern: /\b(?:(earlier|later)\s+that\s+(day|month|year)|(?:that|the)\s+same\s+(day|month|year)|that\s+(year))\b(?![-'\u2019])/gi,
  build(match, {reference, anchor}) {
    const unit = (match[2] ?? match[3] ?? match[4] ?? '').toLowerCase() as FromLatest['unit']
    const base = anchor ?? reference
    if (!base) return undefined
    return withMod({type: 'DATE', value: period(base, unit, 0), fromLatest: {unit, step: 0}}, edge(match[1]))
  }
}

/**
 * "the next day", "the day before", "the following day": a day from the last full date the text
 * gave. Not when a date follows ("the day before Tuesday" is that date's refiner's).
 */
export const nextDayRule: DateRule = {
  id: 'next-day',
  // "the next day": one gap before the anchor.
  reach: 1,
  // Whole phrases: "day" alone, far commoner, does not wake the rule.
  anchors: {phrases: ['next day', 'following day', 'previous day', 'preceding day', 'the day']},
  pattern: /\bthe\s+(?:(next|following|previous|preceding)\s+day|day\s+(before|after))\b/gi,
  build(match, {reference, anchor, sentence}) {
    const base = anchor ?? reference
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 12)
    if (!base || /^\s+(?:\p{Lu}|\d|(?:the|that|yesterday|today|tomorrow|last|next)\b)/u.test(after)) return undefined
    // "early in the day before leaving": "the day" of a phrase, and "before" a conjunction.
    if (/^\s+\p{L}+ing\b/u.test(after) || /\bin\s+$/i.test(textBefore(sentence, match.index, 4))) return undefined
    const which = (match[1] ?? match[2] ?? '').toLowerCase()
    return {type: 'DATE', value: formatDay(addDays(base, which === 'next' || which === 'following' || which === 'after' ? 1 : -1))}
  }
}

/** "the weekend": the last one, or the next when the sentence looks ahead. */
export const weekendRule: DateRule = {
  id: 'weekend',
  // "the weekend": one gap before the anchor.
  reach: 1,
  anchors: {words: ['weekend']},
  pattern: /\bthe\s+weekend\b/gi,
  build(match, {reference, sentence, tense, words}) {
    // "The Weekend Australian": a paper's name.
    if (inTitle(words, sentence, match.index + match[0].length - 'weekend'.length, match.index + match[0].length, false)) return undefined
    return reference ? weekend(reference, tense.futureBefore(sentence, match.index) ? 1 : 0) : {type: 'DATE', value: 'XXXX-WXX-WE'}
  }
}
