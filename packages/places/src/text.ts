/** A word of the text: letters and digits, with inner apostrophes and dots ("People's", "U.S"). */
export interface Token {
  start: number
  end: number
  /** Lower case, no accents, no dots: what names are looked up by. */
  key: string
  /** Starts with a capital letter. */
  capital: boolean
  /** Capitals only, two or more ("NSW"), or letters joined by dots ("U.S", "D.C"). */
  abbreviation: boolean
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu

/** The words of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(wordPattern)) {
    // "Ukraine's": the place is the word without its possessive.
    const word = withoutPossessive(match[0])
    const start = match.index
    let end = start + word.length
    const dotted = word.includes('.') && /^\p{Lu}(?:\.\p{Lu})+$/u.test(word)
    // "U.S." keeps its last dot: the abbreviation is the whole of it.
    if (dotted && text[end] === '.') end++
    tokens.push({
      start,
      end,
      key: wordKey(word),
      capital: startsUpper(word),
      abbreviation: dotted || (word.length >= 2 && allUpper(word))
    })
  }
  return tokens
}

// Most words are plain ASCII: these answer them without a Unicode regex, which cost a third of the stage.
const asciiWord = /^[A-Za-z0-9]+$/

function withoutPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1)
  return last === 115 || last === 83 ? word.replace(/['’]s$/i, '') : word
}

function startsUpper(word: string): boolean {
  const first = word.charCodeAt(0)
  return first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(word)
}

function allUpper(word: string): boolean {
  if (!asciiWord.test(word)) return /^\p{Lu}+$/u.test(word)
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code < 65 || code > 90) return false
  }
  return true
}

function wordKey(word: string): string {
  if (asciiWord.test(word)) return word.toLowerCase()
  return word
    .replace(/['’]s$/i, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('’', "'").replaceAll('.', '')
}

/** The key a name is indexed and looked up by: its words' keys joined by single spaces. */
export function nameKey(name: string): string {
  // Most names are plain ASCII words: a regex test and a lower-casing, not a word scan (the gazetteer keys 140,000 names as it loads).
  if (/^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/.test(name)) return name.toLowerCase()
  const keys: string[] = []
  for (const match of name.matchAll(wordPattern)) keys.push(wordKey(match[0]))
  return keys.join(' ')
}

/**
 * Whether the text between two words may sit inside one name: spaces, a hyphen, or the comma or
 * dot some names carry ("Washington, D.C.", "St. Louis"), or a possessive's "'s" ("People's
 * Republic"), but never a line break.
 */
export function joinsName(between: string): boolean {
  return /^(?:[ \t\u00A0]+|-|(?:[,.]|['’]s)[ \t\u00A0]+)$/.test(between)
}
