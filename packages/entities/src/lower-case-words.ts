import {isWordCode, joinedBit, type TokenTable, wordBit} from './tokens.js'

/** A bit for a word's length, in a mask of the lengths of the words wanted with one first letter (words of 31 letters or more share one). */
const lengthBit = (length: number) => 1 << Math.min(length, 31)

/**
 * Whether the text of `table` writes each of `wanted`, in lower case, as a word of its own: a run
 * of letters and digits between marks or spaces. The sentences already cut into tokens are read
 * token by token, a word of one run at a time; only the text between them (sentences that hold no
 * name, white space) and words joined by marks are read letter by letter. Per first letter, a mask
 * of the wanted words' lengths passes over most words without cutting them out of the text.
 */
export function lowerCaseWords(table: TokenTable, wanted: Iterable<string>): Map<string, boolean> {
  const finder = new LowerCaseFinder(table.text, wanted)
  const {sentences, starts, ends, flags, text} = table
  let at = 0
  for (let index = 0; index < sentences.length; index += 3) {
    const start = sentences[index]!
    const end = sentences[index + 1]!
    // A sentence that starts or ends inside a run of letters (or before the text read so far) is read with the text around it.
    // (No code off the text's ends is asked: a NaN made every caller of isWordCode slower.)
    if (start < at || (start > 0 && isWordCode(text.charCodeAt(start - 1))) || (end < text.length && isWordCode(text.charCodeAt(end)))) continue
    finder.scan(at, start)
    const last = index + 3 < sentences.length ? sentences[index + 5]! : table.count
    for (let token = sentences[index + 2]!; token < last; token++) {
      const bits = flags[token]!
      if ((bits & wordBit) === 0) continue
      if ((bits & joinedBit) === 0) finder.run(starts[token]!, ends[token]!)
      else finder.scan(starts[token]!, ends[token]!)
    }
    at = end
  }
  finder.scan(at, text.length)
  return finder.words
}

class LowerCaseFinder {
  readonly words = new Map<string, boolean>()
  readonly asciiLengths = new Uint32Array(128)
  readonly otherLengths = new Map<number, number>()

  constructor(
    readonly text: string,
    wanted: Iterable<string>
  ) {
    for (const capitalised of wanted) {
      const word = capitalised.toLowerCase()
      const first = word.charCodeAt(0)
      if (first < 128) this.asciiLengths[first]! |= lengthBit(word.length)
      else this.otherLengths.set(first, (this.otherLengths.get(first) ?? 0) | lengthBit(word.length))
      this.words.set(word, false)
    }
  }

  /** The runs of letters and digits from `from` to `to`, letter by letter. */
  scan(from: number, to: number): void {
    const {text} = this
    for (let index = from; index < to; ) {
      if (!isWordCode(text.charCodeAt(index))) {
        index++
        continue
      }
      const start = index
      while (++index < to && isWordCode(text.charCodeAt(index)));
      this.run(start, index)
    }
  }

  /** One run of letters and digits, noted when it is a wanted word. */
  run(start: number, end: number): void {
    const {text} = this
    const first = text.charCodeAt(start)
    // Upper-case letters and digits start no word in lower case (ASCII fast path; others checked).
    let lengths = 0
    if (first >= 97 && first <= 122) lengths = this.asciiLengths[first]!
    else if (first >= 128 && text.charAt(start) !== text.charAt(start).toUpperCase()) lengths = this.otherLengths.get(first) ?? 0
    if ((lengths & lengthBit(end - start)) === 0) return
    const word = text.slice(start, end)
    if (this.words.has(word)) this.words.set(word, true)
  }
}
