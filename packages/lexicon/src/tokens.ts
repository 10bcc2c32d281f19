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
const withoutSpace = new RegExp(`${numberSource}|${wordSource}|\\S`, 'gu')
const withSpace = new RegExp(`${numberSource}|${wordSource}|\\s+|\\S`, 'gu')

/**
 * The tokens of `text` (words, numbers, single other characters; white-space runs too with
 * `spaces`), offsets shifted by `offset` so a sentence's tokens point into its article.
 * Runs on every sentence: one one regex scan, kinds told by character code.
 */
export function tokenize(text: string, offset = 0, spaces = false): Token[] {
  const pattern = spaces ? withSpace : withoutSpace
  const tokens: Token[] = []
  // An exec loop, not matchAll: the iterator costs a fifth more.
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const value = match[0]
    const kind = tokenKind(value)
    const start = offset + match.index
    tokens.push({kind, text: value, lower: kind === 'word' ? value.toLowerCase() : value, start, end: start + value.length})
  }
  return tokens
}

function tokenKind(value: string): Token['kind'] {
  const first = value.charCodeAt(value.charCodeAt(0) === 46 ? 1 : 0)
  if (first >= 48 && first <= 57) return 'number'
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return 'word'
  if (first < 128) return first === 32 || (first >= 9 && first <= 13) ? 'space' : 'symbol'
  return /^[\p{L}\p{M}]/u.test(value) ? 'word' : /^\s/u.test(value) ? 'space' : 'symbol'
}
