import type {Anchors} from './rules/types.js'
import {alternation, lowerWords} from './text.js'

/**
 * Where each rule's first anchor stands in the sentence from `start` to `end` of `text` (counted
 * from `start`), -1 where it has none; undefined when it holds none at all. The text is read in
 * place: most sentences hold no anchor, and need no string of their own.
 */
export type AnchorScan = (text: string, start: number, end: number) => Int32Array | undefined

// A filter of the anchor words' hashes: most words of a sentence miss it, and cost no string.
const filterMask = (1 << 16) - 1
const hashStart = 0x811c9dc5 | 0
const hashStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193)

const isDigit = (code: number) => code >= 48 && code <= 57
// A code with bit 5 set lands in a-z only from A-Z or a-z.
const isAsciiLetter = (folded: number) => folded >= 97 && folded <= 122
// ":", "/", ".", "-", "h" or "H" between digits: "10:30", "2/15", "15h00".
const joins = (code: number) => code === 58 || code === 47 || code === 46 || code === 45 || (code | 32) === 104

/**
 * Reads the anchors of every rule (in the order given) into one scan of a sentence. A word counts
 * as a whole run of ASCII letters (any other character may touch it, as in "5pm"), in any case,
 * or with a capital for `names`; a digit run of four or more is `long`, digits joined by a
 * separator to a digit `joined`. The scan walks the characters once and hashes each run of
 * letters as it goes, so a word that anchors nothing allocates nothing. Anchor words with
 * letters beyond ASCII, which only a lexicon option brings, are found by a regex of their own.
 */
export function createAnchorScan(anchorsByRule: ReadonlyArray<Anchors>): AnchorScan {
  const {anyCase, capitalized, long, joined} = indexAnchors(anchorsByRule)
  const filter = new Uint8Array(filterMask + 1)
  const beyondAscii: string[] = []
  for (const word of new Set([...anyCase.keys(), ...capitalized.keys()])) {
    if (/^[a-z]+$/.test(word)) filter[hashOf(word) & filterMask] = 1
    else beyondAscii.push(word)
  }
  const otherWords = beyondAscii.length > 0 ? new RegExp(`(?<![a-z])(?:${alternation(beyondAscii)})(?![a-z])`, 'gi') : undefined
  const first = new Int32Array(anchorsByRule.length)
  let any = false
  const mark = (rules: ReadonlyArray<number> | undefined, at: number) => {
    if (rules === undefined) return
    for (const rule of rules) if (first[rule] === -1 || at < (first[rule] as number)) first[rule] = at
    any ||= rules.length > 0
  }
  const markWord = (word: string, capital: boolean, at: number) => {
    const lower = word.toLowerCase()
    mark(anyCase.get(lower), at)
    if (capital) mark(capitalized.get(lower), at)
  }

  return (text, start, end) => {
    first.fill(-1)
    any = false
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
        if (filter[hash & filterMask] === 1) markWord(text.slice(from, index), code <= 90, from - start)
      } else if (isDigit(code)) {
        const from = index
        for (index++; index < end && isDigit(text.charCodeAt(index)); ) index++
        if (index - from >= 4) mark(long, from - start)
        if (index + 1 < end && joins(text.charCodeAt(index)) && isDigit(text.charCodeAt(index + 1))) {
          mark(joined, from - start)
          index += 2
        }
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
    return any ? first : undefined
  }
}

function hashOf(word: string): number {
  let hash = hashStart
  for (let index = 0; index < word.length; index++) hash = hashStep(hash, word.charCodeAt(index))
  return hash
}

/** The rules anchored on each word (in any case, or capitalized) and on long or joined digits, by index. */
function indexAnchors(anchorsByRule: ReadonlyArray<Anchors>) {
  const anyCase = new Map<string, number[]>()
  const capitalized = new Map<string, number[]>()
  const long: number[] = []
  const joined: number[] = []
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
    if (anchors.digits === 'long') long.push(index)
    // Digits joined by a separator may also be a long run ("2024-02-15").
    if (anchors.digits === 'joined') joined.push(index)
  }
  return {anyCase, capitalized, long, joined}
}
