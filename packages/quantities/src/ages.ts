import {calendarWords} from '@tidings/lexicon'
import type {Phrase} from './numbers.js'
import type {Scan} from './scan.js'
import {capitalized, glued, type Token, tokenAt} from './tokens.js'

/**
 * "aged 45", "at age 18", "at the age of 62", "turned 70": words that make a bare whole number an age. The lead may
 * end before a bound or the opening of a range (`leadEnd`: "aged over 65", "aged between 20 and 35").
 */
export function isStatedAge(scan: Scan, start: number, number: Phrase, leadEnd = start): boolean {
  const {v, tokens} = scan
  if (!Number.isInteger(number.value) || number.value < 1 || number.value > 120 || number.next !== start + 1) return false
  // Most numbers follow no lead: the word before must end one (a number token may hold a space: "10, 000").
  const last = tokens[leadEnd - 1]
  if (last && !v.ageLeadEnds.has(last.lower) && !last.lower.includes(' ')) return false
  const words = tokens.slice(Math.max(0, leadEnd - 3), leadEnd).map((token) => token.lower).join(' ')
  // "who was 9.", not "who was 3 goals behind": a noun after the number is what it counts; after more than one, a plural
  // ("children aged under 12 travel free": a verb).
  const after = tokens[start + 1]
  const noun = after?.kind === 'word' && !capitalized(after) && !v.stopWords.has(after.lower) && (number.value === 1 || v.isPlural(after))
  return v.lexicon.ageLeads.some((lead) => words === lead || words.endsWith(` ${lead}`)) && !v.suffixes.has(after?.lower ?? '') && !noun
}

// What closes an age set off after a name: a comma, the end of the sentence, a bracket or a dash.
const appositionEnd = /^[,.;:)!?—–]$/

/**
 * "Donald Collett, 62, from Croydon", "said Hannah Collier, 23.": a whole number set off by commas right
 * after a name, or a noun of a person ("the victim, 45, was": `personNouns`), is the person's age, as news style gives it;
 * so is each of a list of them after people ("the victims, 19, 21 and 24, were"). Not after a weekday or month ("On
 * Monday, 12,"), nor a number in another list or a figure with a noun of its own.
 */
export function isAgeAfterName(scan: Scan, start: number, number: Phrase): boolean {
  const {tokens} = scan
  const [before, figure] = [tokenAt(tokens, start - 1), tokens[start] as Token]
  // Most figures follow no comma nor "and": looked at first.
  if ((before?.text !== ',' && before?.lower !== 'and') || !isAgeFigure(figure) || number.next !== start + 1 || number.value < 1 || number.value > 120) return false
  const [first, last] = [ageListEnd(tokens, start, -1), ageListEnd(tokens, start, 1)]
  const [name, comma, after] = [tokenAt(tokens, first - 2), tokenAt(tokens, first - 1), tokens[last + 1]]
  if (comma?.text !== ',' || !glued(name, comma) || !/^\p{L}+$/u.test(name?.text ?? '')) return false
  const lower = (name as Token).lower
  // A list after one name is no list of ages ("Windows XP, Vista, 7, 8 and 10"); after people it is ("two sons, 11 and 14").
  const person = first === last ? capitalized(name) || scan.v.personNouns.has(lower) : scan.v.personNouns.has(singular(lower))
  if (!person || calendarWords.months[lower] !== undefined || calendarWords.weekdays[lower] !== undefined) return false
  return after === undefined || (appositionEnd.test(after.text) && glued(tokens[last], after))
}

const isAgeFigure = (token: Token | undefined): boolean => token?.kind === 'number' && /^\d{1,3}$/.test(token.text)

/** "victims", "women", "children": the singular of a plural noun of people. */
const singular = (word: string): string => (word.endsWith('men') ? `${word.slice(0, -3)}man` : word === 'children' ? 'child' : word.endsWith('s') ? word.slice(0, -1) : word)

// A list of ages is short; the walk stops after this many members, so a long list of numbers stays linear.
const mostAges = 12

/** The first (`step` -1) or last (`step` 1) figure of the list of ages "19, 21 and 24" that holds the figure at `index`. */
function ageListEnd(tokens: readonly Token[], index: number, step: -1 | 1): number {
  let at = index
  for (let members = 1; members < mostAges; members++) {
    const [near, far] = [tokens[at + step], tokens[at + 2 * step]]
    // ", 21", "and 24", ", and 24" (and backwards).
    const serial = (near?.text === ',' && far?.lower === 'and') || (near?.lower === 'and' && far?.text === ',')
    const gap = serial ? 3 : near?.text === ',' || near?.lower === 'and' ? 2 : 0
    // Not into a figure of a compound ("Philip Logan, 52, and 63-year-old Robert Huxley"): it is its own age.
    const member = at + gap * step
    if (gap === 0 || !isAgeFigure(tokens[member]) || (tokens[member + 1]?.text === '-' && glued(tokens[member], tokens[member + 1]))) break
    at = member
  }
  return at
}

/** "5 yo", "a 19yo", "a 5 y/o girl": where an abbreviation of "years old" after the number ends, in lower case. */
export function ageAbbreviation(scan: Scan, index: number): number | undefined {
  const {tokens} = scan
  const word = tokens[index]
  if (word?.kind !== 'word' || word.text !== word.lower) return undefined
  if (scan.v.ageAbbreviations.has(word.lower)) return index + 1
  const [slash, o] = [tokens[index + 1], tokens[index + 2]]
  return word.lower === 'y' && slash?.text === '/' && o?.text === 'o' && glued(word, slash) && glued(slash, o) ? index + 3 : undefined
}
