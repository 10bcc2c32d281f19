import type {DateLexicon} from './lexicon.js'
import {alternation, LETTERS, names, pad, stripDot} from './text.js'

/**
 * One lexicon compiled for the rules: regex fragments of its word lists and the lookups that read
 * a match back. Built once per plugin.
 */
export interface Vocabulary {
  lexicon: DateLexicon
  /** Fragments: a month name, a weekday name, a count, a unit of time, a mod, a part of the day, a season, a holiday, a spoken year. */
  month: string
  /** A month standing alone: an abbreviation needs its full stop ("Jan." yes, "Jan" no). */
  monthAlone: string
  weekday: string
  count: string
  unit: string
  mod: string
  qualifier: string
  dayPart: string
  season: string
  holiday: string
  spelledYear: string
  /** Whether a sentence or a text reports a game, not results: a game word, and no word of results nor an amount ("%", "$"). */
  reportsGame(sentence: string): boolean
  /** Whether the text before an index ends in a verb of scoring and its "a": "scored a" (of "scored a second"). */
  scoredBefore(text: string): boolean
  /** A relative date that takes a "the" before it into its span ("the past year"). */
  takesArticle: RegExp
  monthOf(word: string): number
  weekdayOf(word: string): number
  numberOf(word: string): number | undefined
  unitOf(word: string): DateLexicon['units'][string] | undefined
  /** The year a written year names: "1996" or "nineteen ninety-six". */
  yearOf(written: string): string
  /** The TIMEX3 length of `count` units ("P2Y", "PT30M", "P1Y6M"). */
  duration(count: number, unitName: string): string
}

const fullMonth = (name: string) => name.length > 4 || name === 'may' || name === 'june' || name === 'july'
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const ONES = 'one|two|three|four|five|six|seven|eight|nine'
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'

export function createVocabulary(lexicon: DateLexicon): Vocabulary {
  const monthNames = Object.keys(lexicon.months)
  const numberOf = (word: string): number | undefined => {
    const key = word.toLowerCase().replace(/\s+/g, ' ')
    if (/^\d/.test(key)) return Number(key)
    // "a hundred" is listed whole; only unlisted pairs like "twenty-five" add up.
    if (lexicon.numbers[key] !== undefined) return lexicon.numbers[key]
    const compound = /^(\w+)[ -](\w+)$/.exec(key)
    const [tens, ones] = [lexicon.numbers[compound?.[1] ?? ''], lexicon.numbers[compound?.[2] ?? '']]
    return tens && ones ? tens + ones : undefined
  }
  const spelledYearValue = (written: string) => {
    const words = written.toLowerCase().split(/[\s-]+/).filter((word) => word !== 'and')
    const sum = (list: ReadonlyArray<string>) => list.reduce((total, word) => total + (lexicon.numbers[word] ?? 0), 0)
    return words[1] === 'thousand' ? 2000 + sum(words.slice(2)) : (lexicon.numbers[words[0] ?? ''] ?? 0) * 100 + sum(words.slice(1))
  }
  // Without the "u" flag: read over a whole text, and V8 matches "iu" patterns several times slower.
  const wordsOf = (list: ReadonlyArray<string>) => new RegExp(`(?<![${LETTERS}\\d-])(?:${alternation(list)})(?![${LETTERS}\\d-])`, 'i')
  const gameWords = wordsOf(lexicon.gameWords)
  const resultWords = wordsOf(lexicon.resultWords)
  // "led 21-14", "won 102-98": a game's score.
  const gameScore = /(?<![\d.,:/-])\d{1,3}-\d{1,3}(?![\d.,:/-])/
  const scored = new RegExp(`(?<![${LETTERS}])(?:${alternation(lexicon.scoringVerbs)})\\s+an?\\s+$`, 'i')
  return {
    lexicon,
    reportsGame: (sentence) => (gameWords.test(sentence) || gameScore.test(sentence)) && !resultWords.test(sentence) && !/[%$\u00a3\u20ac]/.test(sentence),
    scoredBefore: (text) => scored.test(text),
    month: names(monthNames, fullMonth),
    monthAlone: `(?:${alternation(monthNames.filter(fullMonth))}|(?:${alternation(monthNames.filter((name) => !fullMonth(name)))})\\.)`,
    weekday: names(Object.keys(lexicon.weekdays), (name) => name.endsWith('day')),
    count: `(?:\\d{1,4}(?:\\.\\d{1,2})?|(?:${TENS})[\\s-](?:${ONES})|${alternation(Object.keys(lexicon.numbers))})`,
    unit: `(?:${alternation(Object.keys(lexicon.units))}|centuries)`,
    mod: alternation(Object.keys(lexicon.mods)),
    qualifier: alternation(lexicon.unitQualifiers),
    dayPart: alternation(Object.keys(lexicon.dayParts)),
    season: alternation(Object.keys(lexicon.seasons)),
    holiday: alternation(Object.keys(lexicon.holidays)).replace(/'/g, "['\u2019]"),
    // Years as broadcasts say them: "nineteen ninety-six", "two thousand and one".
    spelledYear: `(?:(?:eighteen|nineteen)[\\s-](?:${TEENS}|(?:${TENS})(?:[\\s-](?:${ONES}))?)|two\\s+thousand(?:\\s+and)?(?:[\\s-](?:${TEENS}|${ONES}))?)`,
    takesArticle: new RegExp(`^(?:${alternation(lexicon.articleTakers)})\\s`, 'i'),
    monthOf: (word) => lexicon.months[stripDot(word).toLowerCase()] as number,
    weekdayOf: (word) => lexicon.weekdays[stripDot(word).toLowerCase()] as number,
    numberOf,
    unitOf: (word) => lexicon.units[word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')],
    yearOf: (written) => (/^\d/.test(written) ? written : pad(spelledYearValue(written), 4)),
    duration(count, unitName) {
      const unit = lexicon.units[unitName] ?? {letter: unitName.toUpperCase()}
      count *= unit.times ?? 1
      const whole = Math.floor(count)
      const rest = count - whole
      // "an hour and a half" is PT1H30M, "a quarter of an hour" PT15M (not PT0H15M).
      const smaller = unit.time ? {H: 'M', M: 'S'}[unit.letter] : undefined
      if (smaller && rest && Number.isInteger(rest * 60)) return `PT${whole ? `${whole}${unit.letter}` : ''}${rest * 60}${smaller}`
      const half = rest === 0.5 ? {Y: 'Y6M', M: 'M15D'}[unit.letter] : undefined
      if (half && !unit.time) return `P${whole ? `${whole}${half}` : half.slice(1)}`
      const value = rest ? String(count) : String(whole)
      return unit.time ? `PT${value}${unit.letter}` : `P${value}${unit.letter}`
    }
  }
}
