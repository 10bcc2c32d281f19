import {changeNear} from './direction.js'
import {isMinusSign} from './forms.js'
import {numberAt, type Phrase} from './numbers.js'
import type {Reading} from './quantity.js'
import {prefixBefore, unitAt} from './read-unit.js'
import {glued} from './tokens.js'
import {hit, type Scan} from './scan.js'
import type {UnitDefinition} from './units.js'

const joinedRangeEnd = /^to-(\d+(?:\.\d+)?)(?:-(\p{L}+))?$/u

/** Ranges: "140-165 miles", "5 to 10 km", "between $41 and $47", "from 180 pounds to 171", "0-to-60-mph". */
export function rangeAfter(scan: Scan, reading: Reading): void {
  const {v, tokens} = scan
  const {next, first} = reading
  const joiner = tokens[next]
  if (!joiner) return
  // "0-to-100-kph", "a 3-to-5-year term": the rest of the range is one hyphenated word.
  const joined = joiner.text === '-' && glued(tokens[next - 1], joiner) && glued(joiner, tokens[next + 1]) ? joinedRangeEnd.exec(tokens[next + 1]?.lower ?? '') : null
  const joinedUnit = joined?.[2] === undefined ? undefined : v.suffixes.get(joined[2])
  if (joined && !reading.unit && Number(joined[1]) > reading.value && (joined[2] === undefined || joinedUnit)) {
    hit(scan, 'range-in-one-word', first, next + 2)
    reading.range = [reading.value, Number(joined[1])]
    reading.unit = joinedUnit
    reading.next += 2
    return
  }
  // "between 5 and 10", "between about 5 and 10 percent": "between" before the figure or its bound.
  const rangeWord = joiner.text === '-' || joiner.text === '–' || joiner.lower === 'to' || (joiner.lower === 'and' && tokens[(reading.bounded?.start ?? first) - 1]?.lower === 'between')
  if (!rangeWord) return
  const upper = upperAt(scan, next + 1, reading.unit !== undefined)
  if (!upper) return
  const {unit, from, stated} = reading
  const signedValue = reading.minus ? -reading.number.value : reading.number.value
  // One range, one unit: "5 to 10 km", "5-10%", "$5 to $10"; not "4% to $1.8 billion".
  const sameUnit = upper.unit ? !unit || upper.unit.id === unit.id : !unit || joiner.text !== 'to' || from
  const ordered = from ? upper.phrase.value !== signedValue : upper.phrase.value > signedValue
  if (!ordered || !sameUnit) return
  // "fell 4.5p to 310p", "rose $4 to $62": after a rise or fall, a figure with its unit "to" another is the change, then the level.
  if (!from && joiner.lower === 'to' && stated !== undefined && upper.unit !== undefined && changeNear(v, tokens, reading.bounded?.start ?? first, scan.claimed) !== undefined) {
    hit(scan, 'change-then-level', first, upper.next)
    return
  }
  // "$12 to $15 billion", "5 to 10 million": the magnitude of the upper end is the lower end's too.
  const shared = reading.number.scale === 1 && upper.phrase.scale > 1 && reading.value * upper.phrase.scale <= upper.phrase.value * 100
  const low = shared ? reading.value * upper.phrase.scale : reading.value
  hit(scan, shared ? 'range-shared-magnitude' : 'range', first, upper.next)
  reading.range = [low, upper.phrase.value * (upper.factor ?? 1)]
  reading.value = low
  reading.next = upper.next
  reading.unit = upper.unit ?? unit
  reading.rate = upper.rate ?? reading.rate
}

/**
 * The upper end of a range at `index` and its unit: a unit after it ("5 to 10 km", what a rate is per included), else
 * the currency sign it may repeat ("$5 to $10"). `next` is the token after both.
 */
export function upperAt(scan: Scan, index: number, money: boolean): {phrase: Phrase; unit?: UnitDefinition; factor?: number; rate?: string; next: number} | undefined {
  const figure = upperFigureAt(scan, index, money)
  if (!figure) return undefined
  const {tokens} = scan
  const trailing = unitAt(scan.v, tokens, figure.phrase.next, tokens[figure.phrase.next - 1]?.end ?? 0)
  return {phrase: figure.phrase, unit: trailing?.unit ?? figure.prefix, factor: figure.factor, rate: trailing?.rate, next: trailing?.next ?? figure.phrase.next}
}

/** The number at the upper end of a range, with the currency sign it may repeat. */
function upperFigureAt(scan: Scan, index: number, money: boolean): {phrase: Phrase; prefix?: UnitDefinition; factor?: number} | undefined {
  const {v, tokens} = scan
  const bare = numberAt(v, tokens, index, money)
  if (bare) return {phrase: bare}
  // "from -12 °C to -31 °C"
  const negative = isMinusSign(scan, index + 1) ? numberAt(v, tokens, index + 1, money) : undefined
  if (negative) return {phrase: {...negative, value: -negative.value}}
  for (const at of [index + 1, index + 2]) {
    const signed = tokens[at] ? prefixBefore(v, tokens, at) : undefined
    const phrase = signed?.first === index ? numberAt(v, tokens, at, true) : undefined
    if (phrase && signed) return {phrase, prefix: signed.unit, factor: signed.factor}
  }
  return undefined
}
