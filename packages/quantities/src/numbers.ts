import {numberWords} from '@tidings/lexicon'
import type {Quantity} from '@tidings/core'
import {qualifiesPlural} from './counted.js'
import {withoutFloatNoise} from './normalize.js'
import {unitAt} from './read-unit.js'
import {capitalized, glued, isArticle, type Token} from './tokens.js'
import type {Vocabulary} from './vocabulary.js'

/** A number read from the tokens. */
export interface Phrase {
  /** Token index after the last token of the phrase. */
  next: number
  value: number
  /** The product of the magnitude words applied ("5 million": 1e6). */
  scale: number
  /** "sub-7": a bound the number carries itself. */
  bound?: Quantity['bound']
}

/** A number at `index`: digits with a fraction, or number words, then magnitude words. `money`: a currency sign came before. */
export function numberAt(v: Vocabulary, tokens: readonly Token[], index: number, money: boolean): Phrase | undefined {
  const token = tokens[index]
  if (!token) return undefined
  let phrase = bareNumber(v, tokens, index)
  if (!phrase) return undefined
  phrase = decimalComma(v, tokens, phrase, money) ?? phrase
  phrase = fractionAdded(v, tokens, phrase) ?? phrase
  const scaled = withMagnitudes(v, tokens, phrase, money)
  phrase = scaled.phrase
  // "thirty-one thousand four hundred twelve", "one hundred and five": smaller number words add up.
  if (scaled.wordScale > 1 && token.kind === 'word') {
    const and = tokens[phrase.next]?.lower === 'and' ? 1 : 0
    const rest = tokens[phrase.next + and]?.kind === 'word' ? numberAt(v, tokens, phrase.next + and, money) : undefined
    if (rest && rest.value < scaled.wordScale && rest.value >= 1) phrase = {...phrase, next: rest.next, value: phrase.value + rest.value}
  }
  return phrase
}

/**
 * "3,50 €", "€2,5", "1,5 kg": a comma glued between whole digits and one or two more is a decimal comma, as much of the
 * world writes it, where the figure is money or a unit follows; thousands take three digits ("3,500"), and a list of
 * figures ("pages 3,4") names no unit.
 */
function decimalComma(v: Vocabulary, tokens: readonly Token[], phrase: Phrase, money: boolean): Phrase | undefined {
  const [whole, comma, part] = [tokens[phrase.next - 1], tokens[phrase.next], tokens[phrase.next + 1]]
  if (comma?.text !== ',' || part?.kind !== 'number' || !/^\d{1,2}$/.test(part.text) || !/^\d+$/.test(whole?.text ?? '') || !glued(whole, comma) || !glued(comma, part)) return undefined
  if (!money && !unitAt(v, tokens, phrase.next + 2, part.end)) return undefined
  return {...phrase, next: phrase.next + 2, value: phrase.value + Number(part.text) / 10 ** part.text.length}
}

/** "two and a half", "one and a quarter million", "three and two-thirds": a whole number and a spoken fraction under one. */
function fractionAdded(v: Vocabulary, tokens: readonly Token[], phrase: Phrase): Phrase | undefined {
  if (tokens[phrase.next]?.lower !== 'and' || !Number.isInteger(phrase.value)) return undefined
  const [count, part] = [tokens[phrase.next + 1], tokens[phrase.next + 2]]
  const single = count?.lower === 'a' || count?.lower === 'an' || count?.lower === 'one'
  // "three and two-thirds", "two and three quarters"
  const [numerator, denominator] = single ? [1, part?.lower] : spokenParts(v, count, part)
  const parts = denominator === undefined ? undefined : v.lexicon.fractions[denominator]
  if (!parts || numerator >= parts) return undefined
  const next = phrase.next + (count?.lower.includes('-') ? 2 : 3)
  // "two and a third place finish": an ordinal before one thing, which no unit measures.
  const after = tokens[next]
  const ordinal = numberWords.ordinals[denominator ?? ''] !== undefined && after?.kind === 'word' && !v.isPlural(after) && !v.stopWords.has(after.lower) && !unitAt(v, tokens, next, -1)
  return ordinal ? undefined : {...phrase, next, value: phrase.value + numerator / parts}
}

/** The numerator and the fraction word of "two-thirds" (one token) or "three quarters" (two). */
function spokenParts(v: Vocabulary, count: Token | undefined, part: Token | undefined): [number, string | undefined] {
  const [head, tail] = (count?.lower ?? '').split('-')
  const numerator = v.lexicon.numbers[head ?? '']
  if (numerator === undefined || !Number.isInteger(numerator)) return [0, undefined]
  return [numerator, tail ?? part?.lower]
}

const signedWord = /^(minus|sub)-(\d+(?:\.\d+)?)$/

/** The number at `index` before its magnitude words: digits ("2 1/2", "2½"), a vulgar fraction, "minus-5", "a million", number words. */
function bareNumber(v: Vocabulary, tokens: readonly Token[], index: number): Phrase | undefined {
  const token = tokens[index] as Token
  const {numbers, magnitudes} = v.lexicon
  if (token.kind === 'number') return digitsAt(v, tokens, index)
  if (token.kind === 'symbol') {
    const vulgar = numbers[token.text]
    return vulgar === undefined ? undefined : {next: index + 1, value: vulgar, scale: 1}
  }
  const signed = token.lower.startsWith('minus-') || token.lower.startsWith('sub-') ? signedWord.exec(token.lower) : null
  if (signed) {
    // "minus-3 yards", "sub-5 nanometre wafers"
    const magnitude = Number(signed[2])
    return signed[1] === 'minus' ? {next: index + 1, value: -magnitude, scale: 1} : {next: index + 1, value: magnitude, scale: 1, bound: 'lessThan'}
  }
  const next = tokens[index + 1]
  // "a million", "a dozen"; not "a k a", where a one-letter magnitude stands alone.
  if ((token.lower === 'a' || token.lower === 'an') && next?.kind === 'word' && magnitudes[next.lower] && next.text.length > 2) return {next: index + 1, value: 1, scale: 1}
  return wordNumber(v, tokens, index)
}

function digitsAt(v: Vocabulary, tokens: readonly Token[], index: number): Phrase {
  const token = tokens[index] as Token
  const grouped = spaceGrouped(tokens, index) ?? dotGrouped(tokens, index)
  if (grouped) return grouped
  const power = powerAfter(tokens, index + 1)
  // Twelve digits drop the binary noise of a negative power (2.48 × 10^-5 is not 0.0000247999...).
  if (power) return {next: power.next, value: Number((Number(token.text.replace(/,/g, '')) * power.factor).toPrecision(12)), scale: 1}
  const whole = Number(token.text.includes(',') || token.text.includes(' ') ? token.text.replace(/[, ]/g, '') : token.text)
  const [numerator, slash, denominator] = [tokens[index + 1], tokens[index + 2], tokens[index + 3]]
  if (numerator?.kind === 'number' && (slash?.text === '/' || slash?.text === '⁄') && denominator?.kind === 'number' && Number(numerator.text) < Number(denominator.text) && Number(denominator.text) <= 16) {
    return {next: index + 4, value: whole + Number(numerator.text) / Number(denominator.text), scale: 1}
  }
  const vulgar = numerator?.kind === 'symbol' ? v.lexicon.numbers[numerator.text] : undefined
  if (vulgar !== undefined && glued(token, numerator)) return {next: index + 2, value: whole + vulgar, scale: 1}
  return {next: index + 1, value: whole, scale: 1}
}

const superscripts: Record<string, string> = {'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-'}
const minus = /^[-−⁻]$/

/**
 * The factor a number is scaled by in scientific notation, written after it: "4e14", "1.5e-3", "2.5 × 10^8",
 * "3×10⁸", "6.0 x 10−5" (a superscript typed flat); "10^9" raises the number itself.
 */
function powerAfter(tokens: readonly Token[], index: number): {factor: number; next: number} | undefined {
  const [first, second, third] = [tokens[index], tokens[index + 1], tokens[index + 2]]
  if (!first || !glued(tokens[index - 1], first)) {
    const times = first && (first.text === '×' || first.lower === 'x' || first.text === '*') && second?.text === '10' ? exponentAt(tokens, index + 2, first.text === '×') : undefined
    return times ? {factor: 10 ** times.exponent, next: times.next} : undefined
  }
  const written = /^e(-\d{1,3})?$/.exec(first.lower)
  if (written?.[1]) return {factor: 10 ** Number(written[1]), next: index + 1}
  if (written && second?.kind === 'number' && glued(first, second) && /^\d{1,3}$/.test(second.text)) return {factor: 10 ** Number(second.text), next: index + 2}
  if (written && second?.text === '+' && glued(first, second) && third?.kind === 'number' && glued(second, third)) return {factor: 10 ** Number(third.text), next: index + 3}
  if (first.text === '×' && second?.text === '10' && glued(first, second)) {
    const times = exponentAt(tokens, index + 2, true)
    return times ? {factor: 10 ** times.exponent, next: times.next} : undefined
  }
  const raised = exponentAt(tokens, index, false)
  return raised ? {factor: Number((tokens[index - 1] as Token).text) ** (raised.exponent - 1), next: raised.next} : undefined
}

/** The exponent glued to the token before `index`: "^8", "^-5", "⁸", "⁻¹⁴"; with `flat`, also "−5" (after "× 10" only). */
function exponentAt(tokens: readonly Token[], index: number, flat: boolean): {exponent: number; next: number} | undefined {
  let at = index
  let text = ''
  if (tokens[at]?.text === '^' && glued(tokens[at - 1], tokens[at])) at++
  else if (!(flat && minus.test(tokens[at]?.text ?? '')) && superscripts[tokens[at]?.text ?? ''] === undefined) return undefined
  for (let token = tokens[at]; token && glued(tokens[at - 1], token) && text.length < 4; token = tokens[++at]) {
    const digit = superscripts[token.text] ?? (minus.test(token.text) ? '-' : token.kind === 'number' && /^\d{1,3}$/.test(token.text) ? token.text : undefined)
    if (digit === undefined || (digit === '-' && text !== '')) break
    text += digit
  }
  return /^-?\d+$/.test(text) ? {exponent: Number(text), next: at} : undefined
}

const group = /^\d{3}$/

/** "10 000", "1 250 000": thousands set apart by single spaces, as much of the world writes them. */
function spaceGrouped(tokens: readonly Token[], index: number): Phrase | undefined {
  const token = tokens[index] as Token
  if (token.text.length > 3 || !/^\d{1,3}$/.test(token.text) || tokens[index - 1]?.kind === 'number') return undefined
  let next = index + 1
  let text = token.text
  while (tokens[next]?.kind === 'number' && group.test((tokens[next] as Token).text) && (tokens[next] as Token).start === (tokens[next - 1] as Token).end + 1) {
    text += (tokens[next] as Token).text
    next++
  }
  return next > index + 1 && tokens[next]?.kind !== 'number' ? {next, value: Number(text), scale: 1} : undefined
}

const dotThousands = /^\d{1,3}\.\d{3}$/
// A token after a stop holds one more group or, read as a decimal, two ("000.000").
const dotGroups = /^\d{3}(?:\.\d{3})?$/

/** "1.000.000", "2.500.000 euros": thousands set apart by full stops, as much of Europe writes them; two stops at least, as "1.500" may be one and a half. */
function dotGrouped(tokens: readonly Token[], index: number): Phrase | undefined {
  const token = tokens[index] as Token
  // Asked of every figure: the pattern only where the fourth character from the end is a stop.
  if (token.text.charCodeAt(token.text.length - 4) !== 46 || !dotThousands.test(token.text)) return undefined
  let next = index + 1
  let text = token.text.replace('.', '')
  const groupAt = (at: number) => tokens[at]?.text === '.' && glued(tokens[at - 1], tokens[at]) && tokens[at + 1]?.kind === 'number' && dotGroups.test((tokens[at + 1] as Token).text) && glued(tokens[at], tokens[at + 1])
  while (groupAt(next)) {
    text += (tokens[next + 1] as Token).text.replace('.', '')
    next += 2
  }
  return next > index + 1 ? {next, value: Number(text), scale: 1} : undefined
}

/** "3 grand", "ten grand for it": a magnitude of talk, in lower case, where no noun follows it. */
function closingMagnitude(v: Vocabulary, tokens: readonly Token[], index: number): number | undefined {
  const [word, after] = [tokens[index] as Token, tokens[index + 1]]
  const factor = v.lexicon.closingMagnitudes[word.lower]
  if (factor === undefined || word.text !== word.lower) return undefined
  return !after || after.kind !== 'word' || v.stopWords.has(after.lower) ? factor : undefined
}

function withMagnitudes(v: Vocabulary, tokens: readonly Token[], start: Phrase, money: boolean): {phrase: Phrase; wordScale: number} {
  let phrase = start
  let wordScale = 0
  // "a $1.2-billion deal", "a 40-million budget": a spelled magnitude hyphenated to its figure, as a compound adjective is written.
  const [dash, hyphened] = [tokens[phrase.next], tokens[phrase.next + 1]]
  if (dash?.text === '-' && hyphened?.kind === 'word' && hyphened.text.length > 2 && glued(tokens[phrase.next - 1], dash) && glued(dash, hyphened) && v.lexicon.magnitudes[hyphened.lower] && tokens[phrase.next - 1]?.kind === 'number') {
    phrase = {...phrase, next: phrase.next + 1}
  }
  for (let scale = tokens[phrase.next]; scale && scale.kind === 'word'; scale = tokens[phrase.next]) {
    const factor = v.lexicon.magnitudes[scale.lower] ?? closingMagnitude(v, tokens, phrase.next)
    const adjacent = scale.start === tokens[phrase.next - 1]?.end
    // A one-letter magnitude ("5m", "$3bn") must touch the number; "m" is a magnitude only for money or what is
    // counted, "t" only for money ("$2.1T"; "5t" is five tonnes).
    if (factor === undefined || (scale.text.length <= 2 && !adjacent) || (scale.lower === 'm' && !money && !millionM(v, tokens, phrase.next)) || (scale.lower === 't' && !money)) break
    if (scale.lower === 'hundred' && tokens[phrase.next + 1]?.lower === 'thousand') {
      phrase = {...phrase, next: phrase.next + 2, value: phrase.value * 100_000, scale: phrase.scale * 100_000}
      wordScale = 1000
      continue
    }
    // "€4.1bn" is 4.1e9, not the 4099999999.9999995 that binary fractions multiply to.
    phrase = {...phrase, next: phrase.next + 1, value: withoutFloatNoise(phrase.value * factor), scale: phrase.scale * factor}
    if (scale.text.length > 2) wordScale = factor
  }
  return {phrase, wordScale}
}

/** "m" after a number is a million before what is counted ("20m tonnes", "3m voters", "8m of them", "3m British homes"), else a metre ("a 4m Thames wall"). */
function millionM(v: Vocabulary, tokens: readonly Token[], index: number): boolean {
  const scale = tokens[index] as Token
  if (scale.text === 'M') return true
  const after = tokens[index + 1]
  if (!after || after.kind !== 'word' || !glued(tokens[index - 1], scale)) return false
  return after.lower === 'of' || (after.text.length > 1 && v.suffixes.has(after.lower)) || (capitalized(after) ? qualifiesPlural(v, tokens, index + 1) : v.isPlural(after))
}

/** Number words: "seven", "forty-two", "forty two", "a half" before a unit, "half a million". */
function wordNumber(v: Vocabulary, tokens: readonly Token[], index: number): Phrase | undefined {
  const token = tokens[index]
  if (!token || token.kind !== 'word') return undefined
  const {numbers} = v.lexicon
  const {head, tail} = hyphenParts(token.lower)
  let value = numbers[head]
  // "zero emissions", "zero tolerance" name no amount; "zero degrees", "zero percent" measure one.
  if (value === undefined || (value === 0 && (tail !== undefined || !unitAt(v, tokens, index + 1, -1)))) return undefined
  if (value === 0) return {next: index + 1, value, scale: 1}
  if (value < 1) return partWord(v, tokens, index, value, tail)
  if (tail !== undefined) {
    const unitsDigit = numbers[tail]
    if (unitsDigit === undefined || unitsDigit >= 10 || unitsDigit < 1 || value < 20) return undefined
    value += unitsDigit
  } else if (value >= 20 && value < 100 && value % 10 === 0) {
    const next = numbers[tokens[index + 1]?.lower ?? '']
    if (next !== undefined && next < 10 && next >= 1) return {next: index + 2, value: value + next, scale: 1}
  }
  return {next: index + 1, value, scale: 1}
}

/** The parts of a word before its first hyphen and between its first and second, as `split('-')` gives them, without the array. */
function hyphenParts(word: string): {head: string; tail: string | undefined} {
  const dash = word.indexOf('-')
  if (dash < 0) return {head: word, tail: undefined}
  const second = word.indexOf('-', dash + 1)
  return {head: word.slice(0, dash), tail: word.slice(dash + 1, second < 0 ? undefined : second)}
}

/**
 * "half", "quarter" are numbers only before a magnitude ("quarter million", "half a million") or after "a", before
 * a unit ("a half hour", "a quarter mile"); "a half marathon" is a race, "half of them" a fraction phrase.
 */
function partWord(v: Vocabulary, tokens: readonly Token[], index: number, value: number, tail: string | undefined): Phrase | undefined {
  if (tail !== undefined) return undefined
  const {magnitudes} = v.lexicon
  const [before, after, second] = [tokens[index - 1], tokens[index + 1], tokens[index + 2]]
  if (tokens[index]?.lower === 'half' && isArticle(after?.lower) && second?.kind === 'word' && magnitudes[second.lower]) return {next: index + 2, value, scale: 1}
  const ofUnit = before?.lower === 'a' && v.suffixes.has(after?.lower ?? '')
  return magnitudes[after?.lower ?? ''] || ofUnit ? {next: index + 1, value, scale: 1} : undefined
}

/** "1/8 mile", "1/40 of": a fraction on its own. "3/16" could be a date, "3/2024" a month; "1/40" and "1⁄128", with the fraction slash, cannot. */
export function slashFraction(tokens: readonly Token[], start: number): Phrase | undefined {
  const [numerator, slash, denominator] = [tokens[start], tokens[start + 1], tokens[start + 2]]
  if (numerator?.kind !== 'number' || (slash?.text !== '/' && slash?.text !== '⁄') || denominator?.kind !== 'number') return undefined
  if (slash.start !== numerator.end || denominator.start !== slash.end) return undefined
  const [top, bottom] = [Number(numerator.text), Number(denominator.text)]
  return top < bottom && (bottom <= 16 || (bottom > 31 && bottom <= 1000) || slash.text === '⁄') ? {next: start + 3, value: top / bottom, scale: 1} : undefined
}
