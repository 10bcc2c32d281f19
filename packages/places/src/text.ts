import {hashByte, hashWord, WORD_START} from './name-filter.js'

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

/** A token with the hash `NameFilter` tests its key by. */
export interface HashedToken extends Token {
  /** `hashWord(key)`. */
  readonly keyHash: number
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu
/** The same words, searched from a position (`lastIndex`) by `wordBounds` alone. */
const wordSearch = new RegExp(wordPattern.source, 'gu')

/**
 * A token keys its word when first asked: most words are lower case, and the stage looks up only the
 * few around a capital (keying every word cost a sixth of the stage, and its strings a share of the collections).
 */
class TextToken implements HashedToken {
  readonly #text: string
  /** Where the word ends without its possessive, before the dot an abbreviation keeps. */
  readonly #wordEnd: number
  #key: string | undefined
  #keyHash: number | undefined

  constructor(text: string, public start: number, public end: number, wordEnd: number, public capital: boolean, public abbreviation: boolean, keyHash: number | undefined) {
    this.#text = text
    this.#wordEnd = wordEnd
    this.#keyHash = keyHash
  }

  get key(): string {
    // A hash read from the characters says the word is ASCII letters and digits: its key is its lower case.
    return (this.#key ??= this.#keyHash === undefined ? this.#keyOf(asciiKeyHash(this.#text, this.start, this.#wordEnd)) : asciiKey(this.#text, this.start, this.#wordEnd, this.#keyHash))
  }

  #keyOf(asciiHash: number | undefined): string {
    if (asciiHash === undefined) return wordKey(this.#text.slice(this.start, this.#wordEnd))
    this.#keyHash = asciiHash
    return asciiKey(this.#text, this.start, this.#wordEnd, asciiHash)
  }

  /** Hashed from the text's characters where the word is ASCII letters and digits, without making its key. */
  get keyHash(): number {
    return (this.#keyHash ??= (this.#key === undefined ? asciiKeyHash(this.#text, this.start, this.#wordEnd) : undefined) ?? hashWord(this.key))
  }
}

/** `hashWord` of the key of an ASCII word of letters and digits, its lower case; undefined for any other word. */
function asciiKeyHash(text: string, start: number, end: number): number | undefined {
  let hash = WORD_START
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) hash = hashByte(hash, code + 32)
    else if (asciiWordCode(code)) hash = hashByte(hash, code)
    else return undefined
  }
  return hash
}

/**
 * The keys of ASCII words, at a slot their hash picks (the last word with that slot keeps it): the
 * strings shared from text to text, a word is keyed by one read and a comparison of its characters,
 * not a slice and a lower-casing, and its key, hashed once, is found in the gazetteer's and the
 * lexicon's maps without hashing it again. An array, not a map: one read, in a few cache lines.
 */
const KEY_SLOTS = 1 << 13
const asciiKeys = new Array<string>(KEY_SLOTS).fill('')

/** The key of an ASCII word of letters and digits, by its key's hash. */
function asciiKey(text: string, start: number, end: number, hash: number): string {
  const slot = hash & (KEY_SLOTS - 1)
  const known = asciiKeys[slot]!
  if (isLowerCaseOf(known, text, start, end)) return known
  return (asciiKeys[slot] = text.slice(start, end).toLowerCase())
}

/** Whether `key` is the lower case of the ASCII word from `start` to `end`. */
function isLowerCaseOf(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false
  for (let index = 0; index < key.length; index++) {
    const code = text.charCodeAt(start + index)
    if (key.charCodeAt(index) !== (code >= 65 && code <= 90 ? code + 32 : code)) return false
  }
  return true
}

/** The words of `text`, in order, every one made a token (a filter's input, and the tests). */
export function tokenize(text: string): HashedToken[] {
  return new Words(text).all()
}

/**
 * The words of a text, found by one scan that keeps where each starts and ends; a word's token
 * (its key, its hash, its shape) is made when first asked for. The stage asks only for the
 * words that start with a capital, the runs they start and the few words around a candidate:
 * an object for every word cost a quarter of the stage, and most words are lower case.
 */
export class Words {
  /** How many words the text has. */
  readonly count: number
  /** The indices of the words that start with a capital, in order: the only ones a name starts with. */
  readonly capitals: number[] = []
  readonly #text: string
  /** Each word's start and end, as `wordBounds` gives them. */
  readonly #bounds: Int32Array
  readonly #tokens: Array<HashedToken | undefined>

  constructor(text: string) {
    this.#text = text
    this.#bounds = wordBounds(text, this.capitals)
    this.count = this.#bounds.length >> 1
    this.#tokens = new Array<HashedToken | undefined>(this.count)
  }

  /** The token of word `index` (an integer); undefined outside the text's words, as an array's read would be. */
  token(index: number): HashedToken | undefined {
    if (!(index >= 0 && index < this.count)) return undefined
    return (this.#tokens[index] ??= textToken(this.#text, this.#bounds[index << 1]!, this.#bounds[(index << 1) + 1]!))
  }

  /** Every word's token, in order. */
  all(): HashedToken[] {
    const tokens: HashedToken[] = []
    for (let index = 0; index < this.count; index++) tokens.push(this.token(index)!)
    return tokens
  }
}

function textToken(text: string, start: number, matchEnd: number): HashedToken {
  // "Ukraine's": the place is the word without its possessive.
  const wordEnd = possessiveStart(text, start, matchEnd)
  return startsUpper(text, start) ? capitalToken(text, start, wordEnd) : new TextToken(text, start, wordEnd, wordEnd, false, false, undefined)
}

/**
 * A word that starts with a capital: an abbreviation ("NSW", "U.S.") or not. A word in lower case is neither.
 * An ASCII word is read in one pass by character code: its shape, and the hash of its key (its lower
 * case) where it has no joiner (reading the shape and the hash in two passes cost a tenth of the stage).
 */
function capitalToken(text: string, start: number, wordEnd: number): TextToken {
  const length = wordEnd - start
  let capitals = true
  let joined = false
  let dotted = length >= 3
  let hash = WORD_START
  for (let index = start; index < wordEnd; index++) {
    const code = text.charCodeAt(index)
    if (code >= 128) return otherCapitalToken(text, start, wordEnd)
    const upper = code >= 65 && code <= 90
    if (!upper) capitals = false
    if (code === 39 || code === 46) joined = true
    // "U.S", "D.C": capitals at even offsets, dots at odd ones.
    if (((index - start) & 1) === 0 ? !upper : code !== 46) dotted = false
    hash = hashByte(hash, upper ? code + 32 : code)
  }
  dotted &&= (length & 1) === 1
  // "U.S." keeps its last dot: the abbreviation is the whole of it.
  const end = dotted && wordEnd < text.length && text.charCodeAt(wordEnd) === 46 ? wordEnd + 1 : wordEnd
  const abbreviation = dotted || (!joined && capitals && length >= 2)
  return new TextToken(text, start, end, wordEnd, true, abbreviation, joined ? undefined : hash)
}

/** A capitalized word with a character from 128 on: its shape read by the Unicode regexes, its hash left to its key. */
function otherCapitalToken(text: string, start: number, wordEnd: number): TextToken {
  const word = text.slice(start, wordEnd)
  const dotted = word.includes('.') && /^\p{Lu}(?:\.\p{Lu})+$/u.test(word)
  const abbreviation = dotted || (word.length >= 2 && /^\p{Lu}+$/u.test(word))
  const end = dotted && wordEnd < text.length && text.charCodeAt(wordEnd) === 46 ? wordEnd + 1 : wordEnd
  return new TextToken(text, start, end, wordEnd, true, abbreviation, undefined)
}

/**
 * The start and end of each word (each match of `wordPattern`), in pairs. Words of the
 * letters, marks and digits below `TABLE_END` (ASCII, the Latin letters and Cyrillic, most of any
 * news text), are scanned by character code, and so are the quotes, dashes and spaces around them;
 * a word that touches any other character is left to the Unicode regex. (Matching every word with
 * the regex cost a fifth of the stage; a word of Cyrillic or accented Latin letters left to it
 * cost that text three times an English one's.) One table read a character tells all the scan
 * asks of it: every character of the text is read, and the scan is a quarter of the stage.
 * Pushes to `capitals` the index of each word that starts with a capital.
 */
export function wordBounds(text: string, capitals: number[]): Int32Array {
  const length = text.length
  // Words stand a character apart at least, so a text of n characters has at most n + 1 bounds: the scratch grows before the scan, not in it.
  if (scratchBounds.length <= length) scratchBounds = new Int32Array(Math.max(length + 1, scratchBounds.length * 2))
  const bounds = scratchBounds
  let count = 0
  let index = 0
  while (index < length) {
    const first = text.charCodeAt(index)
    const kind = charKinds[first]!
    let end = -1
    if (kind === LETTER_OR_DIGIT) {
      // The word's end, read here rather than by a call a word: -1 where it touches a character the regex must read.
      end = index + 1
      while (end < length) {
        const next = charKinds[text.charCodeAt(end)]!
        if (next === LETTER_OR_DIGIT || next === MARK) {
          end++
          continue
        }
        // "People's", "U.S", "Kyiv’s": a joiner followed by a letter or digit goes on with the word.
        if (next === JOINER && end + 1 < length) {
          const after = charKinds[text.charCodeAt(end + 1)]!
          if (after === LETTER_OR_DIGIT) {
            end += 2
            continue
          }
          if (after === BY_REGEX) end = -1
        } else if (next === BY_REGEX) end = -1
        break
      }
    } else if (kind !== BY_REGEX) {
      index++
      continue
    }
    if (end < 0) {
      wordSearch.lastIndex = index
      const match = wordSearch.exec(text)
      if (!match) break
      if (match.index > index) {
        // Not a word character after all (a symbol or space outside the table): go on from the next match.
        index = match.index
        continue
      }
      end = index + match[0].length
    }
    // A capital from the table, read here; only a "d'" or "l'" or a word of the regex asks `startsUpper`.
    if (first < TABLE_END && upperCodes[first] === 1 ? true : (first === 100 || first === 108 || first >= TABLE_END) && startsUpper(text, index)) capitals.push(count >> 1)
    bounds[count++] = index
    bounds[count++] = end
    index = end
  }
  return bounds.slice(0, count)
}

/** Where `wordBounds` writes as it scans, kept from text to text: the words are copied out at the end. */
let scratchBounds = new Int32Array(4096)

/** The characters below it are told by `wordPattern`'s classes; from it on, only spaces and General Punctuation are, the rest left to the regex. */
const TABLE_END = 0x500
/** What `charKinds` tells of a character: outside words (or a joiner, outside a word). */
const OUTSIDE = 0
/** A word starts or goes on with it (\p{L}, \p{N}). */
const LETTER_OR_DIGIT = 1
/** A word goes on with it, but starts with none (\p{M}, "e\u0301"). */
const MARK = 2
/** An apostrophe, a dot or a right quote: a word goes on across it where a letter or digit follows ("People's", "U.S"). */
const JOINER = 3
/** A character from `TABLE_END` on that is not a space or General Punctuation: a word that touches it is the regex's. */
const BY_REGEX = 4
/** Character code -> its kind. */
const charKinds = new Uint8Array(0x10000)
for (let code = 0; code < 0x10000; code++) {
  if (code >= TABLE_END) {
    charKinds[code] = outsideWords(code) ? OUTSIDE : BY_REGEX
    continue
  }
  const character = String.fromCharCode(code)
  charKinds[code] = /[\p{L}\p{N}]/u.test(character) ? LETTER_OR_DIGIT : /\p{M}/u.test(character) ? MARK : OUTSIDE
}
for (const character of "'.’") charKinds[character.charCodeAt(0)] = JOINER
/** Character code below `TABLE_END` -> 1 for a capital letter (\p{Lu}): a Cyrillic or accented word's first letter is read without a regex. */
const upperCodes = new Uint8Array(TABLE_END)
for (let code = 0; code < TABLE_END; code++) upperCodes[code] = /\p{Lu}/u.test(String.fromCharCode(code)) ? 1 : 0

function asciiWordCode(code: number): boolean {
  return code < 128 && charKinds[code] === LETTER_OR_DIGIT
}

/**
 * Whether a character from `TABLE_END` on is one no word holds: a no-break space, or one of
 * Unicode's General Punctuation (spaces, dashes, quotes, bullets), which news puts around its words.
 */
function outsideWords(code: number): boolean {
  return code === 0xa0 || (code >= 0x2000 && code <= 0x206f)
}

/** What `asciiKind` tells of a word. */
const PLAIN_ASCII = 0
const OTHER_ASCII = 1
const NOT_ASCII = 2

/**
 * Whether a word is ASCII letters and digits only, as most are (its key is its lower case, with no
 * Unicode regex, which cost a third of the stage), other ASCII ("U.S", "O'Neil"), or not ASCII.
 */
function asciiKind(word: string): number {
  let kind = word.length === 0 ? OTHER_ASCII : PLAIN_ASCII
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 128) return NOT_ASCII
    if (!asciiWordCode(code)) kind = OTHER_ASCII
  }
  return kind
}

const possessive = /'s$/i

/** Where the word from `start` to `end` ends without a possessive "'s" or "’s". */
function possessiveStart(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1)
  if ((last !== 115 && last !== 83) || end - 2 <= start) return end
  const apostrophe = text.charCodeAt(end - 2)
  return apostrophe === 39 || apostrophe === 0x2019 ? end - 2 : end
}

function startsUpper(text: string, start: number): boolean {
  const first = text.charCodeAt(start)
  if (first < TABLE_END ? upperCodes[first] === 1 : /^\p{Lu}/u.test(text.slice(start, start + 2))) return true
  // "Côte d'Ivoire", "Coeur d'Alene": a French article cut to "d'" or "l'" before a capital opens a word of the name.
  const apostrophe = text.charCodeAt(start + 1)
  return (first === 100 || first === 108) && (apostrophe === 39 || apostrophe === 0x2019) && start + 2 < text.length && startsUpper(text, start + 2)
}

function wordKey(word: string): string {
  const kind = asciiKind(word)
  if (kind === PLAIN_ASCII) return word.toLowerCase()
  // "U.S", "O'Neil": ASCII has no accents to strip nor curly quotes to straighten, so no Unicode regexes either.
  if (kind === OTHER_ASCII) return (possessive.test(word) ? word.slice(0, -2) : word).toLowerCase().replaceAll('.', '')
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
 * Whether the text from `from` to `to`, between two words, may sit inside one name: spaces, a
 * hyphen, or the comma or dot some names carry ("Washington, D.C.", "St. Louis"), or a
 * possessive's "'s" ("People's Republic"), then spaces; never a line break. Read by character
 * code: it runs for every word after a capital.
 */
export function joinsName(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  const first = text.charCodeAt(from)
  if (first === 45) return to - from === 1
  let index = from
  if (first === 44 || first === 46) index++
  else if ((first === 39 || first === 0x2019) && text.charCodeAt(from + 1) === 115) index += 2
  if (index >= to) return false
  for (; index < to; index++) if (!nameSpace(text.charCodeAt(index))) return false
  return true
}

function nameSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}

/**
 * Whether the text from `from` to `to` is spaces on one line (spaces, tabs, no-break spaces): one
 * exactly where `single`, after a `lead` character ("." or ",") where the text has it there. The
 * filters test the gaps around every candidate: by character code, not a regex on a slice.
 */
export function spaceGap(text: string, from: number, to: number, single: boolean, lead?: number): boolean {
  if (lead !== undefined && from < to && text.charCodeAt(from) === lead) from++
  const length = to - from
  if (length < 1 || (single && length > 1)) return false
  for (let index = from; index < to; index++) if (!nameSpace(text.charCodeAt(index))) return false
  return true
}

/** Whether the character code is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
