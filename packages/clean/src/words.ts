import {publisherVoiceWords, stopWords} from './phrases.js'

/** A line or sentence that ends as a sentence does: . ! ? … and closing quotes or brackets. */
export const sentenceEnd = /[.!?…]["”’»)\]]*$/u

/**
 * How many words a line has, and how many are function words, the publisher's voice, or
 * capitalized. A word is what `[\p{L}\p{N}][\p{L}\p{N}'’]*` matches, found by character code:
 * this runs on every line of every page, and the regex, with the word's lower case made for every
 * word however long, cost a quarter of the stage. A word of ASCII letters is looked up in the lists
 * by a hash of its lower case, taken as it is read, so the common word makes no string at all.
 */
export function countWords(line: string): {wordCount: number; stops: number; voiceCount: number; capitalized: number} {
  const counts = {wordCount: 0, stops: 0, voiceCount: 0, capitalized: 0}
  const length = line.length
  let index = 0
  while (index < length) {
    const first = wordStartWidth(line, index)
    if (first === 0) {
      index++
      continue
    }
    const start = index
    let hash = 0
    let ascii = true
    for (let width = first; width > 0; width = wordCharacterWidth(line, index, length)) {
      const code = line.charCodeAt(index)
      if (code >= 128) ascii = false
      else hash = (hash * 31 + (code >= 65 && code <= 90 ? code + 32 : code)) | 0
      index += width
    }
    counts.wordCount++
    if (index - start <= longestListedWord) {
      const listed = ascii ? listedAscii(line, start, index, hash) : listedWords.get(line.slice(start, index).toLowerCase())
      if (listed !== undefined) {
        if (listed & stopWordFlag) counts.stops++
        if (listed & voiceWordFlag) counts.voiceCount++
      }
    }
    const code = line.charCodeAt(start)
    if (code < 128 ? code >= 65 && code <= 90 : capitalLetter.test(line.slice(start, start + first))) counts.capitalized++
  }
  return counts
}

/** The UTF-16 length of the letter or number at `index`, or 0: ASCII told in place, the rest asked of `letterOrNumberWidth`. */
function wordStartWidth(line: string, index: number): number {
  const code = line.charCodeAt(index)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0
  return letterOrNumberWidth(line, index)
}

const stopWordFlag = 1
const voiceWordFlag = 2
/** What each listed word counts as: a stop word, the publisher's voice, or both. */
const listedWords = new Map<string, number>()
for (const word of stopWords) listedWords.set(word, stopWordFlag)
for (const word of publisherVoiceWords) listedWords.set(word, (listedWords.get(word) ?? 0) | voiceWordFlag)

/** The listed words of ASCII letters by the hash `countWords` takes of a word's lower case. */
const listedByHash = new Map<number, string[]>()
for (const word of listedWords.keys()) {
  if ([...word].some((character) => character.charCodeAt(0) >= 128)) continue
  let hash = 0
  for (let index = 0; index < word.length; index++) hash = (hash * 31 + word.charCodeAt(index)) | 0
  listedByHash.set(hash, [...(listedByHash.get(hash) ?? []), word])
}

/** The flags of the ASCII word `line.slice(start, end)`, whose lower case hashes to `hash`. */
function listedAscii(line: string, start: number, end: number, hash: number): number | undefined {
  for (const word of listedByHash.get(hash) ?? []) {
    if (word.length !== end - start) continue
    let same = true
    for (let index = 0; index < word.length && same; index++) {
      const code = line.charCodeAt(start + index)
      same = (code >= 65 && code <= 90 ? code + 32 : code) === word.charCodeAt(index)
    }
    if (same) return listedWords.get(word)
  }
  return undefined
}

const longestListedWord = Math.max(...[...stopWords, ...publisherVoiceWords].map((word) => word.length))
const letterOrNumber = /^[\p{L}\p{N}]$/u
// What `letterOrNumber` says of each character of the Basic Multilingual Plane, once asked: 1 no, 2 yes.
const bmpLetterOrNumber = new Uint8Array(0x10000)

/** The UTF-16 length of the letter or number at `index`, or 0 when there is none. */
function letterOrNumberWidth(line: string, index: number): number {
  const code = line.charCodeAt(index)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = line.codePointAt(index) ?? code
    return point > 0xffff && letterOrNumber.test(String.fromCodePoint(point)) ? 2 : 0
  }
  let known = bmpLetterOrNumber[code] ?? 0
  if (known === 0) {
    known = letterOrNumber.test(line[index] ?? '') ? 2 : 1
    bmpLetterOrNumber[code] = known
  }
  return known === 2 ? 1 : 0
}

function wordCharacterWidth(line: string, index: number, length: number): number {
  if (index >= length) return 0
  const code = line.charCodeAt(index)
  if (code < 128) return code === 39 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0
  return code === 0x2019 ? 1 : letterOrNumberWidth(line, index)
}

const capitalLetter = /^\p{Lu}/u

