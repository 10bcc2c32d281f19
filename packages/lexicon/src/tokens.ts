import {isAsciiLetter, isDigit, memoizedByCode} from './codes.js'

/** One token of a text, with its offsets: `text.slice(start, end) === token.text`. */
export interface Token {
  kind: 'word' | 'number' | 'symbol' | 'space'
  text: string
  /** Lower case for words; the text itself for the others. */
  lower: string
  start: number
  end: number
}

// One alternative a shape, none of which can match the same text in two ways, so the scan is linear:
// - numbers with thousands separators (Indian "12,34,567", and "10, 000" as tokenized text writes it),
//   plain numbers and decimals, and decimals without a leading zero after a space or bracket (".534",
//   not "v1.5" nor "..5"), looked behind only from a full stop, which most characters are not;
// - words, hyphenated and with apostrophes ("year-earlier", "don't"); letters stop at a digit, so
//   "USD10m" and "RAV4" come apart, but a part after a hyphen may hold digits ("COVID-19");
// - any other character alone, and, when asked for, runs of white space.
const numberSource = String.raw`\d{1,2}(?:,\d\d){1,3},\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3}|, 000(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?|\.(?<=(?:^|[\s(])\.)\d+(?![.\d])`
const wordSource = String.raw`[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}\p{N}]+(?:\.\d+)?)*`
// Sticky: tried only where the character codes cannot tell the token (see `tokenize`).
const withoutSpace = new RegExp(`${numberSource}|${wordSource}|\\S`, 'uy')
const withSpace = new RegExp(`${numberSource}|${wordSource}|\\s+|\\S`, 'uy')

/**
 * The tokens of `text` (words, numbers, single other characters; white-space runs too with
 * `spaces`), offsets shifted by `offset` so a sentence's tokens point into its article.
 * Runs on every sentence, so most tokens are read by character code: ASCII words that end before
 * an ASCII character other than a hyphen or an apostrophe, runs of digits that end before anything
 * but a comma or a full stop, a full stop before anything but a digit, other ASCII symbols, and
 * characters beyond ASCII that are neither letters, marks nor halves of a surrogate pair. The
 * pattern reads the others. Reads stay inside the text: a read past its end (NaN) deoptimized this.
 */
export function tokenize(text: string, offset = 0, spaces = false): Token[] {
  const pattern = spaces ? withSpace : withoutSpace
  const tokens: Token[] = []
  const length = text.length
  let at = 0
  while (at < length) {
    const code = text.charCodeAt(at)
    let end = at + 1
    let kind: Token['kind'] | undefined
    // Capitals seen (or letters the pattern read): only then is a word's lower case a new string.
    let capitals = false
    if (code < 128) {
      if (isAsciiLetter(code)) {
        capitals = code <= 90
        let next = -1
        for (; end < length; end++) {
          next = text.charCodeAt(end)
          if (!isAsciiLetter(next)) break
          if (next <= 90) capitals = true
        }
        if (end === length || (next < 128 && next !== 45 && next !== 39)) kind = 'word'
      } else if (isDigit(code)) {
        let next = -1
        for (; end < length; end++) {
          next = text.charCodeAt(end)
          if (!isDigit(next)) break
        }
        if (end === length || (next !== 44 && next !== 46)) kind = 'number'
      } else if (code === 32 || (code >= 9 && code <= 13)) {
        if (!spaces) {
          at++
          continue
        }
      } else if (code !== 46 || end === length || !isDigit(text.charCodeAt(end))) kind = 'symbol'
    } else {
      const beyond = beyondAscii(code)
      if (beyond === otherCharacter) kind = 'symbol'
      else if (beyond === spaceCharacter && !spaces) {
        at++
        continue
      }
    }
    if (kind === undefined) {
      pattern.lastIndex = at
      // Only white space fails, and only without `spaces`.
      if (!pattern.test(text)) {
        at++
        continue
      }
      end = pattern.lastIndex
      capitals = true
    }
    const value = text.slice(at, end)
    kind ??= tokenKind(value)
    tokens.push({kind, text: value, lower: kind === 'word' && capitals ? value.toLowerCase() : value, start: offset + at, end: offset + end})
    at = end
  }
  return tokens
}

const letterOrMark = 1
const spaceCharacter = 2
const otherCharacter = 3
const surrogate = 4
// What each character of the Basic Multilingual Plane beyond ASCII opens, as the pattern reads it:
// a word (a letter or a mark), white space, a token of its own, or (a half of a surrogate pair)
// whatever the pattern makes of the code point.
const beyondAscii = memoizedByCode((character) => {
  const code = character.charCodeAt(0)
  return code >= 0xd800 && code <= 0xdfff ? surrogate : /[\p{L}\p{M}]/u.test(character) ? letterOrMark : /\s/u.test(character) ? spaceCharacter : otherCharacter
})

function tokenKind(value: string): Token['kind'] {
  const first = value.charCodeAt(value.charCodeAt(0) === 46 ? 1 : 0)
  if (isDigit(first)) return 'number'
  if (isAsciiLetter(first)) return 'word'
  if (first < 128) return first === 32 || (first >= 9 && first <= 13) ? 'space' : 'symbol'
  return /^[\p{L}\p{M}]/u.test(value) ? 'word' : /^\s/u.test(value) ? 'space' : 'symbol'
}
