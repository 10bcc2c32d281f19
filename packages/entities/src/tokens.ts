import type {Sentence} from 'nlcst'

/** A word or a mark of a sentence, with offsets into the article's text. */
export interface Token {
  value: string
  start: number
  end: number
  word: boolean
  /** White space stands between this token and the one before. */
  spaced: boolean
  /** A word whose first letter is upper case. */
  capital: boolean
}

/**
 * The sentence's words and marks in order, read from the text between the sentence node's offsets;
 * white space only sets `spaced` on the token after it. Words are cut as retext-english cuts them:
 * letters, digits and marks, joined by an apostrophe, hyphen or full stop between two of them
 * ("Russia's", "KN-23", "U.S."), an initialism keeping its final full stop; a run of one mark is one token.
 */
export function sentenceTokens(sentence: Sentence, text: string): Token[] {
  const tokens: Token[] = []
  const end = sentence.position?.end.offset ?? 0
  let index = sentence.position?.start.offset ?? 0
  let spaced = false
  while (index < end) {
    const code = text.charCodeAt(index)
    if (isSpaceCode(code)) {
      spaced = true
      index++
      continue
    }
    const start = index
    if (isWordCode(code)) {
      index = wordEnd(text, index, end)
      const value = text.slice(start, index)
      tokens.push({value, start, end: index, word: true, spaced, capital: capitalised(value)})
    } else {
      index++
      while (index < end && text.charCodeAt(index) === code) index++
      tokens.push({value: text.slice(start, index), start, end: index, word: false, spaced, capital: false})
    }
    spaced = false
  }
  return tokens
}

/**
 * Whether a sentence may hold a name: a word after its first starts with a capital, or its first
 * word does and is not a function word ("The", "He"). Read from the text alone, so that about a
 * quarter of news sentences are passed over without being cut into tokens.
 */
export function mayHoldNames(sentence: Sentence, text: string, functionWords: ReadonlySet<string>): boolean {
  const end = sentence.position?.end.offset ?? 0
  let index = sentence.position?.start.offset ?? 0
  while (index < end && !isWordCode(text.charCodeAt(index))) index++
  const firstStart = index
  while (index < end && isWordCode(text.charCodeAt(index))) index++
  if (index > firstStart && capitalised(text.charAt(firstStart)) && !functionWords.has(text.slice(firstStart, index))) return true
  for (let previousWord = true; index < end; index++) {
    const isWord = isWordCode(text.charCodeAt(index))
    if (isWord && !previousWord && capitalised(text.charAt(index))) return true
    previousWord = isWord
  }
  return false
}

const joiners = new Set([39, 45, 46, 8217]) // ' - . ’

function wordEnd(text: string, from: number, end: number): number {
  let index = from
  let dots = 0
  let longPart = false
  let partLength = 0
  for (;;) {
    while (index < end && isWordCode(text.charCodeAt(index))) {
      index++
      partLength++
    }
    if (partLength > 1) longPart = true
    const code = text.charCodeAt(index)
    if (index + 1 < end && joiners.has(code) && isWordCode(text.charCodeAt(index + 1))) {
      if (code === 46) dots++
      index++
      partLength = 0
      continue
    }
    // "U.S." and "J.R.R." keep their last full stop; "Mr." and a sentence's end do not.
    if (code === 46 && dots > 0 && !longPart && index < end) index++
    return index
  }
}

/** Per code unit: 1 a word's, 2 not, 0 not yet asked. ASCII is known from the start; the rest is learnt as met. */
const wordCodes = new Uint8Array(0x10000)
for (let code = 0; code < 128; code++) wordCodes[code] = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 2
const letterOrDigit = /[\p{L}\p{N}\p{M}]/u

/** A letter, digit or combining mark (cached per code unit; surrogate halves count as word); no code (NaN, off the text's ends) is none. */
export function isWordCode(code: number): boolean {
  const known = wordCodes[code]
  return known === 1 || (known === 0 && learnWordCode(code))
}

function learnWordCode(code: number): boolean {
  const known = (code >= 0xd800 && code <= 0xdfff) || letterOrDigit.test(String.fromCharCode(code)) ? 1 : 2
  wordCodes[code] = known
  return known === 1
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || code === 12 || code === 11 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0x202f || code === 0x205f
}

/** Upper case first letter: "Kirby", "U.S.", "KN-23", "Élysée"; not "iPhone" nor "38". */
export function capitalised(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  const first = value.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/** No letter of it is lower case ("NATO", "U.S."): as `value === value.toUpperCase()`, but most words fail on their second letter, before any string is made. */
export function inCapitals(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 97 && code <= 122) return false
    if (code >= 128) return value === value.toUpperCase()
  }
  return true
}

/** Some letter of it is upper case: as `value !== value.toLowerCase()`, without making a string for an ASCII word. */
export function hasCapital(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 65 && code <= 90) return true
    if (code >= 128) return value !== value.toLowerCase()
  }
  return false
}

/** Two or more letters, all upper case, maybe dotted: "NATO", "U.N.", "FBI". */
export const acronym = (value: string): boolean => acronymUpTo(value, value.length)

/** `value` up to `end` is an acronym: "NGOs" read as "NGO" without cutting it. */
export function acronymUpTo(value: string, end: number): boolean {
  let letters = 0
  for (let index = 0; index < end; index++) {
    const code = value.charCodeAt(index)
    if (code === 46) continue // .
    // Of ASCII, only A to Z change in lower case.
    if (code < 128 ? code < 65 || code > 90 : value.charAt(index) === value.charAt(index).toLowerCase()) return false
    letters++
  }
  return letters >= 2
}

/** Letters and digits in one word: "KN-23", "F-16", "G7", "Covid-19"; a model or a code, not a name. */
export function codeName(value: string): boolean {
  let letters = false
  let digits = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 48 && code <= 57) digits = true
    else if ((code >= 65 && code <= 90) || (code >= 128 && value.charAt(index) !== value.charAt(index).toLowerCase())) letters = true
  }
  return letters && digits
}

/** "Russia's" and "Russia’s" name Russia; "Jones'" names Jones. */
export function withoutPossessive(value: string): string {
  const last = value.length - 1
  const code = value.charCodeAt(last)
  if (isApostrophe(code)) return value.slice(0, last)
  if (last >= 2 && (code === 115 || code === 83) && isApostrophe(value.charCodeAt(last - 1))) return value.slice(0, last - 1) // 's or 'S
  return value
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019 // ' or ’
