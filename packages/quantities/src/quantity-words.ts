import {escapeRegExp} from '@tidings/core'

/**
 * Whether a sentence holds a digit, a word of `lettered` where a word starts, in any case ("Two", "millions"),
 * "-fold" at the end of a word ("fourfold"), or one of `signs` anywhere ("½"): what a sentence with a quantity holds.
 */
export function quantityWordsTest(lettered: readonly string[], signs: readonly string[]): (sentence: string) => boolean {
  const digit = /\d/
  const words = new RegExp(startOfWord(lettered), 'giu')
  const others = new RegExp(`fold(?![\\p{L}\\p{M}])${signs.map((sign) => `|${escapeRegExp(sign)}`).join('')}`, 'iu')
  const wordStarts = (sentence: string): boolean => {
    words.lastIndex = 0
    for (let found = words.exec(sentence); found; found = words.exec(sentence)) {
      if (!letterOrMarkEnds.test(sentence.slice(Math.max(0, found.index - 2), found.index))) return true
      words.lastIndex = found.index + 1
    }
    return false
  }
  return (sentence) => digit.test(sentence) || wordStarts(sentence) || others.test(sentence)
}

/**
 * A letter or mark ends the text (one code point, a pair of surrogates included). Asked in code only where a word of the
 * list follows a character the pattern's ASCII check let through: a Unicode letter class in the pattern, once for each
 * first letter and under the case flag, made compiling it cost about a tenth of the command line's start-up.
 */
const letterOrMarkEnds = /[\p{L}\p{M}]$/u

interface Branch {
  word: boolean
  next: Map<string, Branch>
}

/**
 * The words as one pattern that branches letter by letter ("t(?:wo|en|h(?:ree|irty))"), each tried only where no
 * letter or mark comes before: most sentences hold none, and a pattern that tried sixty words, or looked behind,
 * at every character cost a third more. A word that starts with another ends there ("tens" after "ten"): the test
 * asks only whether one is there.
 */
function startOfWord(words: readonly string[]): string {
  const root: Branch = {word: false, next: new Map()}
  for (const word of words) {
    let branch = root
    for (const character of word) {
      let next = branch.next.get(character)
      if (!next) branch.next.set(character, (next = {word: false, next: new Map()}))
      branch = next
    }
    branch.word = true
  }
  const rest = (branch: Branch): string => {
    if (branch.word) return ''
    const ways = [...branch.next].map(([character, next]) => escapeRegExp(character) + rest(next))
    return ways.length === 1 ? (ways[0] as string) : `(?:${ways.join('|')})`
  }
  // The check that no ASCII letter comes before sits after the first letter, so the scan tries it only where one
  // matched; inside most words it fails there, and the rare other letter before is left to the caller.
  const firsts = [...root.next].map(([character, next]) => {
    const first = escapeRegExp(character)
    return `${first}(?<![a-z]${first})${rest(next)}`
  })
  return `(?:${firsts.join('|')})`
}
