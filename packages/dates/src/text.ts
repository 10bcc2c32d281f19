/** Small helpers on the text around a match, shared by rules and refiners. */
import {escapeRegExp} from '@tidings/core'
import {isWhiteSpace} from '@tidings/lexicon'

// Letters for the edges of patterns that also ignore case: with both flags, "i" and "u", V8 matches several times slower.
export const LETTERS = 'A-Za-z\\u00C0-\\u024F'

/** "The few words before an expression", where a future word, a deferral, a past tense or an amount counts. */
export const nearWords = 40

/** The `length` characters of `sentence` before `index`, fewer at its start. */
export const textBefore = (sentence: string, index: number, length: number) => sentence.slice(Math.max(0, index - length), index)

/**
 * Where the white space that ends `sentence` before `index` starts; `index` itself when none does.
 * A phrase that ends in white space before a mention ("the end of ") ends where this says.
 */
export function spaceBefore(sentence: string, index: number): number {
  let at = index
  while (at > 0 && isWhiteSpace(sentence.charCodeAt(at - 1))) at--
  return at
}

/**
 * Whether the text before `index` ends in the letters of one of `words` (lower-case ASCII), in any
 * case, then white space ("proof " ends in "of" too). A pattern that ends so ("of\s+$") tries every
 * position of the text before a mention, and must fail wherever this does: most mentions have no
 * such word before them.
 */
export function endsInWord(sentence: string, index: number, words: ReadonlyArray<string>): boolean {
  const end = spaceBefore(sentence, index)
  if (end === index) return false
  return words.some((word) => end >= word.length && sameLetters(sentence, end - word.length, word))
}

/** Whether `sentence` from `from` holds `word` (lower-case ASCII letters), in any case. */
export function sameLetters(sentence: string, from: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) if ((sentence.charCodeAt(from + index) | 32) !== word.charCodeAt(index)) return false
  return true
}

/** The words of `text`, letters only, in lower case. */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? []
}

export function capitalized(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase()
}

export function stripDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word
}

export function pad(value: number, size = 2): string {
  return String(value).padStart(size, '0')
}

/** A regex alternation of words or phrases, longest first, a space matching any white space. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/ /g, '\\s+'))
    .join('|')
}

/** An alternation of names; abbreviations may take a full stop, full names may not swallow one. */
export function names(list: ReadonlyArray<string>, isFull: (name: string) => boolean): string {
  const full = list.filter(isFull)
  const short = list.filter((name) => !isFull(name))
  return `(?:${alternation(full)}|(?:${alternation(short)})\\.?)`
}

/**
 * A time word in capitals right after another word in capitals that names no time, in a sentence
 * written in mixed case: the end of a name, as outlets and shows are written ("USA TODAY", "CBS
 * THIS MORNING"), not a date. A headline all in capitals ("STORM HITS TODAY") stays a date.
 */
export function endsCapitalName(sentence: string, start: number, end: number, namesTime: (word: string) => boolean): boolean {
  if (!/^[A-Z][A-Z\s]*[A-Z]$/.test(sentence.slice(start, end))) return false
  const before = /(?:^|[^A-Za-z'\u2019])([A-Z]{2,})[ \t]+$/.exec(textBefore(sentence, start, 24))?.[1]
  return before !== undefined && !namesTime(before.toLowerCase()) && /[a-z]/.test(sentence)
}

// Words before a month or weekday that date it, whatever comes after: "in June Smith won", and
// possessives, whose weekday dates someone's event ("his Sunday Mass").
const datingWordBefore = /^(?:in|on|since|until|till|by|from|through|during|of|early|late|mid|last|next|this|before|after|between|and|or|every|each|to|at|his|her|their|its|our|my|your)$/i

/**
 * A month or weekday name that opens a name in capitals, in running text: "April Ryan asked",
 * "told the Sunday Times", "said June Carter". The word after it has a capital and names no time,
 * and the word before it, if any, is in lower case and dates nothing ("in June Smith won" is a
 * date). A headline in capitals throughout ("Markets Fall Sunday As Oil Slides") is left alone.
 * `opensSentence`: whether such a name may open its sentence ("April Ryan asked"); no one is named
 * for a weekday, and papers' names take "the", so a weekday there is the time of what follows
 * ("Tuesday Trump signed the bill").
 */
export function startsCapitalName(sentence: string, start: number, end: number, namesTime: (word: string) => boolean, opensSentence: boolean): boolean {
  const after = /^[ \t]+(\p{Lu}\p{Ll}+)/u.exec(sentence.slice(end, end + 32))?.[1]
  if (after === undefined || namesTime(after.toLowerCase())) return false
  const before = textBefore(sentence, start, 24).match(/\p{L}+/gu)?.at(-1)
  // "The Sunday Times" opens its sentence with a capital "The".
  return before === undefined ? opensSentence : !datingWordBefore.test(before) && (!capitalized(before) || before === 'The')
}

/** A word of four letters or more in lower case, other than at `start` to `end`: the sentence is running text, no headline in capitals. */
const runningText = (sentence: string, start: number, end: number) => /(?<![\p{L}'\u2019])\p{Ll}\p{L}{3}/u.test(sentence.slice(0, start) + ' ' + sentence.slice(end))

/**
 * A time word with its capital inside a name in capitals, in running text: "USA Today", "NBC's
 * Today show", "CBS This Morning", "the Daily Mail", "The Weekend Australian", "Saturday Night
 * Live". The word after it has a capital and names no time, or is one of `heads` ("the Today
 * show"); or, where `nameBefore`, the word right before it has a capital and is no word of
 * `functionWords` ("But Today"). Not where it opens its sentence or a quote ("Today Trump signed",
 * "Today, the council voted"): a weekday or "today" there times what follows.
 */
export function insideCapitalName(
  sentence: string,
  start: number,
  end: number,
  {namesTime, heads, functionWords, nameBefore}: {namesTime: (word: string) => boolean; heads: ReadonlySet<string>; functionWords: ReadonlySet<string>; nameBefore: boolean}
): boolean {
  if (!/^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*$/u.test(sentence.slice(start, end)) || !runningText(sentence, start, end)) return false
  const before = wordRightBefore(sentence, start)
  if (before === undefined) return false
  const after = /^[ \t]+([\p{L}-]+)/u.exec(sentence.slice(end, end + 32))?.[1]
  if (after !== undefined && ((capitalized(after) && !namesTime(after.toLowerCase())) || heads.has(after))) return true
  return nameBefore && capitalized(before) && !functionWords.has(before.toLowerCase()) && !namesTime(before.toLowerCase())
}

/** The word that white space alone parts from `index`, its "'s" and a full stop ("NBC's", "U.S.") left off; none after another mark. */
function wordRightBefore(sentence: string, index: number): string | undefined {
  let end = spaceBefore(sentence, index)
  if (end === index) return undefined
  if (/['\u2019]s$/.test(sentence.slice(Math.max(0, end - 2), end))) end -= 2
  if (sentence.charAt(end - 1) === '.') end--
  let start = end
  while (start > 0 && /\p{L}/u.test(sentence.charAt(start - 1))) start--
  return start < end ? sentence.slice(start, end) : undefined
}
