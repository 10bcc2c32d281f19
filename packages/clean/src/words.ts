import {publisherVoiceWords, stopWords} from './phrases.js'

// What ends a sentence, and the closing quotes and brackets that may follow it.
const sentenceEnders = new Set(['.', '!', '?', '…'])
const closingMarks = new Set(['"', '”', '’', '»', ')', ']'])

/**
 * A line or sentence that ends as a sentence does: . ! ? … and closing quotes or brackets. Read
 * from the end, as `/[.!?…]["”’»)\]]*$/` says it: the regex tried every character of the line.
 */
export function endsAsSentence(text: string): boolean {
  let at = text.length - 1
  while (at >= 0 && closingMarks.has(text[at] as string)) at--
  return at >= 0 && sentenceEnders.has(text[at] as string)
}

/** What one reading of a line finds: its words, and what the stage would otherwise scan it again for. */
export interface LineFacts {
  wordCount: number
  /** Function words (`stopWords`). */
  stops: number
  /** Words of the publisher's voice (`publisherVoiceWords`). */
  voiceCount: number
  /** Words that start with a capital letter. */
  capitalized: number
  /**
   * A character in the blocks of Thai and Hangul (U+0E00 to U+11FF) or at U+2E80 and above, where
   * the CJK scripts start: only such a line can hold the scripts written without spaces that make
   * a short line dense. (The punctuation between, curly quotes and dashes, is common in news.)
   */
  spacelessScript: boolean
  /** White space other than single spaces (a tab, a run of spaces): what `/\s\s|[^\S ]/` finds. */
  unevenSpace: boolean
  /** A quotation mark: " “ ” « » „. */
  quoted: boolean
  /** A character whose lower case is longer than itself: "İ" (U+0130) is the only one. */
  longerInLowerCase: boolean
}

/**
 * How many words a line has, and how many are function words, the publisher's voice, or
 * capitalized. A word is what `[\p{L}\p{N}][\p{L}\p{N}'’]*` matches, found by character code:
 * this runs on every line of every page, and the regex, with the word's lower case made for every
 * word however long, cost a quarter of the stage. A word of ASCII letters is looked up in the lists
 * by a hash of its lower case, taken as it is read, so the common word makes no string at all.
 * Each character is read once, and the same reading notes the line's white space and its scripts (`LineFacts`), so nothing scans
 * the line again for them. The line is read where it lies in its text (`start` to `end`), not from a string of its own:
 * every line of an article is then read from one string of one kind, where a line's own string is a
 * view of the text, a copy or a two-byte string, and reading its characters costs a fifth more.
 */
export function readLine(line: string, start = 0, end = line.length): LineFacts {
  const facts: LineFacts = {wordCount: 0, stops: 0, voiceCount: 0, capitalized: 0, spacelessScript: false, unevenSpace: false, quoted: false, longerInLowerCase: false}
  const length = end
  // The end of the line reads as a space: it ends the last word.
  let wordStart = -1
  let firstWidth = 0
  let hash = 0
  let ascii = true
  let afterSpace = false
  let index = start
  while (index <= length) {
    const code = index < length ? line.charCodeAt(index) : 32
    let width = 0
    if (code < 128) {
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) width = 1
      else if (code === 39 && wordStart !== -1) width = 1
    } else {
      if (inSpacelessBlock(code)) facts.spacelessScript = true
      if (code === dottedCapitalI) facts.longerInLowerCase = true
      width = code === 0x2019 && wordStart !== -1 ? 1 : letterOrNumberWidth(line, index, length)
    }
    if (width > 0) {
      if (wordStart === -1) {
        wordStart = index
        firstWidth = width
        hash = 0
        ascii = true
      }
      if (code >= 128) ascii = false
      else hash = (hash * 31 + (code >= 65 && code <= 90 ? code + 32 : code)) | 0
      index += width
      continue
    }
    if (wordStart !== -1) {
      countWord(facts, line, wordStart, index, firstWidth, ascii ? hash : undefined)
      wordStart = -1
      afterSpace = false
    }
    if (index < length) {
      if (code === 34 || (code >= 128 && quotationMarks.has(code))) facts.quoted = true
      const space = isWhiteSpace(code)
      if (space && (code !== 32 || afterSpace)) facts.unevenSpace = true
      afterSpace = space
    }
    index++
  }
  return facts
}

/** Counts the word `line.slice(start, end)`; `asciiHash` is the hash of its lower case when it is all ASCII. */
function countWord(facts: LineFacts, line: string, start: number, end: number, firstWidth: number, asciiHash: number | undefined): void {
  facts.wordCount++
  if (end - start <= longestListedWord) {
    const listed = asciiHash === undefined ? (listedWords.get(line.slice(start, end).toLowerCase()) ?? 0) : listedAscii(line, start, end, asciiHash)
    if (listed & stopWordFlag) facts.stops++
    if (listed & voiceWordFlag) facts.voiceCount++
  }
  const code = line.charCodeAt(start)
  if (code < 128 ? code >= 65 && code <= 90 : capitalLetter.test(line.slice(start, start + firstWidth))) facts.capitalized++
}

const dottedCapitalI = 0x130
const quotationMarks = new Set([...'"“”«»„'].map((mark) => mark.charCodeAt(0)))

function inSpacelessBlock(code: number): boolean {
  return (code >= 0x0e00 && code < 0x1200) || code >= 0x2e80
}

/** What `\s` matches: the white space and line terminators of JavaScript. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

const stopWordFlag = 1
const voiceWordFlag = 2
/** What each listed word counts as: a stop word, the publisher's voice, or both. */
const listedWords = new Map<string, number>()
for (const word of stopWords) listedWords.set(word, stopWordFlag)
for (const word of publisherVoiceWords) listedWords.set(word, (listedWords.get(word) ?? 0) | voiceWordFlag)

function asciiHash(word: string): number {
  let hash = 0
  for (let index = 0; index < word.length; index++) hash = (hash * 31 + word.charCodeAt(index)) | 0
  return hash
}

/**
 * The listed words of ASCII letters in an open-addressing table keyed by the hash `readLine` takes
 * of a word's lower case: a slot holds the word's index plus one, 0 when empty. Every word of every
 * line is looked up, and most are not listed: an empty slot answers at once, where a `Map` lookup
 * cost as much as reading the word.
 */
const asciiWords = [...listedWords.keys()].filter((word) => [...word].every((character) => character.charCodeAt(0) < 128))
const asciiHashes = Int32Array.from(asciiWords, asciiHash)
const asciiFlags = Uint8Array.from(asciiWords, (word) => listedWords.get(word) ?? 0)
const slotMask = 2 ** Math.ceil(Math.log2(asciiWords.length * 4)) - 1
const slots = new Uint16Array(slotMask + 1)
asciiHashes.forEach((hash, index) => {
  let slot = slotOf(hash)
  while (slots[slot] !== 0) slot = (slot + 1) & slotMask
  slots[slot] = index + 1
})

function slotOf(hash: number): number {
  return (hash ^ (hash >>> 11)) & slotMask
}

/** The flags of the ASCII word `line.slice(start, end)`, whose lower case hashes to `hash`; 0 when it is not listed. */
function listedAscii(line: string, start: number, end: number, hash: number): number {
  for (let slot = slotOf(hash), entry = slots[slot] as number; entry !== 0; slot = (slot + 1) & slotMask, entry = slots[slot] as number) {
    if (asciiHashes[entry - 1] === hash && sameAsciiWord(line, start, end, asciiWords[entry - 1] as string)) return asciiFlags[entry - 1] as number
  }
  return 0
}

function sameAsciiWord(line: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false
  for (let index = 0; index < word.length; index++) {
    const code = line.charCodeAt(start + index)
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== word.charCodeAt(index)) return false
  }
  return true
}

const longestListedWord = Math.max(...[...stopWords, ...publisherVoiceWords].map((word) => word.length))
const letterOrNumber = /^[\p{L}\p{N}]$/u
// What `letterOrNumber` says of each character of the Basic Multilingual Plane, once asked: 1 no, 2 yes.
const bmpLetterOrNumber = new Uint8Array(0x10000)

/** The UTF-16 length of the letter or number at `index`, or 0 when there is none. */
function letterOrNumberWidth(line: string, index: number, end: number): number {
  const code = line.charCodeAt(index)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = index + 1 < end ? (line.codePointAt(index) ?? code) : code
    return point > 0xffff && letterOrNumber.test(String.fromCodePoint(point)) ? 2 : 0
  }
  let known = bmpLetterOrNumber[code] ?? 0
  if (known === 0) {
    known = letterOrNumber.test(line[index] ?? '') ? 2 : 1
    bmpLetterOrNumber[code] = known
  }
  return known === 2 ? 1 : 0
}

const capitalLetter = /^\p{Lu}/u
