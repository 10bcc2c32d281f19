import {isWhiteSpace} from '@tidings/lexicon'
import type {Sentence} from 'nlcst'

/** A word or a mark of a sentence, with offsets into the article's text; an object for rules that ask for `Candidate.tokens`. */
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

/** What a token is, as bits of `TokenTable.flags`. */
export const wordBit = 1
export const spacedBit = 2
export const capitalBit = 4
/** A word joined by a hyphen ("al-Assad", "Russian-made"). */
export const hyphenBit = 8
/** A word that starts a sentence, a quotation or a clause after a colon (set by `scanSentence`). */
export const startBit = 16

/**
 * An article's tokens, sentence after sentence, in typed arrays: no object is made for a token.
 */
export class TokenTable {
  count = 0
  starts: Int32Array
  ends: Int32Array
  flags: Uint8Array
  /** Per capitalised token, its word's index among the article's (see `ArticleWords.wordIds`); not kept for other tokens. */
  names: Int32Array

  constructor(public text: string) {
    const capacity = 64 + (text.length >> 2)
    this.starts = new Int32Array(capacity)
    this.ends = new Int32Array(capacity)
    this.flags = new Uint8Array(capacity)
    this.names = new Int32Array(capacity)
  }

  /**
   * The table emptied for the next article's `text`: its arrays are kept, as making three typed
   * arrays an article cost more than a tenth of cutting its tokens. A table grown past
   * `keptTokens` for a long article is made anew, so that one long article's room is not held.
   */
  restart(text: string): TokenTable {
    if (this.starts.length > keptTokens) return new TokenTable(text)
    this.text = text
    this.count = 0
    return this
  }

  /** Makes room for `tokens` more tokens: a sentence holds at most one a code unit, so its room is made once, not checked at every token. */
  reserve(tokens: number): void {
    let capacity = this.starts.length
    if (this.count + tokens <= capacity) return
    while (this.count + tokens > capacity) capacity *= 2
    this.starts = filled(new Int32Array(capacity), this.starts)
    this.ends = filled(new Int32Array(capacity), this.ends)
    this.flags = filled(new Uint8Array(capacity), this.flags)
    this.names = filled(new Int32Array(capacity), this.names)
  }
}

/** Room for the tokens of an article of about 100,000 characters. */
const keptTokens = 1 << 15

/** `to` with `from` copied into its start. */
function filled<T extends Int32Array | Uint8Array>(to: T, from: T): T {
  to.set(from)
  return to
}

/**
 * Adds the sentence's words and marks in order to `table`, read from the text between the sentence
 * node's offsets, and returns the index of its first; white space only sets `spacedBit` on the
 * token after it. Words are cut as retext-english cuts them: letters, digits and marks, joined by an
 * apostrophe, hyphen or full stop between two of them ("Russia's", "KN-23", "U.S."), an initialism
 * keeping its final full stop; a run of one mark is one token.
 */
export function addSentenceTokens(table: TokenTable, sentence: Sentence): number {
  const {text} = table
  const first = table.count
  const end = sentence.position?.end.offset ?? 0
  let index = sentence.position?.start.offset ?? 0
  table.reserve(end - index)
  const {starts, ends, flags} = table
  let count = first
  let spaced = 0
  while (index < end) {
    const code = text.charCodeAt(index)
    const start = index
    // Words are asked for first: most tokens are words, and no white space is a word's code unit.
    if (isWordCode(code)) {
      index = wordEnd(text, index, end)
      const capital = code < 128 ? code >= 65 && code <= 90 : capitalisedAt(text, start)
      flags[count] = wordBit | spaced | (capital ? capitalBit : 0) | wordJoins
    } else if (isWhiteSpace(code)) {
      spaced = spacedBit
      index++
      continue
    } else {
      index++
      while (index < end && text.charCodeAt(index) === code) index++
      flags[count] = spaced
    }
    starts[count] = start
    ends[count] = index
    count++
    spaced = 0
  }
  table.count = count
  return first
}

/**
 * The tokens of one sentence, by index from its first. Out of the sentence, a token is no word, not
 * spaced, not capitalised, and has no value.
 */
export interface SentenceTokens {
  readonly length: number
  word(index: number): boolean
  spaced(index: number): boolean
  capital(index: number): boolean
  value(index: number): string | undefined
  start(index: number): number
  end(index: number): number
}

/** A sentence's tokens in the article's table; a token's string is cut from the text when first asked (most words in lower case never are). */
export class TableSentence implements SentenceTokens {
  #values: Array<string | undefined> | undefined
  #objects: Token[] | undefined

  constructor(
    readonly table: TokenTable,
    readonly first: number,
    readonly length: number
  ) {}

  private bits(index: number): number {
    return index >= 0 && index < this.length ? this.table.flags[this.first + index]! : 0
  }

  word(index: number): boolean {
    return (this.bits(index) & wordBit) !== 0
  }

  spaced(index: number): boolean {
    return (this.bits(index) & spacedBit) !== 0
  }

  capital(index: number): boolean {
    return (this.bits(index) & capitalBit) !== 0
  }

  hyphen(index: number): boolean {
    return (this.bits(index) & hyphenBit) !== 0
  }

  startLike(index: number): boolean {
    return (this.bits(index) & startBit) !== 0
  }

  value(index: number): string | undefined {
    if (index < 0 || index >= this.length) return undefined
    const values = (this.#values ??= new Array<string | undefined>(this.length))
    return (values[index] ??= this.table.text.slice(this.start(index), this.end(index)))
  }

  start(index: number): number {
    return this.table.starts[this.first + index]!
  }

  end(index: number): number {
    return this.table.ends[this.first + index]!
  }

  /** The tokens as objects, made once, when a rule first asks for them. */
  objects(): Token[] {
    if (this.#objects) return this.#objects
    const tokens: Token[] = []
    for (let index = 0; index < this.length; index++) {
      tokens.push({value: this.value(index)!, start: this.start(index), end: this.end(index), word: this.word(index), spaced: this.spaced(index), capital: this.capital(index)})
    }
    return (this.#objects = tokens)
  }
}

/** Tokens given as objects, as a candidate made outside the stage holds them. */
export class ListSentence implements SentenceTokens {
  constructor(readonly tokens: ReadonlyArray<Token>) {}

  get length(): number {
    return this.tokens.length
  }

  word(index: number): boolean {
    return this.tokens[index]?.word === true
  }

  spaced(index: number): boolean {
    return this.tokens[index]?.spaced === true
  }

  capital(index: number): boolean {
    return this.tokens[index]?.capital === true
  }

  value(index: number): string | undefined {
    return this.tokens[index]?.value
  }

  start(index: number): number {
    return this.tokens[index]!.start
  }

  end(index: number): number {
    return this.tokens[index]!.end
  }
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
  if (index > firstStart && capitalisedAt(text, firstStart) && !functionWords.has(text.slice(firstStart, index))) return true
  for (let previousWord = true; index < end; index++) {
    const isWord = isWordCode(text.charCodeAt(index))
    if (isWord && !previousWord && capitalisedAt(text, index)) return true
    previousWord = isWord
  }
  return false
}

/** ' - . ’, which join two runs of letters or digits into one word; compared, where a set's lookup at every word's end cost more. */
const isJoiner = (code: number) => code === 46 || code === 45 || code === 39 || code === 8217

/** `hyphenBit` when the last word `wordEnd` read was joined by a hyphen. */
let wordJoins = 0

function wordEnd(text: string, from: number, end: number): number {
  wordJoins = 0
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
    // (Off the sentence's end no code is read: a NaN slows every caller of what it reaches.)
    const code = index < end ? text.charCodeAt(index) : 0
    if (index + 1 < end && isJoiner(code) && isWordCode(text.charCodeAt(index + 1))) {
      if (code === 46) dots++
      if (code === 45) wordJoins = hyphenBit
      index++
      partLength = 0
      continue
    }
    // "U.S." and "J.R.R." keep their last full stop; "Mr." and a sentence's end do not.
    if (code === 46 && dots > 0 && !longPart) index++
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


/** Upper case first letter: "Kirby", "U.S.", "KN-23", "Élysée"; not "iPhone" nor "38". */
export const capitalised = (value: string): boolean => capitalisedAt(value, 0)

/** The letter at `index` of `text` is upper case, as `capitalised` reads a word's first. */
function capitalisedAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return code >= 65 && code <= 90
  const first = text.charAt(index)
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
