import type {DateMention} from '@tidings/core'
import type {Day} from '../calendar.js'
import type {TenseReader} from '../tense.js'
import type {Vocabulary} from '../vocabulary.js'

/**
 * "later that year", "the following month": `step` units on from the last period the text named;
 * "the previous Friday": the `weekday` before the last day it named. The `from-latest` refiner reads it.
 */
export interface FromLatest {
  unit: 'day' | 'month' | 'year'
  step: number
  weekday?: number
}

/** What a rule builds: a mention without its place; `span` (offsets into the sentence) when it is not the whole match. */
export type Found = Omit<DateMention, 'start' | 'end' | 'text'> & {fromLatest?: FromLatest; span?: [number, number]}

/** A mention as rules and refiners pass it on, offsets into the whole text. */
export type Candidate = DateMention & {fromLatest?: FromLatest; rule?: string}

/** What a sentence's expressions are resolved against. */
export interface Context {
  /** The article's reference date, or undefined: values then stay underspecified (XXXX-12-30). */
  reference: Day | undefined
  /**
   * The last full date the text gave, for "two days later", "the following week" and a clock time
   * alone; `reference` itself until the text gives one.
   */
  anchor: Day | undefined
  /**
   * The time of day the reference gives, in minutes after midnight; none for a bare midnight, which
   * is how feeds write a date without its time. A clock time alone that a past-tense sentence puts
   * after it was on the day before.
   */
  referenceMinute: number | undefined
  /**
   * The quarter an earnings report is about, named at least twice ("third-quarter profit"): such
   * news compares with the same quarter, so "a year earlier" is that quarter a year before.
   */
  quarter: string | undefined
  /**
   * Whether the text reports a game and names no results (`Vocabulary.reportsGame`): its "the fourth
   * quarter" is a period of the game even in a sentence with no word of the game ("Miami pulled away
   * in the fourth quarter").
   */
  reportsGame: boolean
  /** The last calendar period the text named, at any grain ("1995", "June 1998"), for "the following year". */
  latest: string | undefined
}

/** What a rule's `build` reads besides its match. */
export interface RuleInput extends Context {
  sentence: string
  words: Vocabulary
  tense: TenseReader
  /** The plugin's options that change readings, with their defaults filled in. */
  settings: Settings
}

export interface Settings {
  /** How "3/4/2024" reads: month first (`'month-day'`, US) or day first (`'day-month'`). */
  numericOrder: 'month-day' | 'day-month'
}

/**
 * Where a rule can match: any of the lower-case `words` in any case, of the `names` (months,
 * weekdays) only with a capital, of the `phrases` (several words in order, in any case, with
 * anything but letters between them: "new year" holds in "New Year's"), `digits: 'long'` a run
 * of four digits or more, `digits: 'joined'` digits joined by ":", "/", ".", "-" or "h" ("10:30",
 * "2/15", "15h00"). The engine runs a rule's pattern only over sentences that hold one of its
 * anchors, from a little before the first, and finds no match that opens past the last: each
 * match must hold an anchor of its rule. A phrase wakes its rule only where the whole phrase
 * stands, so a rule whose telling words are common ("day", "year") costs little elsewhere; its
 * pattern must then match the whole phrase.
 */
export interface Anchors {
  words?: Iterable<string>
  names?: Iterable<string>
  phrases?: Iterable<string>
  /** `any` is any digit. */
  digits?: 'long' | 'joined' | 'any'
  /**
   * Anchors the sentence must hold as well, anywhere: a rule whose matches always join a month to
   * digits runs only where both stand, not wherever a month is named.
   */
  requires?: Omit<Anchors, 'requires'>
}

/**
 * One rule of a family: `pattern` (global) finds candidates, `build` reads one into a TIMEX3
 * value, or rejects it with undefined. `anchors` and `pattern` may be functions of the vocabulary,
 * so lexicon options reach them.
 */
export interface DateRule {
  id: string
  anchors: Anchors | ((words: Vocabulary) => Anchors)
  pattern: RegExp | ((words: Vocabulary) => RegExp)
  /**
   * The most gaps (runs of white space and hyphens) a match holds before the first anchor in it,
   * or, for a rule anchored on digits, before its first digits: "last Monday, Dec. 30" holds 2
   * before its month. The search then opens that many words before the rule's first anchor in
   * the sentence, where that is nearer than 64 characters before it (where it opens without).
   */
  reach?: number
  build(match: RegExpExecArray, input: RuleInput): Found | Found[] | undefined
}
