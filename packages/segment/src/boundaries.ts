import type {Span} from '@tidings/core'
import {isSpace, listBullets, trimSpan} from '@tidings/lexicon'

/** The lists `sentenceSpans` decides with, in lower case (`abbreviationSets` of the shared lexicon). */
export interface Lexicon {
  titles: ReadonlySet<string>
  names: ReadonlySet<string>
  units: ReadonlySet<string>
  sentenceStarters: ReadonlySet<string>
}

const terminal = /[.!?…]/g
const closers = new Set(['"', "'", '”', '’', ')', ']', '»', '›'])
const openers = new Set(['"', "'", '“', '‘', '(', '[', '«', '‹'])
const bullets = new Set(listBullets)
// The sign of a list marker ("•", the "." of "12.", the ")" of "b)"): one character class, which V8
// scans for far faster than a pattern with alternatives tried at every character.
const markerSign = /[.)•⁃‣◦▪·]/g

/**
 * Sentence spans of `text.slice(span.start, span.end)`, in `text`'s offsets, trimmed of white space.
 * One pass over the text: each run of closing punctuation is a candidate, decided by the words on
 * either side; list markers cut before themselves. Linear in the length of the span.
 */
export function sentenceSpans(text: string, span: Span, lexicon: Lexicon): Span[] {
  const protectedSpans = protectedRegions(text, span)
  const list = listMarkers(text, span)
  const cuts: number[] = [...list.cuts]
  let sentenceStart = span.start
  terminal.lastIndex = span.start
  for (let match = terminal.exec(text); match && match.index < span.end; match = terminal.exec(text)) {
    const index = match.index
    if (isProtected(protectedSpans, index) || list.markerStops.has(index)) continue
    const run = punctuationRun(text, index, span.end)
    terminal.lastIndex = run.end
    const cut = decide(text, index, run, span, sentenceStart, lexicon)
    if (cut !== undefined) {
      cuts.push(cut)
      sentenceStart = cut
    }
  }
  cuts.sort((a, b) => a - b)
  const spans: Span[] = []
  let start = span.start
  for (const cut of [...cuts, span.end]) {
    const trimmed = trimSpan(text, {start, end: Math.min(cut, span.end)})
    if (trimmed.end > trimmed.start) spans.push(trimmed)
    start = Math.max(start, cut)
  }
  return spans
}

interface Run {
  /** After the punctuation and the closing quotes or brackets that follow it. */
  end: number
  dots: number
  exclaims: boolean
  /** ". . . ." right after a word: a full stop, then an ellipsis that opens the next sentence. */
  periodThenEllipsis: boolean
}

function punctuationRun(text: string, index: number, limit: number): Run {
  let end = index
  let dots = 0
  let exclaims = false
  let spacedDots = 0
  while (end < limit) {
    const character = text[end]
    if (character === '.' || character === '…') dots += character === '…' ? 3 : 1
    else if (character === '!' || character === '?') exclaims = true
    else if (character === ' ' && text[end + 1] === '.' && dots > 0) spacedDots++
    else break
    end++
  }
  while (end < limit && closers.has(text[end] as string)) end++
  const periodThenEllipsis = dots >= 4 && spacedDots >= 3 && isLetter(text.charCodeAt(index - 1))
  return {end, dots, exclaims, periodThenEllipsis}
}

function decide(text: string, index: number, run: Run, span: Span, sentenceStart: number, lexicon: Lexicon): number | undefined {
  if (run.end >= span.end) return run.end
  const after = text.charCodeAt(run.end)
  if (!isSpace(after)) return gluedCut(text, index, run, lexicon)
  let next = run.end
  while (next < span.end && isSpace(text.charCodeAt(next))) next++
  if (next >= span.end) return run.end
  const nextWord = wordAt(text, next, span.end)
  const first = nextWord.charCodeAt(0)
  if (run.periodThenEllipsis && isUpper(first)) return index + 1
  if (run.dots === 3 && !run.exclaims) return undefined
  if (isLower(first)) return undefined
  if (run.exclaims || run.dots >= 4) return run.end
  const before = tokenBefore(text, index, sentenceStart)
  const key = before.toLowerCase()
  if (isDigit(first)) return isAbbreviation(key, lexicon) || /^\d/.test(before) ? undefined : run.end
  if (lexicon.titles.has(key)) return undefined
  if (/^\p{Lu}$/u.test(before)) {
    // One capital: an initial ("Jonas E. Smith"), unless it is the pronoun after a lower-case word.
    const previous = tokenBefore(text, index - before.length - 1, sentenceStart)
    return isLower(previous.charCodeAt(0)) && startsSentence(nextWord, lexicon) ? run.end : undefined
  }
  // "5 p.m. EST Nov. 9": a time zone after a time continues the sentence.
  if (lexicon.units.has(key)) return wordCount(text, sentenceStart, index) > 3 && !isTimeZone(nextWord, lexicon) ? run.end : undefined
  if (lexicon.names.has(key) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) return startsSentence(nextWord, lexicon) ? run.end : undefined
  return run.end
}

/** "difference.Russia’s", "Tuesday.Mr. Smith": a sentence glued to the next one without a space. */
function gluedCut(text: string, index: number, run: Run, lexicon: Lexicon): number | undefined {
  if (run.end !== index + 1) return undefined
  const previous = text.charCodeAt(index - 1)
  if (!(isLower(previous) || isDigit(previous))) return undefined
  if (!isUpper(text.charCodeAt(run.end)) || !isLower(text.charCodeAt(run.end + 1))) return undefined
  const before = tokenBefore(text, index, 0)
  return isAbbreviation(before.toLowerCase(), lexicon) ? undefined : run.end
}

function isTimeZone(word: string, lexicon: Lexicon): boolean {
  const bare = word.replace(/[,.;]$/, '')
  return bare === bare.toUpperCase() && lexicon.units.has(bare.toLowerCase())
}

function isAbbreviation(key: string, lexicon: Lexicon): boolean {
  return lexicon.titles.has(key) || lexicon.names.has(key) || lexicon.units.has(key)
}

function startsSentence(word: string, lexicon: Lexicon): boolean {
  let end = word.length
  while (end > 0 && !isLetter(word.charCodeAt(end - 1))) end--
  return lexicon.sentenceStarters.has(word.slice(0, end).toLowerCase())
}

/** The token that ends at `index` (the punctuation's position), without opening quotes or brackets. */
function tokenBefore(text: string, index: number, floor: number): string {
  let start = index
  while (start > floor && !isSpace(text.charCodeAt(start - 1))) start--
  while (start < index && openers.has(text[start] as string)) start++
  return text.slice(start, index)
}

/** The word that starts at `index`, without opening quotes or brackets. */
function wordAt(text: string, index: number, limit: number): string {
  let start = index
  while (start < limit && openers.has(text[start] as string)) start++
  let end = start
  while (end < limit && !isSpace(text.charCodeAt(end))) end++
  return text.slice(start, end)
}

function wordCount(text: string, start: number, end: number): number {
  let count = 0
  let inWord = false
  for (let index = start; index < end; index++) {
    const space = isSpace(text.charCodeAt(index))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

interface ListMarkers {
  /** Where a list item starts a new sentence. */
  cuts: number[]
  /** Full stops that belong to a list marker ("1.", "a."), never a sentence end. */
  markerStops: Set<number>
}

/**
 * "1.) The first item 2.) The second item", "• 9. First • 10. Second", "a. One b. Two": markers that
 * count up by one (or bullets that repeat) cut before themselves. A lone "1." opening the text is a
 * marker too.
 */
function listMarkers(text: string, span: Span): ListMarkers {
  const found: Array<{start: number; stop: number; value: number; bullet: boolean}> = []
  markerSign.lastIndex = span.start
  for (let match = markerSign.exec(text); match && match.index < span.end; match = markerSign.exec(text)) {
    const index = markerStartBefore(text, match.index, span.start)
    const marker = index >= 0 && (index === span.start || isSpace(text.charCodeAt(index - 1))) ? markerAt(text, index, span.end) : undefined
    if (marker) {
      found.push(marker)
      markerSign.lastIndex = Math.max(marker.stop, match.index) + 1
    }
  }
  const cuts: number[] = []
  const markerStops = new Set<number>()
  for (const [position, marker] of found.entries()) {
    const previous = found[position - 1]
    const following = found[position + 1]
    const inSequence =
      (previous && (marker.value === previous.value + 1 || (marker.bullet && previous.bullet))) ||
      (following && (following.value === marker.value + 1 || (marker.bullet && following.bullet)))
    if (inSequence || (marker.start === span.start && marker.value <= 1)) {
      if (marker.stop >= 0) markerStops.add(marker.stop)
      if (previous && inSequence && marker.start > span.start) cuts.push(marker.start)
    }
  }
  return {cuts, markerStops}
}

/** Where the marker whose sign is at `sign` begins: the bullet itself, or one to three digits or one lower-case letter before a "." or ")"; -1 if none. */
function markerStartBefore(text: string, sign: number, from: number): number {
  if (bullets.has(text[sign] as string)) return sign
  let start = sign
  while (start > from && sign - start < 4 && isDigit(text.charCodeAt(start - 1))) start--
  // A fourth digit makes a number, not a marker ("1999.").
  if (start < sign) return sign - start <= 3 ? start : -1
  const letter = text.charCodeAt(sign - 1)
  return sign > from && letter >= 97 && letter <= 122 ? sign - 1 : -1
}

function markerAt(text: string, index: number, limit: number): {start: number; stop: number; value: number; bullet: boolean} | undefined {
  let cursor = index
  const bullet = bullets.has(text[cursor] as string)
  if (bullet) {
    cursor++
    while (cursor < limit && text[cursor] === ' ') cursor++
  }
  let digits = ''
  while (cursor < limit && digits.length < 3 && isDigit(text.charCodeAt(cursor))) digits += text[cursor++]
  let value: number
  if (digits) value = Number(digits)
  // Letter markers count a, b, c from 1001, so a letter never continues a number.
  else if (!bullet && /[a-z]/.test(text[cursor] ?? '') && !isLetter(text.charCodeAt(cursor + 1))) value = 1000 + text.charCodeAt(cursor++) - 96
  else return bullet && cursor < limit ? {start: index, stop: -1, value: -1, bullet} : undefined
  let stop = -1
  if (text[cursor] === '.') stop = cursor++
  if (text[cursor] === ')') cursor++
  else if (stop === -1) return undefined
  if (!(cursor < limit && isSpace(text.charCodeAt(cursor)))) return undefined
  return {start: index, stop, value, bullet}
}

/** URLs and e-mail addresses, whose full stops are not sentence ends. Found without backtracking. */
function protectedRegions(text: string, span: Span): Span[] {
  const regions: Span[] = []
  // Searched in the paragraph alone: a search of the text from the paragraph on would run to the
  // end of the text once a paragraph, quadratic in a long article's paragraphs.
  const paragraph = text.slice(span.start, span.end)
  for (let found = paragraph.indexOf('@'); found !== -1; found = paragraph.indexOf('@', found + 1)) {
    const at = span.start + found
    let start = at
    while (start > span.start && /[\w.+-]/.test(text[start - 1] as string)) start--
    let end = at + 1
    while (end < span.end && /[\w.-]/.test(text[end] as string)) end++
    while (end > at + 1 && text[end - 1] === '.') end--
    if (start < at && end > at + 1) regions.push({start, end})
  }
  for (const prefix of ['http://', 'https://', 'www.']) {
    for (let found = paragraph.indexOf(prefix); found !== -1; found = paragraph.indexOf(prefix, found + 1)) {
      const at = span.start + found
      let end = at
      while (end < span.end && !isSpace(text.charCodeAt(end))) end++
      while (end > at && /[.,;:!?)'"\]]/.test(text[end - 1] as string)) end--
      regions.push({start: at, end})
    }
  }
  return regions
}

function isProtected(regions: ReadonlyArray<Span>, index: number): boolean {
  return regions.some((region) => region.start <= index && index < region.end)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toUpperCase())
}

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toLowerCase())
}

function isLetter(code: number): boolean {
  return isLower(code) || isUpper(code)
}
