import type {Phrase} from './numbers.js'
import type {Scan} from './scan.js'
import {capitalized} from './tokens.js'

/** "aged 45", "at age 18", "at the age of 62", "turned 70": words that make a bare whole number an age. */
export function isStatedAge(scan: Scan, start: number, number: Phrase): boolean {
  const {v, tokens} = scan
  if (!Number.isInteger(number.value) || number.value < 1 || number.value > 120 || number.next !== start + 1) return false
  const words = tokens.slice(Math.max(0, start - 3), start).map((token) => token.lower).join(' ')
  // "who was 9.", not "who was 3 goals behind": a noun after the number is what it counts.
  const after = tokens[start + 1]
  const noun = after?.kind === 'word' && !capitalized(after) && !v.stopWords.has(after.lower)
  return v.lexicon.ageLeads.some((lead) => words === lead || words.endsWith(` ${lead}`)) && !v.suffixes.has(after?.lower ?? '') && !noun
}
