import {isWhiteSpace} from '@tidings/lexicon'
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
 * A word is read to its end in a loop of its own, and the counts are kept in locals until the end:
 * a fifth less time than one loop that asked of every character whether a word was open, and
 * wrote to the result as it went.
 */
export function readLine(line: string, start = 0, end = line.length): LineFacts {
  let wordCount = 0
  let stops = 0
  let voiceCount = 0
  let capitalized = 0
  let spacelessScript = false
  let unevenSpace = false
  let quoted = false
  let longerInLowerCase = false
  let afterSpace = false
  let index = start
  while (index < end) {
    let code = line.charCodeAt(index)
    let width: number
    if (code < 128) width = asciiLetterOrDigit[code] as number
    else {
      if (inSpacelessBlock(code)) spacelessScript = true
      if (code === dottedCapitalI) longerInLowerCase = true
      width = letterOrNumberWidth(line, index, end)
    }
    if (width === 0) {
      if (code === 34 || (code >= 128 && quotationMarks.has(code))) quoted = true
      const space = isWhiteSpace(code)
      if (space && (code !== 32 || afterSpace)) unevenSpace = true
      afterSpace = space
      index++
      continue
    }
    // A word, read to its end; the hash is of the lower case of its ASCII characters.
    const wordStart = index
    const firstWidth = width
    let hash = 0
    let ascii = true
    for (;;) {
      if (code < 128) hash = (Math.imul(hash, 31) + (asciiLower[code] as number)) | 0
      else ascii = false
      index += width
      if (index >= end) break
      code = line.charCodeAt(index)
      if (code < 128) {
        width = code === 39 ? 1 : (asciiLetterOrDigit[code] as number)
      } else {
        if (inSpacelessBlock(code)) spacelessScript = true
        if (code === dottedCapitalI) longerInLowerCase = true
        width = code === 0x2019 ? 1 : letterOrNumberWidth(line, index, end)
      }
      if (width === 0) break
    }
    wordCount++
    if (index - wordStart <= longestListedWord) {
      const listed = ascii ? listedAscii(line, wordStart, index, hash) : (listedWords.get(line.slice(wordStart, index).toLowerCase()) ?? 0)
      if (listed & stopWordFlag) stops++
      if (listed & voiceWordFlag) voiceCount++
    }
    const first = line.charCodeAt(wordStart)
    if (first < 128 ? first >= 65 && first <= 90 : capitalLetter.test(line.slice(wordStart, wordStart + firstWidth))) capitalized++
    afterSpace = false
  }
  return {wordCount, stops, voiceCount, capitalized, spacelessScript, unevenSpace, quoted, longerInLowerCase}
}

const asciiLetterOrDigit = Uint8Array.from({length: 128}, (_, code) => ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0))
const asciiLower = Uint8Array.from({length: 128}, (_, code) => (code >= 65 && code <= 90 ? code + 32 : code))

const dottedCapitalI = 0x130
const quotationMarks = new Set([...'"“”«»„'].map((mark) => mark.charCodeAt(0)))

function inSpacelessBlock(code: number): boolean {
  return (code >= 0x0e00 && code < 0x1200) || code >= 0x2e80
}

const stopWordFlag = 1
const voiceWordFlag = 2
/** What each listed word counts as: a stop word, the publisher's voice, or both. */
const listedWords = new Map<string, number>()
for (const word of stopWords) listedWords.set(word, stopWordFlag)
for (const word of publisherVoiceWords) listedWords.set(word, (listedWords.get(word) ?? 0) | voiceWordFlag)

function asciiHash(word: string): number {
  let hash = 0
  for (let index = 0; index < word.length; index++) hash = (Math.imul(hash, 31) + word.charCodeAt(index)) | 0
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
