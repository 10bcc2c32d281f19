import type {Anchors} from './rules/types.js'
import {alternation, lowerWords} from './text.js'

/**
 * Where each rule's first and last anchors stand in a sentence, counted from its start, -1 where
 * it has none. The arrays are the scan's own, overwritten by its next sentence.
 */
export interface AnchorPlaces {
  first: Int32Array
  last: Int32Array
  /**
   * Where the sentence's last digits end, -1 when it holds none. A match of a rule anchored on
   * digits opens at or before digits it holds, so this bounds it where `last` may not: the run
   * after a joiner is read from its second digit, and "2015" in "2010-2015" marks no long digits.
   */
  digitsEnd: number
  /**
   * Where the sentence's first digits start, -1 when it holds none: digits the marks passed over
   * may stand before a digit rule's first anchor, as "2022" in "30.04.2022" does.
   */
  digitsStart: number
}

/**
 * The anchors of the sentence from `start` to `end` of `text`; undefined when it holds none at
 * all. The text is read in place: most sentences hold no anchor, and need no string of their own.
 */
export type AnchorScan = (text: string, start: number, end: number) => AnchorPlaces | undefined

// A filter of one bit per hash of the anchor words and phrases' last words: most words of a
// sentence miss it. Its 8 KB stay in the processor's nearest cache, where a byte each (64 KB)
// missed it on every word.
const filterBits = 16
const filterMask = (1 << filterBits) - 1
const hashStart = 0x811c9dc5 | 0
const hashStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193)

const isAsciiWord = (word: string) => /^[a-z]+$/.test(word)

const isDigit = (code: number) => code >= 48 && code <= 57
// A code with bit 5 set lands in a-z only from A-Z or a-z.
const isAsciiLetter = (folded: number) => folded >= 97 && folded <= 122
// ":", "/", ".", "-", "h" or "H" between digits: "10:30", "2/15", "15h00".
const joins = (code: number) => code === 58 || code === 47 || code === 46 || code === 45 || (code | 32) === 104

/** What a word of one hash may end: the anchor words of that hash, and the phrases whose last word has it. */
interface Ending {
  words: Array<{word: string; anyCase: ReadonlyArray<number>; capitalized: ReadonlyArray<number>}>
  phrases: Phrase[]
  /** The most words any of its phrases holds before it: the scan reads back no further. */
  wordsBack: number
}

/** A phrase of a rule: the hashes of the words before its last word, in order. */
interface Phrase {
  words: ReadonlyArray<number>
  rule: number
}

/**
 * Reads the anchors of every rule (in the order given) into one scan of a sentence. A word counts
 * as a whole run of ASCII letters (any other character may touch it, as in "5pm"), in any case,
 * or with a capital for `names`; a digit run of four or more is `long`, digits joined by a
 * separator to a digit `joined`. The scan walks the characters once and hashes each run of
 * letters as it goes, so a word that anchors nothing allocates nothing. A phrase is found at its
 * last word, by the hashes of the words before it, and stands where its first word does. Anchor
 * words with letters beyond ASCII, which only a lexicon option brings, are found by a regex of
 * their own (a phrase with one, by each of its words).
 */
export function createAnchorScan(anchorsByRule: ReadonlyArray<Anchors>): AnchorScan {
  const {anyCase, capitalized, long, joined, anyDigits, phrases} = indexAnchors(anchorsByRule)
  const {endings, filter, beyondAscii, longestPhrase} = indexEndings(anyCase, capitalized, phrases)
  // The hashes and starts of the words before a phrase's last word, nearest first, read back only when a last word turns up.
  const hashesBefore = new Int32Array(longestPhrase)
  const startsBefore = new Int32Array(longestPhrase)
  const otherWords = beyondAscii.length > 0 ? new RegExp(`(?<![a-z])(?:${alternation(beyondAscii)})(?![a-z])`, 'gi') : undefined
  const {markRule, mark, clear, placesWith} = createMarks(anchorsByRule.length)
  const markWord = (word: string, capital: boolean, at: number) => {
    const lower = word.toLowerCase()
    mark(anyCase.get(lower), at)
    if (capital) mark(capitalized.get(lower), at)
  }
  const markEnding = (text: string, start: number, from: number, to: number, hash: number) => {
    const found = endings.get(hash)
    if (found === undefined) return
    for (const {word, anyCase, capitalized} of found.words) {
      if (!sameWord(text, from, to, word)) continue
      mark(anyCase, from - start)
      if (text.charCodeAt(from) <= 90) mark(capitalized, from - start)
    }
    if (found.phrases.length > 0) markPhrases(text, start, from, found)
  }
  const markPhrases = (text: string, start: number, at: number, {phrases: list, wordsBack}: Ending) => {
    const read = wordsBefore(text, start, at, wordsBack, hashesBefore, startsBefore)
    for (const {words, rule} of list) {
      if (words.length > read) continue
      let same = true
      for (let back = 0; same && back < words.length; back++) same = words[words.length - 1 - back] === hashesBefore[back]
      if (same) markRule(rule, (startsBefore[words.length - 1] as number) - start)
    }
  }

  return (text, start, end) => {
    clear()
    let digitsStart = -1
    let digitsEnd = -1
    let index = start
    while (index < end) {
      const code = text.charCodeAt(index)
      if (isAsciiLetter(code | 32)) {
        const from = index
        let hash = hashStep(hashStart, code | 32)
        for (index++; index < end; index++) {
          const folded = text.charCodeAt(index) | 32
          if (!isAsciiLetter(folded)) break
          hash = hashStep(hash, folded)
        }
        if ((((filter[(hash & filterMask) >>> 5] as number) >>> (hash & 31)) & 1) !== 0) markEnding(text, start, from, index, hash)
      } else if (isDigit(code)) {
        const from = index
        if (digitsStart === -1) digitsStart = from - start
        for (index++; index < end && isDigit(text.charCodeAt(index)); ) index++
        mark(anyDigits, from - start)
        if (index - from >= 4) mark(long, from - start)
        if (index + 1 < end && joins(text.charCodeAt(index)) && isDigit(text.charCodeAt(index + 1))) {
          mark(joined, from - start)
          index += 2
        }
        digitsEnd = index - start
      } else {
        index++
      }
    }
    if (otherWords) {
      const sentence = text.slice(start, end)
      otherWords.lastIndex = 0
      for (let match = otherWords.exec(sentence); match; match = otherWords.exec(sentence)) {
        const word = match[0]
        markWord(word, word.toLowerCase().charCodeAt(0) !== word.charCodeAt(0), match.index)
      }
    }
    return placesWith(digitsStart, digitsEnd)
  }
}

/**
 * Each rule's first and last anchors in the sentence being read. Only the rules marked in the
 * last sentence are set back: most rules are marked in no sentence.
 */
function createMarks(ruleCount: number) {
  const first = new Int32Array(ruleCount).fill(-1)
  // Read only where `first` is set, so it needs no -1 back.
  const last = new Int32Array(ruleCount)
  const places: AnchorPlaces = {first, last, digitsStart: -1, digitsEnd: -1}
  const marked = new Int32Array(ruleCount)
  let markedCount = 0
  const markRule = (rule: number, at: number) => {
    const before = first[rule] as number
    if (before === -1) {
      marked[markedCount++] = rule
      first[rule] = at
      last[rule] = at
    } else if (at < before) first[rule] = at
    else if (at > (last[rule] as number)) last[rule] = at
  }
  const mark = (rules: ReadonlyArray<number> | undefined, at: number) => {
    if (rules !== undefined) for (const rule of rules) markRule(rule, at)
  }
  const clear = () => {
    for (let index = 0; index < markedCount; index++) first[marked[index] as number] = -1
    markedCount = 0
  }
  const placesWith = (digitsStart: number, digitsEnd: number) => {
    places.digitsStart = digitsStart
    places.digitsEnd = digitsEnd
    return markedCount > 0 ? places : undefined
  }
  return {markRule, mark, clear, placesWith}
}

/**
 * The anchor words and phrases by the hash of their last word, with a filter of those hashes; the
 * words with letters beyond ASCII apart, which the hash does not read.
 */
function indexEndings(anyCase: Map<string, number[]>, capitalized: Map<string, number[]>, phrases: Map<number, Phrase[]>) {
  const endings = new Map<number, Ending>()
  const ending = (hash: number) => {
    const found = endings.get(hash) ?? {words: [], phrases: [], wordsBack: 0}
    endings.set(hash, found)
    return found
  }
  const beyondAscii: string[] = []
  for (const word of new Set([...anyCase.keys(), ...capitalized.keys()])) {
    if (isAsciiWord(word)) ending(hashLetters(word, 0, word.length)).words.push({word, anyCase: anyCase.get(word) ?? [], capitalized: capitalized.get(word) ?? []})
    else beyondAscii.push(word)
  }
  for (const [last, list] of phrases) {
    const found = ending(last)
    found.phrases.push(...list)
    found.wordsBack = Math.max(found.wordsBack, ...list.map(({words}) => words.length))
  }
  const filter = new Uint32Array((filterMask + 1) >>> 5)
  for (const hash of endings.keys()) filter[(hash & filterMask) >>> 5] = (filter[(hash & filterMask) >>> 5] as number) | (1 << (hash & 31))
  const longestPhrase = Math.max(1, ...[...phrases.values()].flatMap((list) => list.map(({words}) => words.length)))
  return {endings, filter, beyondAscii, longestPhrase}
}

/** Whether the letters of `text` from `from` to `to` are `word` (lower-case ASCII) in any case. */
function sameWord(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false
  for (let index = 0; index < word.length; index++) if ((text.charCodeAt(from + index) | 32) !== word.charCodeAt(index)) return false
  return true
}

/**
 * Reads back from `at` the hashes and starts of up to `limit` words before it (nearest first)
 * that the sentence from `start` holds, and says how many it read.
 */
function wordsBefore(text: string, start: number, at: number, limit: number, hashes: Int32Array, starts: Int32Array): number {
  let index = at - 1
  for (let count = 0; count < limit; count++) {
    while (index >= start && !isAsciiLetter(text.charCodeAt(index) | 32)) index--
    if (index < start) return count
    const end = index + 1
    while (index >= start && isAsciiLetter(text.charCodeAt(index) | 32)) index--
    hashes[count] = hashLetters(text, index + 1, end)
    starts[count] = index + 1
  }
  return limit
}

/** The hash the scan takes of the ASCII letters of `text` from `from` to `to`, in any case: of a word in the text, or of an anchor word whole. */
function hashLetters(text: string, from: number, to: number): number {
  let hash = hashStart
  for (let index = from; index < to; index++) hash = hashStep(hash, text.charCodeAt(index) | 32)
  return hash
}

/**
 * The rules anchored on each word (in any case, or capitalized), on each phrase (by the hash of its
 * last word) and on long or joined digits, by index.
 */
function indexAnchors(anchorsByRule: ReadonlyArray<Anchors>) {
  const anyCase = new Map<string, number[]>()
  const capitalized = new Map<string, number[]>()
  const long: number[] = []
  const joined: number[] = []
  const anyDigits: number[] = []
  const phrases = new Map<number, Phrase[]>()
  const add = (map: Map<string, number[]>, phrases: Iterable<string> | undefined, index: number) => {
    for (const phrase of phrases ?? []) {
      for (const word of lowerWords(phrase)) {
        const list = map.get(word) ?? []
        if (!list.includes(index)) list.push(index)
        map.set(word, list)
      }
    }
  }
  for (const [index, anchors] of anchorsByRule.entries()) {
    add(anyCase, anchors.words, index)
    add(capitalized, anchors.names, index)
    for (const phrase of anchors.phrases ?? []) {
      const words = lowerWords(phrase)
      // A phrase of one word is that word; one with a letter beyond ASCII is found by any of its words, as words are.
      if (words.length < 2 || !words.every(isAsciiWord)) {
        add(anyCase, [phrase], index)
        continue
      }
      const hashes = words.map((word) => hashLetters(word, 0, word.length))
      const last = hashes.pop() as number
      phrases.set(last, [...(phrases.get(last) ?? []), {words: hashes, rule: index}])
    }
    if (anchors.digits === 'long') long.push(index)
    // Digits joined by a separator may also be a long run ("2024-02-15").
    if (anchors.digits === 'joined') joined.push(index)
    if (anchors.digits === 'any') anyDigits.push(index)
  }
  return {anyCase, capitalized, long, joined, anyDigits, phrases}
}
