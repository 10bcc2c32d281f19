/** A word, a number or any other character of a sentence, with its offsets into the sentence. */
export interface Token {
  kind: 'number' | 'word' | 'symbol'
  text: string
  /** Lower case for words, the text for numbers and symbols. */
  lower: string
  start: number
  end: number
}

// Numbers with thousands separators (Indian "12,34,567" too), plain numbers, decimals without a leading zero after a
// space or bracket (".534", not "v1.5" nor "..5"), words (hyphenated and with apostrophes; letters stop at a digit, so
// "USD10m" and "RAV4" come apart), any other character.
const tokenPattern = /\d{1,2}(?:,\d\d){1,3},\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<=^|[\s(])\.\d+(?![.\d])|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}\p{N}]+(?:\.\d+)?)*|\S/gu

/** The tokens of a sentence, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // An exec loop, not matchAll: it runs on every sentence with a figure, and the iterator costs a fifth more.
  tokenPattern.lastIndex = 0
  for (let match = tokenPattern.exec(text); match; match = tokenPattern.exec(text)) {
    const value = match[0]
    const kind = tokenKind(value)
    tokens.push({kind, text: value, lower: kind === 'word' ? value.toLowerCase() : value, start: match.index, end: match.index + value.length})
  }
  return tokens
}

function tokenKind(value: string): Token['kind'] {
  const first = value.charCodeAt(value.charCodeAt(0) === 46 ? 1 : 0)
  if (first >= 48 && first <= 57) return 'number'
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return 'word'
  return first < 128 ? 'symbol' : /^[\p{L}\p{M}]/u.test(value) ? 'word' : 'symbol'
}

export const capitalized = (token: Token | undefined): boolean => token?.kind === 'word' && token.text[0] !== token.lower[0]
export const glued = (left: Token | undefined, right: Token | undefined): boolean => left !== undefined && right !== undefined && left.end === right.start
/** Letters with case: a one-letter symbol in them ("m", "C") is ambiguous; "元" is not. */
export const letters = /^[\p{Lu}\p{Ll}]$/u
