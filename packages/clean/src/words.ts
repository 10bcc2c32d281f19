import {publisherVoiceWords, stopWords} from './phrases.js'

/** A line or sentence that ends as a sentence does: . ! ? … and closing quotes or brackets. */
export const sentenceEnd = /[.!?…]["”’»)\]]*$/u

/**
 * How many words a line has, and how many are function words, the publisher's voice, or
 * capitalized. A word is what `[\p{L}\p{N}][\p{L}\p{N}'’]*` matches, found by character code:
 * this runs on every line of every page, and the regex, with the word's lower case made for every
 * word however long, cost a quarter of the stage.
 */
export function countWords(line: string): {wordCount: number; stops: number; voiceCount: number; capitalized: number} {
  const counts = {wordCount: 0, stops: 0, voiceCount: 0, capitalized: 0}
  let index = 0
  while (index < line.length) {
    const first = letterOrNumberWidth(line, index)
    if (first === 0) {
      index++
      continue
    }
    const start = index
    index += first
    for (let width = wordCharacterWidth(line, index); width > 0; width = wordCharacterWidth(line, index)) index += width
    counts.wordCount++
    if (index - start <= longestListedWord) {
      const lower = line.slice(start, index).toLowerCase()
      if (stopWords.has(lower)) counts.stops++
      if (publisherVoiceWords.has(lower)) counts.voiceCount++
    }
    const code = line.charCodeAt(start)
    if (code < 128 ? code >= 65 && code <= 90 : capitalLetter.test(line.slice(start, start + first))) counts.capitalized++
  }
  return counts
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

function wordCharacterWidth(line: string, index: number): number {
  if (index >= line.length) return 0
  const code = line.charCodeAt(index)
  return code === 39 || code === 0x2019 ? 1 : letterOrNumberWidth(line, index)
}

const capitalLetter = /^\p{Lu}/u

