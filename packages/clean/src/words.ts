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
 * word however long, cost a quarter of the stage. A word of ASCII characters walks a trie of the
 * listed words as it is read, so the common word makes no string and needs no lookup at its end;
 * a word beyond ASCII is looked up by its lower case only when each of its characters may stand in
 * a listed word (not when it holds the ’ of "don’t", the commonest case).
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
  let index = start | 0
  const trie = asciiTrie
  const wordCharacter = asciiLetterOrDigit
  while (index < end) {
    let code = line.charCodeAt(index)
    let width: number
    if (code < 128) width = wordCharacter[code] as number
    else {
      if (inSpacelessBlock(code)) spacelessScript = true
      if (code === dottedCapitalI) longerInLowerCase = true
      width = letterOrNumberWidth(line, index, end) | 0
    }
    if (width === 0) {
      if (code === 34 || (code >= 128 && quotationMarks.has(code))) quoted = true
      const space = isWhiteSpace(code)
      if (space && (code !== 32 || afterSpace)) unevenSpace = true
      afterSpace = space
      index++
      continue
    }
    // A word, read to its end: along the trie while it may still be a listed word, then in a
    // loop that only finds its end. Most words leave the trie within a few letters, and each
    // step along it waits on the one before.
    const wordStart = index
    const firstCode = code
    const firstWidth = width
    let state = trieRoot
    for (;;) {
      if (code < 128) state = trie[(state << 7) | code] as number
      else if (state !== unlisted) state = mayStandInListedWord(code) ? beyondAscii : unlisted
      index += width
      if (index >= end) break
      code = line.charCodeAt(index)
      if (code < 128) {
        width = code === 39 ? 1 : (wordCharacter[code] as number)
      } else {
        if (inSpacelessBlock(code)) spacelessScript = true
        if (code === dottedCapitalI) longerInLowerCase = true
        width = code === 0x2019 ? 1 : letterOrNumberWidth(line, index, end) | 0
      }
      if (width === 0) break
      if (state === unlisted) {
        for (;;) {
          index += width
          if (index >= end) break
          code = line.charCodeAt(index)
          if (code < 128) {
            // Letters and digits by arithmetic: a table read costs a check of the table each time.
            if (((code | 32) - 97) >>> 0 >= 26 && (code - 48) >>> 0 >= 10 && code !== 39) break
            width = 1
          } else {
            if (inSpacelessBlock(code)) spacelessScript = true
            if (code === dottedCapitalI) longerInLowerCase = true
            width = code === 0x2019 ? 1 : letterOrNumberWidth(line, index, end) | 0
            if (width === 0) break
          }
        }
        break
      }
    }
    wordCount++
    const listed = state !== beyondAscii ? (trieFlags[state] as number) : index - wordStart <= longestListedWord ? (listedWords.get(line.slice(wordStart, index).toLowerCase()) ?? 0) : 0
    if (listed & stopWordFlag) stops++
    if (listed & voiceWordFlag) voiceCount++
    if (firstCode < 128 ? firstCode >= 65 && firstCode <= 90 : capitalLetter.test(line.slice(wordStart, wordStart + firstWidth))) capitalized++
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

/**
 * The listed words as a trie a word walks as it is read, a step a character: row `state` of
 * `asciiTrie` holds the state after each ASCII code, upper and lower case alike, and `trieFlags`
 * what the word read up to a state is listed as. Two states are not prefixes of words: `unlisted`,
 * once no listed word can go on so, and `beyondAscii`, once a character beyond ASCII that a listed
 * word may hold comes (the word is then looked up by its lower case); neither is ever left by an
 * ASCII code. Every word of every line is looked up, and most are not listed: a hash table of the
 * words was as fast only when the hash found no word, and compared a character at a time when it did.
 */
const unlisted = 0
const trieRoot = 1
const beyondAscii = 2
const trieStates: string[] = ['', '', '']
const stateOf = new Map<string, number>([['', trieRoot]])
// Every listed word's start in ASCII is a state: "m" of "más" leads to `beyondAscii` by "á".
for (const word of listedWords.keys()) {
  for (let length = 1; length <= word.length && word.charCodeAt(length - 1) < 128; length++) {
    const prefix = word.slice(0, length)
    if (stateOf.has(prefix)) continue
    stateOf.set(prefix, trieStates.length)
    trieStates.push(prefix)
  }
}
const asciiTrie = new Uint16Array(trieStates.length * 128)
const trieFlags = new Uint8Array(trieStates.length)
trieStates.forEach((prefix, state) => {
  if (state === beyondAscii) asciiTrie.fill(beyondAscii, state << 7, (state + 1) << 7)
  if (state === unlisted || state === beyondAscii) return
  trieFlags[state] = listedWords.get(prefix) ?? 0
  if (state === trieRoot) return
  // Each state written into its prefix's row, by its last character in either case (a row's other
  // codes stay 0, \`unlisted\`): asking every row for all 128 codes made 34,000 strings and map
  // lookups at every start.
  const last = prefix.charCodeAt(prefix.length - 1)
  const parent = (stateOf.get(prefix.slice(0, -1)) as number) << 7
  for (let code = 0; code < 128; code++) if (asciiLower[code] === last) asciiTrie[parent | code] = state
})

const listedCodeUnits = new Set([...listedWords.keys()].flatMap((word) => Array.from({length: word.length}, (_, index) => word.charCodeAt(index))))
// What `mayStandInListedWord` says of each code unit beyond ASCII, once asked: 1 no, 2 yes.
const inListedWord = new Uint8Array(0x10000)
const capitalSigma = 0x3a3

/**
 * Whether a word holding the code unit `code` may be listed: its lower case is made of code units
 * of listed words. A character's lower case inside a word is its lower case alone, but for "Σ",
 * whose lower case ends a word as "ς": a word holding it is always looked up.
 */
function mayStandInListedWord(code: number): boolean {
  let known = inListedWord[code] as number
  if (known === 0) {
    const lower = String.fromCharCode(code).toLowerCase()
    known = code === capitalSigma || Array.from({length: lower.length}, (_, index) => lower.charCodeAt(index)).every((unit) => listedCodeUnits.has(unit)) ? 2 : 1
    inListedWord[code] = known
  }
  return known === 2
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
