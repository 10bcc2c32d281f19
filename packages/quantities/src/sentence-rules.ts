import type {Quantity} from '@tidings/core'
import {normalize} from './normalize.js'
import type {Scan} from './scan.js'

/** Reports a hit on a quantity found. */
function hitOn(scan: Scan, rule: string, quantity: Quantity): void {
  scan.trace?.(rule, quantity.start, quantity.end, true)
}

/** What is between two figures of the sentence. */
const between = (scan: Scan, left: Quantity, right: Quantity) => scan.sentence.slice(left.end - scan.offset, right.start - scan.offset)

/** The rules that read the figures of a sentence together, once all are found. */
export function relateFigures(scan: Scan): void {
  const {found} = scan
  for (let at = found.length - 2; at >= 0; at--) joinCompoundMeasure(scan, at)
  for (let at = found.length - 2; at >= 0; at--) {
    shareAlternativeUnit(scan, found[at] as Quantity, found[at + 1] as Quantity)
    shareSuspendedUnit(scan, found[at] as Quantity, found[at + 1] as Quantity)
    sharePartOfWhole(scan, found[at] as Quantity, found[at + 1] as Quantity)
    joinSuspendedRange(scan, at)
  }
  for (const list of listsOfFigures(scan)) shareListParts(scan, list)
  for (const [at, quantity] of found.entries()) carryUnit(scan, at, quantity)
}

/**
 * Runs of three figures or more written as a list, "19, 21 and 24", "3%, 5% or 7%": commas between them, "and" or
 * "or" before the last, and nothing else.
 */
function listsOfFigures(scan: Scan): Quantity[][] {
  const lists: Quantity[][] = []
  let run: Quantity[] = []
  const close = () => {
    if (run.length >= 3) lists.push(run)
    run = []
  }
  for (const [at, quantity] of scan.found.entries()) {
    const next = scan.found[at + 1]
    if (run.length === 0) run.push(quantity)
    const text = next ? between(scan, quantity, next) : ''
    if (next && /^,\s+$/.test(text)) run.push(next)
    else if (next && /^,?\s+(?:and|or)\s+$/.test(text)) {
      run.push(next)
      close()
    } else {
      // A run that ends with a comma and no "and" is no list of its own ("3, 4, 5" stays apart).
      run = []
    }
  }
  return lists
}

/**
 * "aged 19, 21 and 24", "12, 15 and 19 metres", "rose 3%, 5% and 7%": the figures of a list share the one unit or counted
 * noun written with some of them, and the rise or fall of the verb before the first, where they measure alike ("fell 3%,
 * 4,000 jobs and 20 stores" lists things of their own).
 */
function shareListParts(scan: Scan, list: Quantity[]): void {
  const measured = list.filter((quantity) => !isBare(quantity))
  const source = measured[0]
  if (source && !source.range && measured.every((quantity) => measuresAlike(quantity, source) && !quantity.range)) {
    for (const quantity of list) if (isBare(quantity) && takeUnit(scan, quantity, source)) hitOn(scan, 'list-unit', quantity)
  }
  const first = list[0] as Quantity
  if (!first.change) return
  for (const quantity of list.slice(1)) {
    if (quantity.change || !measuresAlike(quantity, first)) continue
    quantity.change = first.change
    hitOn(scan, 'list-change', quantity)
  }
}

const measuresAlike = (quantity: Quantity, other: Quantity) => quantity.unit?.id === other.unit?.id && quantity.of === other.of && quantity.dimension === other.dimension

// Measures written in two units, the larger first: "7 feet 10 inches", "3 hours and 20 minutes", "2 kg 300 g".
const compoundDimensions = new Set(['length', 'mass', 'time', 'volume'])

/**
 * "7 feet 10 inches", "3 hours and 20 minutes", '6\'2"': two figures of one dimension, the second in a smaller unit that
 * fits in one of the first, are one measure in the first unit.
 */
function joinCompoundMeasure(scan: Scan, at: number): void {
  const large = scan.found[at] as Quantity
  const small = inchesAfterFeet(scan, large, scan.found[at + 1] as Quantity)
  if (!large.unit || !small.unit || large.dimension !== small.dimension || !compoundDimensions.has(large.dimension)) return
  if (large.range || small.range || small.bound !== 'exact' || small.change || !/^\s*(?:and\s+)?$/.test(between(scan, large, small))) return
  const [largeUnit, smallUnit] = [scan.v.unitById.get(large.unit.id), scan.v.unitById.get(small.unit.id)]
  const [largeSize, smallSize] = [largeUnit && normalize(1, largeUnit)?.value, smallUnit && normalize(1, smallUnit)?.value]
  if (!largeUnit || !largeSize || !smallSize || smallSize >= largeSize || small.value * smallSize >= largeSize || !Number.isInteger(large.value)) return
  const value = Number((large.value + (small.value * smallSize) / largeSize).toPrecision(12))
  const joined: Quantity = {...large, end: small.end, text: scan.sentence.slice(large.start - scan.offset, small.end - scan.offset), value}
  const normalized = normalize(value, largeUnit)
  if (normalized) joined.normalized = normalized
  scan.found.splice(at, 2, joined)
  hitOn(scan, 'compound-measure', joined)
}

/** "six foot two", "5 feet 10": a bare whole figure under twelve right after feet is the inches of a height. */
function inchesAfterFeet(scan: Scan, large: Quantity, small: Quantity): Quantity {
  const inch = scan.v.unitById.get('in')
  if (large.unit?.id !== 'ft' || !inch || !isBare(small) || !Number.isInteger(small.value) || small.value >= 12 || !/^\s+$/.test(between(scan, large, small))) return small
  return {...small, unit: {id: inch.id, name: inch.name, symbol: inch.symbol}, dimension: inch.dimension}
}

/** "five or six boats", "10 or 12 km": a bare figure offered as the other choice of the next takes its unit or what it counts. */
function shareAlternativeUnit(scan: Scan, quantity: Quantity, next: Quantity): void {
  if (!isBare(quantity) || next.range || next.value <= quantity.value || !/^\s+(?:or|and)\s+$/.test(between(scan, quantity, next))) return
  if (takeUnit(scan, quantity, next)) hitOn(scan, 'alternative-unit', quantity)
}

/**
 * "411 of the 650 seats", "9 of the club's last 12 games", "365 out of 650 seats": a bare part of a whole counted or measured
 * right after it counts or measures the same; the part is no more than the whole.
 */
function sharePartOfWhole(scan: Scan, part: Quantity, whole: Quantity): void {
  if (!isBare(part) || part.value > (whole.range?.[0] ?? whole.value) || part.value < 0) return
  const words = between(scan, part, whole).trim().split(/\s+/)
  const of = words[0] === 'out' ? 1 : 0
  if (words[of] !== 'of') return
  // A determiner, an owner, and after either one word that picks the whole out ("of the remaining 20 seats", "of the
  // club's last 12 games"); not a clause of its own ("3 of them bought 20 tickets").
  let at = of + 1
  if (scan.v.partitives.has(words[at] ?? '')) at++
  if (/^\p{L}+(?:['’]s|s['’])$/u.test(words[at] ?? '')) at++
  if (at > of + 1 && /^\p{Ll}+$/u.test(words[at] ?? '')) at++
  if (at !== words.length) return
  if (takeUnit(scan, part, whole)) hitOn(scan, 'part-of-whole', part)
}

/** "a 5- or 6-inch tablet", "two-, three- and four-bedroom flats": a number left hanging on a hyphen takes the unit of the compound that completes it. */
function shareSuspendedUnit(scan: Scan, quantity: Quantity, next: Quantity): void {
  if (!isBare(quantity)) return
  if (!/^-(?:,?\s(?:or|and|to)\s|,\s)$/.test(between(scan, quantity, next))) return
  // The next figure completes the compound ("6-inch"), or hangs on its own hyphen and took the unit of the one after.
  if (!/^[\p{L}\d.,]+-\p{L}/u.test(next.text) && !scan.sentence.startsWith('-', next.end - scan.offset)) return
  if (takeUnit(scan, quantity, next)) hitOn(scan, 'suspended-hyphen-unit', quantity)
}

/** "a 4- to 9-metre boat": a figure left hanging on a hyphen and the compound after "to" are one range. */
function joinSuspendedRange(scan: Scan, at: number): void {
  const [low, high] = [scan.found[at] as Quantity, scan.found[at + 1] as Quantity]
  if (!low.unit || low.unit.id !== high.unit?.id || high.range || high.value <= low.value) return
  if (!/^-\s+to\s+$/.test(between(scan, low, high))) return
  const range: Quantity = {...high, start: low.start, text: scan.sentence.slice(low.start - scan.offset, high.end - scan.offset), value: low.value, range: [low.value, high.value], bound: low.bound}
  if (low.normalized) range.normalized = low.normalized
  scan.found.splice(at, 2, range)
  hitOn(scan, 'suspended-hyphen-range', range)
}

/** "rose 40 points to 3,120.5", "310 cars compared with 45", "8,200 up 35 points": a bare figure takes the unit of the figure it is measured against. */
function carryUnit(scan: Scan, at: number, quantity: Quantity): void {
  if (!isBare(quantity)) return
  const {found, sentence, offset} = scan
  const next = found[at + 1]
  const measured = next && /^,?\s*(?:up|down)\s*$/.test(between(scan, quantity, next)) && next.dimension !== 'percentage' ? next : undefined
  const source = measured ?? (comparedBefore(scan, quantity) ? found.slice(Math.max(0, at - 4), at).reverse().find((other) => (other.unit && other.dimension !== 'percentage') || other.of) : undefined)
  if (source) {
    if (takeUnit(scan, quantity, source)) hitOn(scan, measured ? 'unit-from-change-after' : 'unit-from-compared', quantity)
    return
  }
  const group = at > 0 ? groupNamedBefore(scan, found.slice(Math.max(0, at - 4), at), quantity) : undefined
  if (group) {
    if (takeUnit(scan, quantity, group)) hitOn(scan, 'part-of-group-before', quantity)
    return
  }
  const level = at > 0 ? levelBeside(scan, found[at - 1] as Quantity, quantity) : undefined
  if (level) {
    if (takeUnit(scan, quantity, level)) hitOn(scan, 'unit-from-level', quantity)
    return
  }
  if (quantity.value < 10 && sentence.endsWith('or ', quantity.start - offset) && orAfterOne(scan, quantity)) return
  if (at === 0) return
  // The figure before, passing over amounts of time, which are seldom left out ("6,400 people out of work for two years and 9,500 for three").
  let earlier: Quantity | undefined
  for (let back = at - 1; back >= Math.max(0, at - 4) && !earlier; back--) {
    const other = found[back] as Quantity
    if (other.dimension !== 'time' && other.dimension !== 'age') earlier = other
  }
  if (earlier && ((earlier.unit && !earlier.range) || earlier.of) && elided(scan, found[at - 1] as Quantity, quantity) && takeUnit(scan, quantity, earlier)) hitOn(scan, 'unit-left-out', quantity)
}

// "2,000 of them", "12 of whom": a pronoun for the group a figure before counted.
const ofPronoun = /^\s+of\s+(?:them|whom|those|these|which|it)\b/i
// "Of the 50 staff, 30 were": the group named first, in a phrase of its own.
const groupFirst = /^(?:of|out\s+of|among)\s+(?:the|its|their|these|those)\s+$/i

/**
 * "more than 5,000 people, nearly 2,000 of them in Britain", "Of the 50 staff, 30 were laid off": a part of a group a
 * figure before counted or measured counts or measures the same; the part is no larger than the group.
 */
function groupNamedBefore(scan: Scan, earlier: Quantity[], part: Quantity): Quantity | undefined {
  const {sentence, offset} = scan
  const group = earlier.at(-1)
  if (!group) return undefined
  const named = between(scan, group, part) === ', ' && groupFirst.test(sentence.slice(0, group.start - offset))
  const pronoun = ofPronoun.test(sentence.slice(part.end - offset, part.end - offset + 12))
  if (!named && !pronoun) return undefined
  const source = named ? group : [...earlier].reverse().find((other) => (other.unit && other.dimension !== 'percentage') || other.of)
  return source && !source.range && part.value <= source.value && ((source.unit && source.dimension !== 'percentage') || source.of) ? source : undefined
}

const comparingEnd = /[oOsShHmMfF]\s*$/

/**
 * "closed down 45 points at 7,512", "rose to 1.2 million units from 980,000": the level a change ends at, after its
 * figure and "at", and the level it started from, right after the level it reached and "from", are in the same unit.
 */
function levelBeside(scan: Scan, previous: Quantity, quantity: Quantity): Quantity | undefined {
  if (!(previous.unit && previous.dimension !== 'percentage') && !previous.of) return undefined
  const text = between(scan, previous, quantity)
  if (text === ' from ') return previous
  return previous.change && text.length <= 24 && /^[\s,]+(?:\p{L}+\s+)?at\s+$/u.test(text) ? previous : undefined
}

/**
 * "to 4.2 million tickets, up from 3.1 million", "310 cars compared with 45", "41 seats out of 120": the words before
 * the figure compare it with one before.
 */
function comparedBefore(scan: Scan, quantity: Quantity): boolean {
  const {sentence, offset} = scan
  // Asked of every bare figure: the words are read only where the last of them may be "to", "versus", "with", "from" or "of".
  if (!comparingEnd.test(sentence.slice(Math.max(0, quantity.start - offset - 24), quantity.start - offset))) return false
  const words = sentence.slice(Math.max(0, quantity.start - offset - 24), quantity.start - offset).trimEnd().toLowerCase().split(' ').slice(-2)
  return words.at(-1) === 'to' || words.at(-1) === 'versus' || (words[0] === 'compared' && words[1] === 'with') || (words[1] === 'from' && (words[0] === 'up' || words[0] === 'down')) || (words[0] === 'out' && words[1] === 'of')
}

/** "a day or two", "another lap or two": a small number after "or" counts or measures the noun one of which came before. */
function orAfterOne(scan: Scan, quantity: Quantity): boolean {
  const {v, sentence, offset} = scan
  const [article, noun, or] = sentence.slice(Math.max(0, quantity.start - offset - 32), quantity.start - offset).trimEnd().split(' ').slice(-3)
  if (or?.toLowerCase() !== 'or' || !noun || !/^(?:a|an|another|one)$/i.test(article ?? '') || !/^\p{Ll}+$/u.test(noun)) return false
  const unit = v.suffixes.get(noun)
  if (unit && noun.length > 1 && !unit.currency) {
    quantity.unit = {id: unit.id, name: unit.name, symbol: unit.symbol}
    quantity.dimension = unit.dimension
    const normalized = normalize(quantity.value, unit)
    if (normalized) quantity.normalized = normalized
  } else if (!unit && !v.stopWords.has(noun)) quantity.of = noun
  hitOn(scan, 'one-or-two', quantity)
  return true
}

/**
 * "320 lambs at auction and 75 by private sale", "62.5 cents, while the lowest is 58.1": a bare figure a few words after a
 * coordinator that follows the figure before it leaves out that figure's unit; not a level ("and closed at 3,100").
 */
function elided(scan: Scan, previous: Quantity, quantity: Quantity): boolean {
  const {v, sentence, offset} = scan
  const text = between(scan, previous, quantity)
  if (text.length > 60 || /[;:()]/.test(text)) return false
  // A preposition, a verb or the end may follow ("and 75 by private sale", "and 5 were"); not a noun of its own ("and two
  // new ones"), the number itself ("and 32 is the total") nor a part of a group ("while two of the teams").
  const following = /^\s*(?:(\p{L}+)|\d)/u.exec(sentence.slice(quantity.end - offset, quantity.end - offset + 16))
  if (following && (following[1] === undefined || v.notElided.has(following[1].toLowerCase()) || !v.stopWords.has(following[1].toLowerCase()))) return false
  const words = text.toLowerCase().split(/[\s,]+/)
  let lead = -1
  for (let at = words.length - 1; at >= Math.max(0, words.length - 5); at--) {
    if (v.coordinators.has(words[at] as string)) {
      lead = at
      break
    }
  }
  return lead >= 0 && words.slice(lead + 1).every((word) => !v.levelWords.has(word))
}

/** A figure with no unit and nothing counted, which may take them from a figure beside it. */
function isBare(quantity: Quantity): boolean {
  return !quantity.unit && !quantity.of && !quantity.range && quantity.dimension === 'count'
}

/** `quantity` measured as `source` is: in its unit (with its own SI value), or counting what it counts. A rate's unit is not in the vocabulary and passes on nothing. */
function takeUnit(scan: Scan, quantity: Quantity, source: Quantity): boolean {
  const unit = source.unit ? scan.v.unitById.get(source.unit.id) : undefined
  if (unit && source.unit) {
    quantity.unit = {...source.unit}
    quantity.dimension = source.dimension
    const normalized = normalize(quantity.value, unit)
    if (normalized) quantity.normalized = normalized
    return true
  }
  if (source.of && !source.unit) {
    quantity.of = source.of
    return true
  }
  return false
}

/** "lost 85 points, or 1.1%", "more than 6 million crowns ($560,000)": the second figure restates the first's rise or fall, and its bound. */
export function restates(scan: Scan, previous: Quantity, quantity: Quantity): void {
  const text = between(scan, previous, quantity)
  if (!/^\s*\(\s*$/.test(text) && !/^,?\s*or\s*$/.test(text)) return
  if (!quantity.change && previous.change) {
    quantity.change = previous.change
    hitOn(scan, 'restated-change', quantity)
  }
  // A comparison carries over ("more than 6 million crowns ($560,000)"); "about" does not: the
  // restatement is a conversion, stated as a figure of its own ("some five miles (8 km)").
  if (quantity.bound === 'exact' && previous.bound !== 'exact' && previous.bound !== 'approximate' && !quantity.range) {
    quantity.bound = previous.bound
    hitOn(scan, 'restated-bound', quantity)
  }
}
