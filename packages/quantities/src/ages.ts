import type {Phrase} from './numbers.js'
import type {Scan} from './scan.js'
import {capitalized} from './tokens.js'

/** "Jones, 58, said", "(Lee, 34)": a whole number between commas after a name. */
export function isAppositiveAge(scan: Scan, start: number, number: Phrase): boolean {
  const {tokens} = scan
  const token = tokens[start]
  if (token?.kind !== 'number' || !/^\d{1,3}$/.test(token.text) || number.value < 1 || number.value > 120 || number.next !== start + 1) return false
  return tokens[start - 1]?.text === ',' && capitalized(tokens[start - 2]) && /^[,)]$/.test(tokens[start + 1]?.text ?? '')
}

/** "aged 45", "at age 18", "at the age of 62", "turned 70": words that make a bare whole number an age. */
export function isStatedAge(scan: Scan, start: number, number: Phrase): boolean {
  const {v, tokens} = scan
  if (!Number.isInteger(number.value) || number.value < 1 || number.value > 120 || number.next !== start + 1) return false
  const words = tokens.slice(Math.max(0, start - 3), start).map((token) => token.lower).join(' ')
  // "who was 10.", not "who was 2 goals behind": a noun after the number is what it counts.
  const after = tokens[start + 1]
  const noun = after?.kind === 'word' && !capitalized(after) && !v.stopWords.has(after.lower)
  return v.lexicon.ageLeads.some((lead) => words === lead || words.endsWith(` ${lead}`)) && !v.suffixes.has(after?.lower ?? '') && !noun
}
