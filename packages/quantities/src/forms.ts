import type {Quantity} from '@tidings/core'
import {unitAt, unitOfOne, boundBefore, type UnitMatch} from './read-unit.js'
import {build, hit, isBlocked, type Scan} from './scan.js'
import {capitalized, glued, isArticle, type Token, tokenAt} from './tokens.js'
import {countedAfter} from './counted.js'
import {changeNear} from './direction.js'
import {numberAt} from './numbers.js'

type Found = {value: Quantity; next: number}

/** "dozens of", "tens of thousands": an amount the plural implies, as the range it can cover. */
export function vagueAmount(scan: Scan, start: number): Found | undefined {
  const {v, tokens} = scan
  const token = tokens[start] as Token
  const words = v.vagueStarts.has(token.lower) ? v.vaguePhrases.find((phrase) => phrase.every((word, at) => tokens[start + at]?.lower === word)) : undefined
  if (!words) return undefined
  const [low, high] = v.lexicon.vague[words.join(' ')] as [number, number]
  let next = start + words.length
  if (tokens[next]?.lower === 'of') next++
  const counted = countedAfter(v, tokens, next, false)
  const unit = counted ? undefined : unitAt(v, tokens, next, -1)
  hit(scan, 'vague-amount', start, start + words.length)
  return build(scan, start, counted?.next ?? unit?.next ?? start + words.length, {value: low, range: [low, high], unit: unit?.unit, of: counted?.of})
}

const measureInWord = /^(\p{L}+)-(\d+(?:\.\d+)?)$/u

/** "a magnitude-6.4 quake": a word that names a measure hyphenated to its figure, as "magnitude 6.4" is spaced. */
export function measureBeforeInWord(scan: Scan, start: number): Found | undefined {
  const token = scan.tokens[start] as Token
  // Most words are read here: the pattern only for those with a hyphen.
  const parts = token.lower.includes('-') ? measureInWord.exec(token.lower) : null
  const unit = parts ? scan.v.prefixes.get(parts[1] as string) : undefined
  if (!parts || !unit || unit.currency) return undefined
  hit(scan, 'measure-before', start, start + 1)
  return build(scan, start, start + 1, {value: Number(parts[2]), unit})
}

const numberWordCompound = /^(\p{L}+)-(\p{L}.*)$/u
const foldWord = /^(\p{L}+?)(fold)$/u

/** "six-mile", "a four-foot wall", "fourfold", "a six-string guitar": a number word and a unit or noun in one word; `spaced`: "one - time". */
export function hyphenated(scan: Scan, start: number, spaced: boolean): Found | undefined {
  const {v, tokens} = scan
  const token = tokens[start] as Token
  if (token.kind !== 'word') return undefined
  // Tokenized text spaces the hyphen ("one - time", "two - door"): the three tokens are the one word.
  const end = spaced ? start + 3 : start + 1
  const lower = spaced ? `${token.lower}-${(tokens[start + 2] as Token).lower}` : token.lower
  const noun = spaced ? (tokens[start + 2] as Token).text : token.text.slice(token.text.indexOf('-') + 1)
  // The patterns only where they may match: a hyphen, or "-fold" at the end.
  const parts = lower.includes('-') ? numberWordCompound.exec(lower) : lower.endsWith('fold') ? foldWord.exec(lower) : null
  if (!parts) return undefined
  const value = v.lexicon.numbers[parts[1] as string]
  const aged = /^(.+)-olds?$/.exec(parts[2] as string)
  const unit = v.suffixes.get(aged ? (aged[1] as string) : (parts[2] as string))
  if (value === undefined || value < 1) return undefined
  const counted = parts[2] as string
  const bounded = boundBefore(v, tokens, start)
  // "one-time", "one-off" are idioms; "six-string guitar", "three-door hatchback" count what the next noun has.
  if (!unit && value >= 2 && /^\p{Ll}+$/u.test(counted) && v.lexicon.numbers[counted] === undefined && !v.lexicon.fractions[counted] && tokens[end]?.kind === 'word' && !v.stopWords.has(tokens[end]?.lower ?? '')) {
    hit(scan, 'number-word-compound', start, end)
    return build(scan, start, end, {value, of: noun, bound: bounded?.bound})
  }
  if (!unit || unit.surfaces[0]?.length === 1) return undefined
  // "a ten-year plan", "a three-month lease" name a kind of thing, not an amount of time.
  if (unit.dimension === 'time' && !aged) return undefined
  hit(scan, 'number-word-compound', start, end)
  return build(scan, bounded?.start ?? start, end, {value, unit, bound: bounded?.bound, dimension: aged ? 'age' : undefined})
}

/**
 * "a pint of milk", "an inch thick", "a mile away", "it costs a dollar.", "half a kilo of cheese": "a" before a unit
 * measures one of it ("a mile and a half": one and a half), and "half a" half of one, where the measure ends after the
 * unit; a noun after it makes the unit name a kind of thing ("a foot injury", "a dollar store", "half a mile-long queue").
 */
export function oneOfUnit(scan: Scan, start: number): Found | undefined {
  const {v, tokens} = scan
  const half = tokens[start]?.lower === 'half' ? 1 : 0
  // "1.45 a litre", "ten a pound": after a figure, "a" makes a rate.
  if (tokens[start - 1]?.kind === 'number' || v.numberWords.has(tokens[start - 1]?.lower ?? '')) return undefined
  if (!isArticle(tokens[start + half]?.lower) || tokens[start + half + 1]?.lower.includes('-') !== false) return undefined
  const unit = unitAt(v, tokens, start + half + 1, -1)
  // "Half a" measures with any unit ("half an hour", "half a degree"): "a" alone only with the units it cannot be a word with ("a second").
  if (!unit || unit.rate || (!half && !v.articleUnits.has(unit.unit.id))) return undefined
  // "a mile and a half", "a pound and a half of beef"
  const andHalf = !half && tokens[unit.next]?.lower === 'and' && tokens[unit.next + 1]?.lower === 'a' && tokens[unit.next + 2]?.lower === 'half' ? 3 : 0
  const next = unit.next + andHalf
  const after = tokens[next]
  const ends = !after || (after.kind === 'symbol' ? /^[.,;:!?)]$/.test(after.text) : v.unitEnds.has(after.lower) || v.sizeWords.has(after.lower))
  if (!ends) return undefined
  const bounded = boundBefore(v, tokens, start)
  hit(scan, 'one-of-unit', start, next)
  return build(scan, bounded?.start ?? start, next, {value: half ? 0.5 : andHalf ? 1.5 : 1, unit: unit.unit, bound: bounded?.bound, change: changeNear(v, tokens, bounded?.start ?? start, scan.claimed)})
}

// "the third", "a second": before these, a fraction word is an ordinal.
const ordinalLeads = new Set(['the', 'first', 'second', 'other', 'last', 'latter', 'former', 'next'])
const hyphenedFraction = /^(\p{L}+)-(\p{L}+)$/u

/** "a third of", "two-thirds of", "half of": a spoken fraction of something. */
export function spokenFraction(scan: Scan, start: number): Found | undefined {
  const {v, tokens} = scan
  const token = tokens[start] as Token
  if (token.kind !== 'word' || ordinalLeads.has(tokens[start - 1]?.lower ?? '')) return undefined
  if (isBlocked(scan, token)) return undefined
  const parts = token.lower.includes('-') ? hyphenedFraction.exec(token.lower) : null
  let numerator = 1
  let denominator: number | undefined
  let next = start + 1
  if (parts) {
    numerator = v.lexicon.numbers[parts[1] as string] ?? 0
    denominator = v.lexicon.fractions[parts[2] as string]
  } else if (token.lower === 'half') {
    denominator = 2
  } else {
    numerator = token.lower === 'a' || token.lower === 'an' ? 1 : (v.lexicon.numbers[token.lower] ?? 0)
    denominator = v.lexicon.fractions[tokens[start + 1]?.lower ?? '']
    next = start + 2
  }
  // "two-thirds of", "a sixth the size", and "is one sixth." at the end of a clause; not "a third time", nor "three quarters" of a year.
  const ending = (parts !== null || (token.lower !== 'half' && v.lexicon.numbers[token.lower] !== undefined)) && denominator !== 4 && (!tokens[next] || tokens[next]?.kind === 'symbol')
  // "half the time" is an idiom more often than an amount.
  const ofWhole = tokens[next]?.lower === 'of' || (token.lower !== 'half' && v.partitives.has(tokens[next]?.lower ?? ''))
  // "fell by half", "cut in half", "rose by a third", "fell by nearly a quarter": the part by which something rose or fell.
  const bounded = boundBefore(v, tokens, start)
  const first = bounded?.start ?? start
  const lead = tokens[first - 1]?.lower
  const by = lead === 'by' || lead === 'in' ? changeNear(v, tokens, first - 1, scan.claimed) : undefined
  // "one-half mile", "a three-quarter inch pipe": a hyphenated fraction before a unit measures in it.
  const measure = parts && !ofWhole ? unitAt(v, tokens, next, -1) : undefined
  if (!denominator || numerator < 1 || numerator >= denominator || !(ofWhole || ending || by || measure)) return undefined
  const unit = unitOfOne(v, tokens, next) ?? measure
  hit(scan, 'spoken-fraction', start, next)
  // "fell by a third", "cut by two-thirds": a fraction after a verb of rise or fall is the change.
  const change = changeNear(v, tokens, first, scan.claimed) ?? by
  return build(scan, first, unit?.next ?? next, {value: numerator / denominator, unit: unit?.unit, bound: bounded?.bound, change, dimension: unit ? undefined : 'fraction'})
}

/**
 * "nine out of 10", "two out of three", "one out of 40": a share is told against a whole of ten or less, a power of ten,
 * or as one of many; "365 out of 650 seats" is a tally of seats, the part and the whole counted.
 */
const isRoundWhole = (part: number, whole: number) => part === 1 || whole <= 10 || Number.isInteger(Math.log10(whole))

const hyphenedShare = /^(\p{L}+|\d+)-in-(\p{L}+|\d+)$/u

/**
 * "1 in 5 children", "one in three adults", "nine out of 10 doctors", "one in every four deaths", "one in a
 * million", "a one-in-three chance": a share of a group, the fraction it is (0.2, as "a fifth of" is), counting the
 * group's members (`of`). Not where the second figure measures ("2 in 10 minutes"), a part no smaller than the whole, nor
 * a tally "out of" a whole that is not round ("365 out of 650 seats").
 */
export function proportion(scan: Scan, start: number): Found | undefined {
  const {v, tokens} = scan
  const token = tokens[start] as Token
  const link = tokens[start + 1]?.lower
  const joined = token.kind === 'word' && token.lower.includes('-in-') ? hyphenedShare.exec(token.lower) : null
  if (joined) {
    const [part, whole] = [Number(joined[1]) || v.lexicon.numbers[joined[1] as string], Number(joined[2]) || v.lexicon.numbers[joined[2] as string]]
    if (!part || !whole || part >= whole) return undefined
    hit(scan, 'proportion', start, start + 1)
    return build(scan, start, start + 1, {value: part / whole, dimension: 'fraction'})
  }
  if (link !== 'in' && !(link === 'out' && tokens[start + 2]?.lower === 'of')) return undefined
  const part = numberAt(v, tokens, start, false)
  if (!part || part.next !== start + 1 || isBlocked(scan, token)) return undefined
  let at = start + (link === 'in' ? 2 : 3)
  if (tokens[at]?.lower === 'every') at++
  const whole = numberAt(v, tokens, at, false)
  // "Voyager 2 in 1979": a year the dates stage read is no whole.
  if (!whole || isBlocked(scan, tokens[at] as Token) || part.value < 1 || part.value >= whole.value || !Number.isInteger(part.value) || !Number.isInteger(whole.value) || unitAt(v, tokens, whole.next, -1)) return undefined
  if (link === 'out' && !isRoundWhole(part.value, whole.value)) return undefined
  const counted = countedAfter(v, tokens, whole.next, false)
  const bounded = boundBefore(v, tokens, start)
  hit(scan, 'proportion', start, counted?.next ?? whole.next)
  return build(scan, bounded?.start ?? start, counted?.next ?? whole.next, {value: part.value / whole.value, of: counted?.of, bound: bounded?.bound, dimension: 'fraction'})
}

/**
 * "in" after a number is the inch where no preposition can be: after feet ("6 ft 2 in", not "6 ft 2 in the rain"), at
 * the end of a clause ("the pipe is 3 in."), or before a word of size ("4 in wide", "2 1/2 in thick").
 */
export function inchWord(scan: Scan, index: number): UnitMatch | undefined {
  const {v, tokens} = scan
  if (tokens[index]?.lower !== 'in') return undefined
  const after = tokens[index + 1]
  const feet = scan.found.at(-1)
  const afterFeet = feet?.unit?.id === 'ft' && /^\s*$/.test(scan.sentence.slice(feet.end - scan.offset, (tokens[index - 1] as Token).start))
  // A determiner, a number or a name after "in" makes it the preposition.
  const preposition = after && (after.kind === 'number' || (after.kind === 'word' && (v.partitives.has(after.lower) || isArticle(after.lower) || capitalized(after))))
  const ends = !after || (after.kind === 'symbol' && /^[.,;:!?)]$/.test(after.text))
  const sized = after?.kind === 'word' && v.sizeWords.has(after.lower)
  if (!(afterFeet && !preposition) && !ends && !sized) return undefined
  const inch = v.unitById.get('in')
  return inch ? {unit: inch, next: index + 1} : undefined
}

const markUnits: Record<string, string> = {'"': 'in', "'": 'ft'}

/**
 * '55" screen', '10 " long', "an altitude of 30'": an inch or foot mark after a number; a quotation mark that
 * closes a quotation ('"we scored 10"', "'top 5'") is none, nor an apostrophe before letters ("the 5's").
 */
export function unitMark(scan: Scan, index: number): UnitMatch | undefined {
  const {v, tokens} = scan
  const [number, mark, after] = [tokens[index - 1], tokens[index], tokens[index + 1]]
  const unit = v.unitById.get(markUnits[mark?.text ?? ''] ?? '')
  if (!unit || number?.kind !== 'number' || (mark?.text === "'" && (!glued(number, mark) || (after?.kind === 'word' && glued(mark, after))))) return undefined
  return openQuotation(tokens, index) ? undefined : {unit, next: index + 1}
}

/**
 * Whether a quotation opened by a mark like the one at `index` is open there: marks glued to the next token open, to
 * the previous close, spaced ones toggle; marks after a number, which may be units themselves, are passed over.
 */
function openQuotation(tokens: readonly Token[], index: number): boolean {
  const mark = (tokens[index] as Token).text
  let depth = 0
  for (let at = 0; at < index; at++) {
    if (tokens[at]?.text !== mark || tokens[at - 1]?.kind === 'number') continue
    const [opens, closes] = [glued(tokens[at], tokens[at + 1]), glued(tokens[at - 1], tokens[at])]
    depth = opens && !closes ? depth + 1 : closes && !opens ? Math.max(0, depth - 1) : depth > 0 ? depth - 1 : 1
  }
  return depth > 0
}

/** "-$5", "−€20m", "-12": a minus sign touching the token at `index` (a currency sign or a figure), not a hyphen after a word or a figure ("$5-$10"). */
export function isMinusBefore(tokens: readonly Token[], index: number): boolean {
  const [before, sign] = [tokenAt(tokens, index - 2), tokenAt(tokens, index - 1)]
  return (sign?.text === '-' || sign?.text === '\u2212') && glued(sign, tokens[index]) && !glued(before, sign)
}

/**
 * "-12 °C", "−4C", "output -3%", "minus 9C": a minus sign touching the number at `index`, or the word, not a hyphen
 * between two words or numbers ("F-16", "5-10") nor a subtraction ("10 minus 3").
 */
export function isMinusSign(scan: Scan, index: number): boolean {
  const {tokens} = scan
  const [before, sign, number] = [tokenAt(tokens, index - 2), tokenAt(tokens, index - 1), tokens[index]]
  if (number?.kind !== 'number' || !sign || before?.kind === 'number') return false
  return sign.lower === 'minus' || isMinusBefore(tokens, index)
}
