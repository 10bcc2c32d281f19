import {escapeRegExp} from '@tidings/core'

/**
 * Whether a sentence holds a digit, a word of `lettered` where a word starts, in any case ("Two", "millions"),
 * "-fold" at the end of a word ("fourfold"), or one of `signs` anywhere ("½"): what a sentence with a quantity holds.
 */
export function quantityWordsTest(lettered: readonly string[], signs: readonly string[]): (sentence: string) => boolean {
  const digit = /\d/
  // One pass for "-fold", the signs and the words (the group), in that order: a word turned down at a place hides
  // none of the others there. Two passes over the sentences that hold neither, most of them, cost a tenth of the stage.
  const found = new RegExp(`fold(?![\\p{L}\\p{M}])${signs.map((sign) => `|${escapeRegExp(sign)}`).join('')}|${startOfWord(lettered)}`, 'giu')
  return (sentence) => {
    if (digit.test(sentence)) return true
    found.lastIndex = 0
    for (let match = found.exec(sentence); match; match = found.exec(sentence)) {
      const word = match[1]
      if (word === undefined) return true
      const start = match.index + match[0].length - word.length
      if (!letterOrMarkEnds.test(sentence.slice(Math.max(0, start - 2), start))) return true
      found.lastIndex = start
    }
    return false
  }
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
 * The words as one pattern that branches letter by letter ("t(?:wo|en|h(?:ree|irty))"), in a group after the start or
 * a character that is no ASCII letter: most sentences hold none, and a pattern that tried sixty words, or looked behind,
 * at every character cost a third more; the scan now stops only where a word starts. A word that starts with another
 * ends there ("tens" after "ten"): the test asks only whether one is there.
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
  // The character before, which the case flag keeps from folding into an ASCII letter ("ſ", "K"), is taken in; the
  // rare other letter or mark before is left to the caller.
  return `(?:^|[^a-z])(${rest(root)})`
}
