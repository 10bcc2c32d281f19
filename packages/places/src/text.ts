/** A word of the text: letters and digits, with inner apostrophes and dots ("People's", "U.S"). */
export interface Token {
  start: number
  end: number
  /** Lower case, no accents, no dots: what names are looked up by. */
  readonly key: string
  /** Starts with a capital letter. */
  capital: boolean
  /** Capitals only, two or more ("NSW"), or letters joined by dots ("U.S", "D.C"). */
  abbreviation: boolean
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu
/** The same words, searched from a position (`lastIndex`) by `eachWord` alone. */
const wordSearch = new RegExp(wordPattern.source, 'gu')

/**
 * A token keys its word when first asked: most words are lower case, and the stage looks up only the
 * few around a capital (keying every word cost a sixth of the stage, and its strings a share of the collections).
 */
class TextToken implements Token {
  readonly #text: string
  /** Where the word ends without its possessive, before the dot an abbreviation keeps. */
  readonly #wordEnd: number
  #key: string | undefined

  constructor(text: string, public start: number, public end: number, wordEnd: number, public capital: boolean, public abbreviation: boolean) {
    this.#text = text
    this.#wordEnd = wordEnd
  }

  get key(): string {
    return (this.#key ??= wordKey(this.#text.slice(this.start, this.#wordEnd)))
  }
}

/** The words of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  eachWord(text, (start, matchEnd) => {
    // "Ukraine's": the place is the word without its possessive.
    const wordEnd = possessiveStart(text, start, matchEnd)
    const capital = startsUpper(text, start)
    // Both kinds of abbreviation start with a capital: a word in lower case is neither.
    let end = wordEnd
    let abbreviation = false
    if (capital) {
      const word = text.slice(start, wordEnd)
      const dotted = word.includes('.') && /^\p{Lu}(?:\.\p{Lu})+$/u.test(word)
      // "U.S." keeps its last dot: the abbreviation is the whole of it.
      if (dotted && text[end] === '.') end++
      abbreviation = dotted || (word.length >= 2 && allUpper(word))
    }
    tokens.push(new TextToken(text, start, end, wordEnd, capital, abbreviation))
  })
  return tokens
}

/**
 * Calls `visit` with the start and end of each word (each match of `wordPattern`). Words of ASCII letters and digits,
 * most of any English text, are scanned by character code; a word that touches any other character
 * is left to the Unicode regex. (Matching every word with the regex cost a fifth of the stage.)
 */
export function eachWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code < 128 && !asciiWordCode(code)) {
      index++
      continue
    }
    let end = code < 128 ? asciiWordEnd(text, index) : -1
    if (end < 0) {
      wordSearch.lastIndex = index
      const match = wordSearch.exec(text)
      if (!match) return
      if (match.index > index) {
        // Not a word character after all (a non-ASCII symbol or space): go on from the next match.
        index = match.index
        continue
      }
      end = index + match[0].length
    }
    visit(index, end)
    index = end
  }
}

function asciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/** Where an ASCII word starting at `start` ends, or -1 where it touches a character outside ASCII. */
function asciiWordEnd(text: string, start: number): number {
  const length = text.length
  let end = start + 1
  for (;;) {
    while (end < length && asciiWordCode(text.charCodeAt(end))) end++
    if (end >= length) return end
    const next = text.charCodeAt(end)
    if (next >= 128) return -1
    // "People's", "U.S": a joiner followed by a word character goes on with the word.
    if ((next === 39 || next === 46) && end + 1 < length) {
      const after = text.charCodeAt(end + 1)
      if (after >= 128) return -1
      if (asciiWordCode(after)) {
        end += 2
        continue
      }
    }
    return end
  }
}

// Most words are plain ASCII: these answer them without a Unicode regex, which cost a third of the stage.
const asciiWord = /^[A-Za-z0-9]+$/

/** Where the word from `start` to `end` ends without a possessive "'s" or "’s". */
function possessiveStart(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1)
  if (last !== 115 && last !== 83) return end
  const apostrophe = text.charCodeAt(end - 2)
  return end - 2 > start && (apostrophe === 39 || apostrophe === 0x2019) ? end - 2 : end
}

function startsUpper(text: string, start: number): boolean {
  const first = text.charCodeAt(start)
  return first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(text.slice(start, start + 2))
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
