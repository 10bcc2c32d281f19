import type {Quantity} from '@tidings/core'
import {capitalized, glued, isArticle, letters, type Token, tokenAt} from './tokens.js'
import type {UnitDefinition} from './units.js'
import type {Vocabulary} from './vocabulary.js'

export interface UnitMatch {
  unit: UnitDefinition
  next: number
  /** "barrel-a-day": what the unit is per. */
  rate?: string
  /** "45 MEUR": a magnitude written into the unit. */
  factor?: number
  /** "5-foot-10": an amount in the unit written into it, added to the figure. */
  added?: number
}

export type Bound = NonNullable<Quantity['bound']>

// "45 MEUR", "MUSD 80": millions (M) or thousands (K) of a currency code.
const scaledCode = /^([MK])([A-Z]{3})$/
/** The parts of a scaled code; asked of every four-letter word beside a number ("with", "from"): the pattern only after an "M" or a "K". */
const scaledCodeOf = (text: string): RegExpExecArray | null =>
  text.length === 4 && (text.charCodeAt(0) === 77 || text.charCodeAt(0) === 75) ? scaledCode.exec(text) : null

/** The unit at `index`, after a number ending at `afterNumberEnd` (-1: not right after one). */
const raceTime = /^\d+\.\d+$/

export function unitAt(v: Vocabulary, tokens: readonly Token[], index: number, afterNumberEnd: number): UnitMatch | undefined {
  const first = tokens[index]
  if (!first) return undefined
  const touching = first.start === afterNumberEnd
  const code = currencyCode(v, tokens, index)
  if (code) return {unit: code, next: index + 1}
  // "clocked 9.58s", "in 43.2s": a decimal glued to "s" times a race; a whole figure with it is a decade or a plural ("the 1990s", "in their 20s").
  if (touching && first.text === 's' && raceTime.test(tokens[index - 1]?.text ?? '') && !(tokens[index + 1]?.kind === 'word' && glued(first, tokens[index + 1]))) {
    const second = v.unitById.get('s')
    if (second) return {unit: second, next: index + 1}
  }
  // One-letter cased symbols ("L") stand where other one-letter symbols do, below.
  const cased = first.text.length > 1 ? v.casedSuffixes.get(first.text) : undefined
  if (cased && (touching || !v.gluedSymbols.has(first.text) || compoundMeasure(v, tokens, index, cased))) return {unit: cased, next: index + 1}
  for (let size = surfaceSize(v, tokens, index); size >= 1; size--) {
    const slice = size > 1 ? tokens.slice(index, index + size) : undefined
    const spaced = slice ? slice.map((token) => token.lower).join(' ') : first.lower
    // Written without spaces only when the text has none: "km/h", "km2", not "m 2".
    const tight = slice && slice.every((token, at) => at === 0 || glued(slice[at - 1], token)) ? slice.map((token) => token.lower).join('') : undefined
    const unit = v.suffixes.get(spaced) ?? (tight ? v.suffixes.get(tight) : undefined)
    if (!unit) continue
    if (size === 1 && first.text.length === 1) {
      if (letters.test(first.text) && !oneLetterStands(v, tokens, index, unit, touching)) continue
      // "5 $10 bills": a currency sign before a number belongs to that number; "5′ 11″" is five feet.
      if (!letters.test(first.text) && tokens[index + 1]?.kind === 'number' && glued(first, tokens[index + 1]) && unit.currency) continue
    }
    return poweredUnit(v, tokens, {unit, next: index + size})
  }
  return dottedUnit(v, tokens, index) ?? hyphenatedUnit(v, first, index)
}

// What a spaced one-letter symbol may measure before "of": "250 g of flour", "4 L of water".
const substanceDimensions = new Set(['mass', 'volume', 'length'])

/**
 * A one-letter symbol ("m", "g", "C") stands for its unit only in its own case ("5m", "30C", not "5G"; the litre's "L" too),
 * touching the number, or spaced in a compound measure ("7 m 3 dm", "4 m 20 cm"), raised to a power ("9 m^2"), over a slash
 * ("50 m/s"), before "of" what it measures ("250 g of flour"), for a length before a word of size ("2 m tall"), last in its clause, and for a
 * temperature after a signed figure ("-3 C") or asked in another scale ("100 F in C", "37.5 c to f").
 */
function oneLetterStands(v: Vocabulary, tokens: readonly Token[], index: number, unit: UnitDefinition, touching: boolean): boolean {
  const symbol = (tokens[index] as Token).text
  if (unit.dimension === 'temperature' && isConversion(v, tokens, index)) return true
  if (!unit.symbol.endsWith(symbol) && !unit.cased?.includes(symbol)) return false
  const after = tokens[index + 1]?.lower ?? ''
  // A letter that is also a magnitude ("5 m of new funds", "2 t of debt") is not read before "of".
  const measures = after === 'of' && substanceDimensions.has(unit.dimension) && v.lexicon.magnitudes[symbol.toLowerCase()] === undefined
  if (touching || measures || (unit.dimension === 'length' && v.sizeWords.has(after))) return true
  // "It read 104 F.", "a 12 V": last in its clause, a letter no magnitude shares has nothing else to be.
  if (closesClause(tokens[index + 1]) && v.lexicon.magnitudes[symbol.toLowerCase()] === undefined) return true
  const [sign, number] = [tokens[index - 2], tokens[index - 1]]
  if (unit.dimension === 'temperature' && number?.kind === 'number' && (sign?.text === '-' || sign?.text === '\u2212') && glued(sign, number)) return true
  return compoundMeasure(v, tokens, index, unit) || poweredUnit(v, tokens, {unit, next: index + 1}).unit !== unit || perAfter(v, tokens, index + 1) !== undefined
}

const clauseEnds = new Set(['.', ',', ';', ':', '!', '?', ')'])
const closesClause = (token: Token | undefined): boolean => !token || clauseEnds.has(token.text)

const conversionWords = new Set(['in', 'to', 'into'])

/** "100 F in C", "37.5 c to fahrenheit": a letter of a temperature scale asked in another scale names its own, in either case. */
function isConversion(v: Vocabulary, tokens: readonly Token[], index: number): boolean {
  const [word, scale] = [tokens[index + 1], tokens[index + 2]]
  return tokens[index - 1]?.kind === 'number' && conversionWords.has(word?.lower ?? '') && v.suffixes.get(scale?.lower ?? '')?.dimension === 'temperature'
}

/**
 * The most tokens from `index` that may be a unit's surface: no more than the longest surface starting with the first,
 * and no more than still begin one, written with spaces or without ("the" starts a surface of ten words, which a
 * number is seldom followed by).
 */
function surfaceSize(v: Vocabulary, tokens: readonly Token[], index: number): number {
  const longest = Math.min(v.surfaceStarts.get((tokens[index] as Token).lower) ?? 0, tokens.length - index)
  let spaced = (tokens[index] as Token).lower
  let tight = spaced
  for (let size = 2; size <= longest; size++) {
    const token = tokens[index + size - 1] as Token
    spaced += ` ${token.lower}`
    tight += token.lower
    if (!v.surfacePrefixes.has(spaced) && !v.surfacePrefixes.has(tight)) return size - 1
  }
  return longest
}

/** "1,200 sq. ft.", "5 cu. ft.", "8 fl. oz.": a unit of two words whose first is abbreviated with a full stop. */
function dottedUnit(v: Vocabulary, tokens: readonly Token[], index: number): UnitMatch | undefined {
  const [first, dot, second] = [tokens[index], tokens[index + 1], tokens[index + 2]]
  if (first?.kind !== 'word' || dot?.text !== '.' || !glued(first, dot) || second?.kind !== 'word') return undefined
  const unit = v.suffixes.get(`${first.lower} ${second.lower}`)
  return unit ? {unit, next: index + 3} : undefined
}

const powerWords: Record<string, string> = {squared: 'square', cubed: 'cubic', '2': 'square', '3': 'cubic', '²': 'square', '³': 'cubic'}

/** "4 km^2", "4 km squared", "9 m³", "4km^3": a length raised to a power is the area or volume of that name. */
function poweredUnit(v: Vocabulary, tokens: readonly Token[], match: UnitMatch): UnitMatch {
  if (match.unit.dimension !== 'length') return match
  const [mark, exponent] = [tokens[match.next], tokens[match.next + 1]]
  const caret = mark?.text === '^' && glued(tokens[match.next - 1], mark) && exponent?.kind === 'number' && glued(mark, exponent)
  const power = caret ? exponent.text : mark?.kind === 'word' || glued(tokens[match.next - 1], mark) ? mark?.lower : undefined
  const raised = power && powerWords[power] ? v.suffixes.get(`${powerWords[power]} ${match.unit.name}`) : undefined
  return raised ? {unit: raised, next: match.next + (caret ? 2 : 1)} : match
}

/** "90,000 barrel-a-day", "a 9-cent-a-share dividend", "51.2 percent-owned", "45 MEUR". */
function hyphenatedUnit(v: Vocabulary, first: Token, index: number): UnitMatch | undefined {
  // Most words hold neither a hyphen nor a scaled code: four letters.
  if (first.text.length !== 4 && !first.text.includes('-')) return undefined
  const [base, per, rate] = first.lower.split('-')
  const lead = first.kind === 'word' && per !== undefined && (base?.length ?? 0) > 1 ? v.suffixes.get(base ?? '') : undefined
  // "5-foot-10", "6-feet-2": the inches of a height joined to its feet.
  if (lead?.id === 'ft' && !rate && /^\d{1,2}$/.test(per ?? '') && Number(per) < 12) return {unit: lead, next: index + 1, added: Number(per) / 12}
  // "year-old" is an age, which the caller reads; not a unit "year".
  if (lead && !rate && per !== 'old' && per !== 'olds') return {unit: lead, next: index + 1}
  const rated = first.kind === 'word' && rate && (per === 'a' || per === 'an' || per === 'per') ? v.suffixes.get(base ?? '') : undefined
  if (rated && v.perUnits.has(rate ?? '')) return {unit: rated, next: index + 1, rate}
  const code = scaledCodeOf(first.text)
  const currency = code ? v.suffixes.get((code[2] as string).toLowerCase()) : undefined
  if (code && currency?.currency) return {unit: currency, next: index + 1, factor: code[1] === 'M' ? 1e6 : 1e3}
  return undefined
}

/** "4 m 20 cm": a spaced one-letter unit followed by a figure in a smaller unit of the same dimension. */
function compoundMeasure(v: Vocabulary, tokens: readonly Token[], index: number, unit: UnitDefinition): boolean {
  const [number, next] = [tokens[index + 1], tokens[index + 2]]
  if (number?.kind !== 'number' || !next || next.text.length < 2) return false
  return unitAt(v, tokens, index + 2, number.end)?.unit.dimension === unit.dimension
}

/** A currency sign or code before the number at `start`: "$64", "US$5", "$US5", "HK $ 16", "USD 70", "MUSD 80". */
export function prefixBefore(v: Vocabulary, tokens: readonly Token[], start: number): {unit: UnitDefinition; first: number; factor?: number} | undefined {
  const [token, one, two] = [tokens[start] as Token, tokenAt(tokens, start - 1), tokenAt(tokens, start - 2)]
  if (!one) return undefined
  const touching = glued(one, token) || one.kind === 'symbol'
  const pair = two && touching && v.prefixEndings.has(one.lower) ? v.prefixes.get(two.lower + one.lower) : undefined
  // "HK $", "c $": a country before a spaced sign; never "a $5 bill", nor the last letter of "U.S $5".
  const lettered = two?.kind === 'word' && two.lower !== 'a' && two.lower !== 'i' && !(tokenAt(tokens, start - 3)?.text === '.' && glued(tokens[start - 3], two))
  if (pair && two && (glued(two, one) || (lettered && one.kind === 'symbol'))) {
    return {unit: pair, first: start - 2}
  }
  const isoCode = currencyCode(v, tokens, start - 1) ?? letterSign(v, tokens, start)
  if (isoCode) return {unit: isoCode, first: start - 1}
  const single = v.prefixes.get(one.lower)
  if (single && touching) return {unit: single, first: start - 1}
  // "magnitude 6.4", "a magnitude of 6.4": a word that names a measure before its figure.
  if (single && !single.currency && one.kind === 'word') return {unit: single, first: start - 1}
  const named = one.lower === 'of' && two?.kind === 'word' ? v.prefixes.get(two.lower) : undefined
  if (named && !named.currency) return {unit: named, first: start - 2}
  if (single?.currency && one.kind === 'word' && (one.text.length === 3 || v.spacedSigns.has(one.text))) return {unit: single, first: start - 1}
  const code = scaledCodeOf(one.text)
  const currency = code ? v.prefixes.get((code[2] as string).toLowerCase()) : undefined
  if (code && currency?.currency) return {unit: currency, first: start - 1, factor: code[1] === 'M' ? 1e6 : 1e3}
  return undefined
}

const grouped = /^\d{3}$/

/**
 * "KSh 5,000", "Rp50,000", "R1 250 000", "R2.5bn": a currency sign in letters, as written; a one-letter sign ("R") only
 * glued to an amount written as money (thousands grouped, a decimal, a magnitude after, or three digits after no name),
 * so "R0", "Yamaha R1" and "Cinebench R20" stay names.
 */
function letterSign(v: Vocabulary, tokens: readonly Token[], start: number): UnitDefinition | undefined {
  const [before, sign, number, after] = [tokenAt(tokens, start - 2), tokenAt(tokens, start - 1), tokens[start] as Token, tokens[start + 1]]
  const unit = sign?.kind === 'word' ? v.letterSigns.get(sign.text) : undefined
  if (!unit || (sign as Token).text.length > 1) return unit
  if (!glued(sign, number)) return undefined
  const spaceGrouped = after?.kind === 'number' && grouped.test(after.text) && after.start === number.end + 1
  const scaled = after?.kind === 'word' && v.lexicon.magnitudes[after.lower] !== undefined && (after.text.length > 2 || glued(number, after))
  const plain = /^\d{3,}$/.test(number.text) && !capitalized(before)
  return /[,.]/.test(number.text) || spaceGrouped || scaled || plain ? unit : undefined
}

const capitals = /^\p{Lu}{2,}$/u

/** "42 KWD", "KWD 42": an ISO 4217 code in capitals, not a word of a line written in capitals ("WON 5 TOP PRIZES"). */
function currencyCode(v: Vocabulary, tokens: readonly Token[], index: number): UnitDefinition | undefined {
  const token = tokens[index]
  if (token?.kind !== 'word' || token.text.length !== 3 || !v.codeStarts.has(token.text.charCodeAt(0))) return undefined
  const unit = v.codes.get(token.text)
  if (!unit) return undefined
  const [before, after] = [tokens[index - 1], tokens[index + 1]]
  return capitals.test(before?.text ?? '') || capitals.test(after?.text ?? '') ? undefined : unit
}

/** A bound phrase right before the token at `index` ("more than", "about", "up to"). */
export function boundBefore(v: Vocabulary, tokens: readonly Token[], index: number): {bound: Bound; start: number} | undefined {
  for (const words of v.boundsEndingWith.get(tokenAt(tokens, index - 1)?.lower ?? '') ?? []) {
    const from = index - words.length
    if (from < 0) continue
    if (words.every((word, offset) => tokens[from + offset]?.lower === word)) return {bound: v.lexicon.bounds[words.join(' ')] as Bound, start: from}
  }
  return undefined
}

const closingBrackets = new Map([['(', ')'], ['[', ']'], ['{', '}'], ['<', '>']])

/** "15 (kg)", "15 [kg]": a unit in brackets, as tables write it. */
export function bracketedUnit(v: Vocabulary, tokens: readonly Token[], index: number): UnitMatch | undefined {
  const close = closingBrackets.get(tokens[index]?.text ?? '')
  const unit = close ? unitAt(v, tokens, index + 1, -1) : undefined
  return unit && tokens[unit.next]?.text === close ? {...unit, next: unit.next + 1} : undefined
}

/** "a third of a mile", "1/16 of a pint": a fraction of one unit is an amount in that unit. */
export function unitOfOne(v: Vocabulary, tokens: readonly Token[], index: number): UnitMatch | undefined {
  if (tokens[index]?.lower !== 'of' || !isArticle(tokens[index + 1]?.lower)) return undefined
  const unit = unitAt(v, tokens, index + 2, -1)
  return unit && !unit.unit.currency && unit.unit.surfaces[0]!.length > 1 ? unit : undefined
}

const agedWord = /^(?:(\p{L}{3,})-)?(\p{L}+)-olds?$/u

/** "year-old", "million-year-old": the word of an age, with the magnitude it may hold ("300 million-year-old fossils"). */
export function agedAt(v: Vocabulary, tokens: readonly Token[], index: number): {unit: UnitDefinition; scale: number} | undefined {
  const lower = tokens[index]?.lower ?? ''
  // Asked after most numbers: the pattern only for a word that ends as an age does.
  if (!lower.endsWith('-old') && !lower.endsWith('-olds')) return undefined
  const words = agedWord.exec(lower)
  const scale = words?.[1] === undefined ? 1 : v.lexicon.magnitudes[words[1]]
  const unit = words && scale !== undefined ? v.suffixes.get(words[2] as string) : undefined
  return unit?.dimension === 'time' ? {unit, scale: scale as number} : undefined
}

/**
 * What the quantity ending before `index` is per: "$45 a share", "80,000 barrels a day", "$45-a-share",
 * "20 km/s", "12.5 milligrams per litre", "9,000 tonnes of steel a year"; not "$3 billion a year earlier".
 */
export function perAfter(v: Vocabulary, tokens: readonly Token[], index: number): {rate: string; next: number} | undefined {
  const word = tokens[index]?.lower
  const slash = word === '/' && glued(tokens[index - 1], tokens[index])
  const at = word === '-' && /^(?:a|an|per)$/.test(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.text === '-' ? index + 3 : word === 'per' || word === 'a' || word === 'an' || slash ? index + 1 : -1
  // "a year earlier" may be a time; "per year" never is.
  if (at > 0 && word !== 'per' && !slash && v.notRates.has(tokens[at + 1]?.lower ?? '')) return undefined
  const atWord = tokenAt(tokens, at)?.lower ?? ''
  const perWord = atWord.endsWith('s') ? atWord.slice(0, -1) : atWord
  if (at > 0 && v.perUnits.has(perWord)) return {rate: v.lexicon.perSynonyms[perWord] ?? perWord, next: at + 1}
  if (word === 'per' || slash) {
    const divisor = unitAt(v, tokens, at, slash ? (tokens[index]?.end ?? 0) : -1) ?? (slash ? timeSymbolAt(v, tokens, at) : undefined)
    if (divisor && !divisor.unit.currency && !divisor.rate) return {rate: divisor.unit.name, next: divisor.next}
  }
  return word === 'of' ? perAfterSubstance(v, tokens, index) : undefined
}

const timeSymbols: Record<string, string> = {s: 's', h: 'h'}

/** "km/s", "m3/h": the one-letter symbols of time, read only right after a slash, where no other word can stand. */
function timeSymbolAt(v: Vocabulary, tokens: readonly Token[], index: number): UnitMatch | undefined {
  const [slash, symbol, after] = [tokens[index - 1], tokens[index], tokens[index + 1]]
  const unit = symbol?.kind === 'word' && glued(slash, symbol) && !(after?.kind === 'word' && glued(symbol, after)) ? v.unitById.get(timeSymbols[symbol.text] ?? '') : undefined
  return unit ? {unit, next: index + 1} : undefined
}

/** "9,000 tonnes of steel a year": a substance of at most three words, none of them a stop word, between the unit and the time it is per. */
function perAfterSubstance(v: Vocabulary, tokens: readonly Token[], index: number): {rate: string; next: number} | undefined {
  for (let after = index + 1; after <= index + 4; after++) {
    const token = tokens[after]
    if (!token || token.kind !== 'word' || capitalized(token)) return undefined
    if (after > index + 1 && (token.lower === 'a' || token.lower === 'per')) {
      const time = tokens[after + 1]?.lower ?? ''
      const rate = v.lexicon.perSynonyms[time] ?? time
      return v.suffixes.get(rate)?.dimension === 'time' && !v.notRates.has(tokens[after + 2]?.lower ?? '') ? {rate, next: after + 2} : undefined
    }
    if (v.stopWords.has(token.lower)) return undefined
  }
  return undefined
}
