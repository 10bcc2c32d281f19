import type {Quantity} from '@tidings/core'
import {ageAbbreviation, isAgeAfterName, isStatedAge} from './ages.js'
import {countedAfter, wholeGroup} from './counted.js'
import {changeNear} from './direction.js'
import {excludedBy} from './exclusions.js'
import {hyphenated, inchWord, isMinusBefore, isMinusSign, measureBeforeInWord, oneOfUnit, proportion, spokenFraction, unitMark, vagueAmount} from './forms.js'
import {numberAt, type Phrase, slashFraction} from './numbers.js'
import {rangeAfter, upperAt} from './ranges.js'
import {agedAt, boundBefore, bracketedUnit, type Bound, perAfter, prefixBefore, unitAt, unitOfOne, type UnitMatch} from './read-unit.js'
import {build, hit, type Scan} from './scan.js'
import {capitalized, glued, type Token, tokenAt} from './tokens.js'
import type {UnitDefinition} from './units.js'

/** A figure being read, from its number onwards; each step reads what may follow and moves `next`. */
export interface Reading {
  /** The number's first token; `first` is the quantity's, a sign or currency included. */
  start: number
  first: number
  number: Phrase
  value: number
  next: number
  /** The unit: a currency sign before the number, a unit after it, or the unit of a range's upper end. */
  unit?: UnitDefinition
  /** The unit written before or right after the number, before any range. */
  stated?: UnitDefinition
  /** Whether the unit came before the number ("$5"). */
  prefixed: boolean
  minus: boolean
  range?: [number, number]
  rate?: string
  of?: string
  dimension?: string
  bounded?: {bound: Bound; start: number}
  /** "from 5 to 10": the range states both ends. */
  from: boolean
  /** The unit right after the number, read once for the exclusions and for the quantity. */
  unitAfter?: UnitMatch
  /** "30-year", "20 - year": a hyphen after the number. */
  hyphen?: boolean
  /** "six more laps": the word that adds, between the number and what it counts. */
  added: number
  /** "five or more": a bound written after the number. */
  boundAfter?: Bound
}

/** The quantity that starts at token `start`, if any. */
export function quantityAt(scan: Scan, start: number): {value: Quantity; next: number} | undefined {
  const {v, tokens} = scan
  const token = tokens[start] as Token
  const vague = v.vagueStarts.has(token.lower) ? vagueAmount(scan, start) : undefined
  if (vague) return vague
  const one = token.lower === 'a' || token.lower === 'an' || token.lower === 'half' ? oneOfUnit(scan, start) : undefined
  if (one) return one
  if (token.kind === 'symbol' && v.lexicon.numbers[token.text] === undefined) return undefined
  const ruled = scan.rules.length > 0 ? ruleNumber(scan, start) : undefined
  // Most words start no quantity; only number words ("two-thirds", "fourfold"), "a", "minus-" and "sub-" can.
  if (!ruled && token.kind === 'word' && !startsQuantity(scan, token.lower, tokens[start + 1]?.lower ?? '')) return undefined
  const [dash, after] = [tokens[start + 1], tokens[start + 2]]
  const spaced = v.numberWords.has(token.lower) && dash?.text === '-' && !glued(token, dash) && after?.kind === 'word' && !glued(dash, after) && !v.numberWords.has(after.lower)
  if (spaced) return hyphenated(scan, start, true)
  const compound = hyphenated(scan, start, false) ?? spokenFraction(scan, start) ?? proportion(scan, start) ?? (token.kind === 'word' ? measureBeforeInWord(scan, start) : undefined)
  if (compound) return compound
  const reading = readNumber(scan, start, ruled)
  if (!reading) return undefined
  readHyphenBound(scan, reading)
  readUnit(scan, reading)
  readBelowZero(scan, reading)
  readCurrencyParts(scan, reading)
  reading.bounded = boundBefore(v, tokens, reading.first)
  reading.from = tokenAt(tokens, (reading.bounded?.start ?? reading.first) - 1)?.lower === 'from'
  rangeAfter(scan, reading)
  readRate(scan, reading)
  readAge(scan, reading)
  readBoundAfter(scan, reading)
  readCounted(scan, reading)
  return finish(scan, reading)
}

/** Whether a word can open a quantity: checked first, so the other readings run on few words. "a" opens one only before a number word ("a third", "a million", "a half hour"). */
function startsQuantity(scan: Scan, word: string, next: string): boolean {
  const {v} = scan
  if (word === 'a' || word === 'an') return v.numberWords.has(next) || v.lexicon.magnitudes[next] !== undefined || v.lexicon.fractions[next] !== undefined
  if (v.signWords.has(word)) return v.numberWords.has(next.split('-')[0] as string)
  const dash = word.indexOf('-')
  const head = dash < 0 ? word : word.slice(0, dash)
  return v.numberWords.has(head) || head === 'minus' || head === 'sub' || word.endsWith('fold') || (dash > 0 && v.prefixes.has(head))
}

/** A number read by one of the user's rules. */
function ruleNumber(scan: Scan, start: number): Phrase | undefined {
  for (const rule of scan.rules) {
    const read = rule.read(scan.tokens, start)
    if (read && read.next > start) {
      hit(scan, rule.id, start, read.next)
      return {next: read.next, value: read.value, scale: 1}
    }
  }
  return undefined
}

/** The number at `start` with the sign before it, checked against the exclusions. */
function readNumber(scan: Scan, start: number, ruled: Phrase | undefined): Reading | undefined {
  const {v, tokens} = scan
  // "negative five hundred", "minus ten degrees": a sign word before number words.
  const spoken = !ruled && start >= scan.claimed && isSignWord(scan, start)
  const at = spoken ? start + 1 : start
  const sign = spoken ? undefined : prefixBefore(v, tokens, at)
  const prefixed = sign && sign.first >= scan.claimed ? sign : undefined
  // "-12 °C", "minus 9C", and "-$5" with the sign before the currency's.
  const minus = spoken || (prefixed ? prefixed.first - 1 >= scan.claimed && isMinusBefore(tokens, prefixed.first) : at - 1 >= scan.claimed && isMinusSign(scan, at))
  const number = ruled ?? slashFraction(tokens, at) ?? numberAt(v, tokens, at, prefixed !== undefined)
  if (!number) return undefined
  // "six more laps", "three more days": what is added is counted or measured past the word that adds it.
  const afterAdded = tokens[number.next + 1]
  const added = !prefixed && v.addedWords.has(tokens[number.next]?.lower ?? '') && afterAdded?.kind === 'word' && !v.stopWords.has(afterAdded.lower) && !capitalized(afterAdded) ? 1 : 0
  const unitAfter = !prefixed && tokens[number.next] ? unitAt(v, tokens, number.next + added, added ? -1 : (tokens[number.next - 1]?.end ?? 0)) : undefined
  if (!prefixed && !ruled) {
    const candidate = {scan, sentence: scan.sentence, tokens, start: at, next: number.next, value: number.value, unit: unitAfter?.unit, phrase: number, unitMatch: unitAfter}
    const excluded = excludedBy(scan.exclusions, candidate)
    if (excluded) {
      hit(scan, excluded, at, number.next, false)
      return undefined
    }
  }
  if (prefixed) hit(scan, 'currency-before', prefixed.first, number.next)
  const signStart = (prefixed?.first ?? at) - 1
  if (minus) hit(scan, spoken ? 'signed-words' : 'minus-sign', signStart, number.next)
  if (added && unitAfter) hit(scan, 'added-word', at, unitAfter.next)
  const first = minus ? signStart : (prefixed?.first ?? at)
  const value = number.value * (prefixed?.factor ?? 1) * (minus ? -1 : 1)
  // Every field set here, in one order, so each reading has one shape and the steps after read it fast.
  return {
    start: at, first, number, value, next: number.next, unit: prefixed?.unit, stated: undefined, prefixed: prefixed !== undefined, minus, range: undefined, rate: undefined,
    of: undefined, dimension: undefined, bounded: undefined, from: false, unitAfter, hyphen: undefined, added, boundAfter: undefined
  }
}

/** A sign word ("negative", "minus") before number words, not a subtraction ("ten minus five"). */
function isSignWord(scan: Scan, start: number): boolean {
  const {v, tokens} = scan
  const [before, sign, next] = [tokenAt(tokens, start - 1), tokens[start] as Token, tokens[start + 1]]
  if (!v.signWords.has(sign.lower) || next?.kind !== 'word' || !v.numberWords.has(next.lower.split('-')[0] as string)) return false
  return !(before && (before.kind === 'number' || v.numberWords.has(before.lower.split('-').at(-1) as string)))
}

/** "40-odd years", "a 50-plus crowd": a bound hyphenated to the figure, before its unit or what it counts. */
function readHyphenBound(scan: Scan, reading: Reading): void {
  const {v, tokens} = scan
  const [hyphen, word] = [tokens[reading.next], tokens[reading.next + 1]]
  if (reading.unit || hyphen?.text !== '-' || !glued(tokens[reading.next - 1], hyphen) || !glued(hyphen, word)) return
  const bound = v.lexicon.hyphenBounds[word?.lower ?? '']
  if (!bound) return
  hit(scan, 'hyphen-bound', reading.start, reading.next + 2)
  reading.boundAfter = bound
  reading.next += 2
  const after = tokens[reading.next]
  reading.unitAfter = after ? unitAt(v, tokens, reading.next, (word as Token).end) : undefined
}

/** The unit after the number: "640-mile", "5 km", "a third of a mile", "15 (kg)", "6 ft 2 in", "45 MEUR". */
function readUnit(scan: Scan, reading: Reading): void {
  if (reading.unit) {
    reading.stated = reading.unit
    return
  }
  const {v, tokens} = scan
  const next = reading.next
  // "20 - year loans": tokenized text spaces the hyphen of a compound; "20 - 30" stays a range.
  const hyphen = tokens[next]?.text === '-' && (glued(tokens[next - 1], tokens[next]) || (tokens[next + 1]?.kind === 'word' && tokens[next + 2]?.kind === 'word'))
  reading.hyphen = hyphen
  let found: UnitMatch | undefined
  let rule = hyphen ? 'unit-after-hyphen' : 'unit-after'
  found = hyphen ? unitAt(v, tokens, next + 1, -1) : reading.unitAfter
  if (!found && reading.number.value < 1) [found, rule] = [unitOfOne(v, tokens, next), 'unit-of-one']
  if (!found) [found, rule] = [bracketedUnit(v, tokens, next), 'unit-in-brackets']
  if (!found) [found, rule] = [inchWord(scan, next), 'inch-word']
  if (!found) [found, rule] = [wordCurrency(scan, reading), 'word-currency']
  if (!found) [found, rule] = [unitMark(scan, next), 'inch-mark']
  if (found) {
    hit(scan, rule, reading.start, found.next)
    reading.unit = found.unit
    reading.next = found.next
    reading.rate = found.rate
    reading.value *= found.factor ?? 1
    // Twelve digits, as a compound measure keeps them ("5-foot-10" is 5.83333333333 feet).
    if (found.added) reading.value = Number((reading.value + found.added).toPrecision(12))
  }
  reading.stated = reading.unit
}

/** "5 trillion won": a currency named by a common word, after a magnitude that counts people seldom and money often. */
function wordCurrency(scan: Scan, reading: Reading): UnitMatch | undefined {
  const {v, tokens} = scan
  const word = tokens[reading.next]
  const id = word?.kind === 'word' && word.text === word.lower ? v.lexicon.wordCurrencies[word.lower] : undefined
  const unit = id && reading.number.scale >= 1e6 ? v.unitById.get(id) : undefined
  return unit ? {unit, next: reading.next + 1} : undefined
}

/** "20 below zero", "15 degrees below zero": a temperature under the zero of its scale, which the scale's unit or the degree measures. */
function readBelowZero(scan: Scan, reading: Reading): void {
  const {tokens} = scan
  if (tokens[reading.next]?.lower !== 'below' || tokens[reading.next + 1]?.lower !== 'zero' || reading.minus) return
  if (reading.unit && reading.unit.dimension !== 'temperature' && reading.unit.id !== 'deg') return
  hit(scan, 'below-zero', reading.start, reading.next + 2)
  reading.unit ??= scan.v.unitById.get('deg')
  reading.value = -reading.value
  reading.next += 2
}

/** "40 EUR million", "4 dollars 25 cents", "eleven dollars and twenty cents", "12 dollars 40.". */
function readCurrencyParts(scan: Scan, reading: Reading): void {
  const {v, tokens} = scan
  const stated = reading.stated
  if (!stated?.currency) return
  const lateScale = v.lexicon.magnitudes[tokens[reading.next]?.lower ?? '']
  if (lateScale && (tokens[reading.next] as Token).text.length > 2) {
    hit(scan, 'magnitude-after-currency', reading.start, reading.next + 1)
    reading.value *= lateScale
    reading.next++
  }
  if (stated.factor) return
  // "between $10 and 15" is a range, not ten dollars fifteen.
  const and = tokens[reading.next]?.lower === 'and' ? 1 : 0
  if (and && tokens[(boundBefore(v, tokens, reading.first)?.start ?? reading.first) - 1]?.lower === 'between') return
  const minor = tokens[reading.next + and]?.kind === 'symbol' ? undefined : numberAt(v, tokens, reading.next + and, false)
  const after = minor ? tokens[minor.next] : undefined
  const minorUnit = after ? v.suffixes.get(after.lower) : undefined
  if (!minor || !Number.isInteger(minor.value) || minor.value >= 100 || minor.scale !== 1) return
  if (minorUnit?.factor === 0.01 && minorUnit.currency) {
    reading.value += minor.value / 100
    reading.next = minor.next + 1
  } else if (!after || /^[.,;!?]$/.test(after.text)) {
    reading.value += minor.value / 100
    reading.next = minor.next
  } else return
  hit(scan, 'minor-currency-unit', reading.start, reading.next)
}

/** What a quantity with a unit is per: "$45 a share", "80,000 barrels a day", and "from $120 per kg to $150 per kg". */
function readRate(scan: Scan, reading: Reading): void {
  if (!reading.unit || reading.rate) return
  const per = perAfter(scan.v, scan.tokens, reading.next)
  if (!per) return
  hit(scan, 'rate', reading.start, per.next)
  reading.rate = per.rate
  reading.next = per.next
  const upper = reading.from && !reading.range ? rateRangeEnd(scan, reading.next, reading.unit, per.rate, reading.value) : undefined
  if (upper) {
    hit(scan, 'rate-range', reading.first, upper.next)
    reading.range = [reading.value, upper.value]
    reading.next = upper.next
  }
}

/** "from $120 per kg to $150 per kg": the other end of a range of rates, each end written whole; the rate before ends at `index`. */
function rateRangeEnd(scan: Scan, index: number, unit: UnitDefinition, rate: string, value: number): {value: number; next: number} | undefined {
  if (scan.tokens[index]?.lower !== 'to') return undefined
  const upper = upperAt(scan, index + 1, unit.currency !== undefined)
  if (!upper) return undefined
  const per = upper.unit?.id === unit.id ? perAfter(scan.v, scan.tokens, upper.next) : undefined
  const end = upper.phrase.value * (upper.factor ?? 1)
  return per?.rate === rate && end !== value ? {value: end, next: per.next} : undefined
}

/** "41 years old", "a 41-year-old", "33 - year - old", "aged 45": an age. */
function readAge(scan: Scan, reading: Reading): void {
  const {v, tokens} = scan
  if (reading.unit?.dimension === 'time' && tokens[reading.next]?.text === '-' && /^olds?$/.test(tokens[reading.next + 1]?.lower ?? '')) markAge(scan, reading, 'age-year-old', reading.unit, reading.next + 2)
  const next = reading.next
  const spaced = !reading.unit && tokens[next]?.text === '-' && v.suffixes.get(tokens[next + 1]?.lower ?? '')?.dimension === 'time' && tokens[next + 2]?.text === '-' && /^olds?$/.test(tokens[next + 3]?.lower ?? '')
  const aged = reading.unit ? undefined : agedAt(v, tokens, reading.hyphen ? next + 1 : next)
  const abbreviated = reading.unit ? undefined : ageAbbreviation(scan, next)
  if (spaced) markAge(scan, reading, 'age-year-old', v.suffixes.get(tokens[next + 1]?.lower ?? ''), next + 4)
  else if (aged) {
    reading.value *= aged.scale
    markAge(scan, reading, 'age-year-old', aged.unit, next + (reading.hyphen ? 2 : 1))
  } else if (reading.unit?.dimension === 'time' && tokens[next]?.lower === 'old') markAge(scan, reading, 'age-years-old', reading.unit, next + 1)
  else if (reading.unit?.dimension === 'time' && tokens[next]?.lower === 'of' && tokens[next + 1]?.lower === 'age') markAge(scan, reading, 'age-of-age', reading.unit, next + 2)
  else if (abbreviated) markAge(scan, reading, 'age-abbreviation', v.suffixes.get('year'), abbreviated)
  else if (!reading.unit && isStatedAge(scan, reading.start, reading.number, ageLeadEnd(scan, reading))) markAge(scan, reading, 'age-after-lead', v.suffixes.get('year'), next)
  else if (!reading.unit && !reading.prefixed && isAgeAfterName(scan, reading.start, reading.number)) markAge(scan, reading, 'age-after-name', v.suffixes.get('year'), next)
}

/** Where the words that state an age end: before a bound ("aged over 65") and the opening of a range ("aged between 20 and 35"). */
function ageLeadEnd(scan: Scan, reading: Reading): number {
  const first = reading.bounded?.start ?? reading.first
  const opening = reading.range ? tokenAt(scan.tokens, first - 1)?.lower : undefined
  return opening === 'between' || opening === 'from' ? first - 1 : first
}

/** The reading is an age, in `unit`, ending before `next`. */
function markAge(scan: Scan, reading: Reading, id: string, unit: UnitDefinition | undefined, next: number): void {
  hit(scan, id, reading.start, next)
  reading.unit = unit
  reading.dimension = 'age'
  reading.next = next
}

/**
 * "five or more", "$3m or less", "aged 65 and over", "20 or so": a bound written after the figure, before what it counts; read
 * past after a bound before the figure too ("some 20 or so people"), which is the one kept.
 */
function readBoundAfter(scan: Scan, reading: Reading): void {
  const {tokens} = scan
  const [joiner, word] = [tokens[reading.next], tokens[reading.next + 1]]
  if (reading.range || !joiner || !word || reading.boundAfter) return
  if (!scan.v.boundAfterStarts.has(joiner.lower) && !joiner.lower.includes(' ')) return
  const bound = scan.v.lexicon.boundsAfter[`${joiner.lower} ${word.lower}`]
  if (!bound) return
  hit(scan, 'bound-after', reading.start, reading.next + 2)
  reading.boundAfter = bound
  reading.next += 2
}

/** What a count counts: "300 people", "two of the victims", "six million 330ml cans". */
function readCounted(scan: Scan, reading: Reading): void {
  if (reading.unit) return
  const {v, tokens} = scan
  const next = reading.next
  // "two of the victims", "4m of its phones": a part of a group counts the group's members.
  // "two of Lee's aides": a name's, too.
  const owner = tokens[next + 1]
  const partOf = tokens[next]?.lower === 'of' && (v.partitives.has(owner?.lower ?? '') || (capitalized(owner) && /['’]s$/.test(owner?.lower ?? '')))
  const counted = countedAfter(v, tokens, next + (next === reading.number.next ? reading.added : 0), reading.value <= 1 && !reading.range)
  const group = counted || !partOf ? undefined : wholeGroup(v, tokens, next + 2)
  const found = counted ?? group
  if (found) {
    hit(scan, group ? 'part-of-group' : 'counted-noun', reading.start, found.next)
    reading.of = found.of
    reading.next = found.next
  } else if (tokens[next]?.kind === 'number') {
    reading.of = measuredCount(scan, next)
    if (reading.of) hit(scan, 'measured-count', reading.start, next + 1)
  }
}

/**
 * "six million 330ml cans", "1.5 million 5 litre drums": a measure between a count and the plural noun it
 * counts belongs to what is counted. The measure stays a quantity of its own.
 */
function measuredCount(scan: Scan, index: number): string | undefined {
  const {v, tokens} = scan
  const measure = numberAt(v, tokens, index, false)
  const unit = measure ? unitAt(v, tokens, measure.next, tokens[measure.next - 1]?.end ?? 0) : undefined
  const counted = unit && !unit.rate ? countedAfter(v, tokens, unit.next, false) : undefined
  return counted ? scan.sentence.slice((tokens[index] as Token).start, (tokens[counted.next - 1] as Token).end) : undefined
}

/** "four times a week", "3 times per day": over a length of time, "times" counts occurrences, a count per week, not a ratio. */
const occurrences = {id: 'count', name: 'count', symbol: '×'}
const rateNumerator = (unit: UnitDefinition): Pick<UnitDefinition, 'id' | 'name' | 'symbol'> => (unit.id === 'times' ? occurrences : unit)

/** The quantity read, with its bound and its rise or fall; a range from one figure to another states both ends and has neither. */
function finish(scan: Scan, reading: Reading): {value: Quantity; next: number} {
  const {v, tokens} = scan
  const {bounded, first, unit, rate} = reading
  const ends = reading.from && reading.range !== undefined
  const bound = ends ? undefined : (bounded?.bound ?? reading.boundAfter ?? reading.number.bound)
  const before = ends ? undefined : changeNear(v, tokens, bounded?.start ?? first, scan.claimed)
  // "closed 3.4% higher", "5% lower than a year ago": a comparative right after the figure says which way it moved.
  const after = tokens[reading.next]
  const change = before ?? (ends || after?.text !== after?.lower ? undefined : v.lexicon.changesAfter[after?.lower ?? ''])
  if (bounded && !ends) hit(scan, 'bound-before', bounded.start, reading.next)
  if (before) hit(scan, 'change-before', bounded?.start ?? first, reading.next)
  else if (change) hit(scan, 'change-after', bounded?.start ?? first, reading.next + 1)
  const over = unit && rate ? rateNumerator(unit) : undefined
  const rated = unit && over ? {...unit, id: `${over.id}/${rate}`, name: `${over.name} per ${rate}`, symbol: `${over.symbol}/${rate}`, dimension: 'rate', convert: undefined, factor: undefined, currency: undefined} : unit
  return build(scan, bounded?.start ?? first, reading.next, {value: reading.value, range: reading.range, unit: rated, of: reading.of, bound, change, dimension: reading.dimension})
}
