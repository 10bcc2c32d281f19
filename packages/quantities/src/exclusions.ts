import {calendarWords} from '@tidings/lexicon'
import {ageAbbreviation} from './ages.js'
import {isModalVerb, isProperName, qualifiesPlural} from './counted.js'
import {inchWord} from './forms.js'
import {agedAt, boundBefore, unitAt, type UnitMatch} from './read-unit.js'
import {type Exclusion, isBlocked, type Scan, type ScanCandidate} from './scan.js'
import {capitalized, glued, type Token, tokenAt} from './tokens.js'

/** A word of five letters or more in -ed or -ing: a participle, or a verb's form, more often than a thing's name. */
const participle = /^\p{L}{3,}(?:ed|ing)$/u

/** A built-in exclusion: it sees the scan and the unit read after the number. */
export interface ScanExclusion {
  id: string
  test(candidate: ScanCandidate & {unitMatch?: UnitMatch}): boolean
}

type Test = ScanExclusion['test']

// Weekday names written out: "Sun" and "Sat" may be names ("12 Sun readers").
const weekdays = new Set(calendarWords.caselessWeekdays)
const leadingZero = /^0\d+$/
// Sets rather than patterns: asked of most figures, where a pattern's call costs more than the test.
const yearSpanJoiners = new Set(['and', 'to', '-', '–'])
const yearSpanLeads = new Set(['between', 'from', 'in', 'since'])
const fourDigits = /^[12]\d{3}$/

/** Only numbers written in digits. */
const digits = (test: Test): Test => (candidate) => candidate.tokens[candidate.start]?.kind === 'number' && test(candidate)
const previous = (candidate: ScanCandidate): Token | undefined => tokenAt(candidate.tokens, candidate.start - 1)
const following = (candidate: ScanCandidate): Token | undefined => candidate.tokens[candidate.next]
const token = (candidate: ScanCandidate): Token => candidate.tokens[candidate.start] as Token

/** A unit after the number, hyphenated or not, or the word of an age: then capitals around it name nothing. */
function unitFollows(candidate: ScanCandidate & {unitMatch?: UnitMatch; unitFollows?: boolean}): boolean {
  const {scan, tokens, next} = candidate
  // Asked by three exclusions: read once.
  candidate.unitFollows ??= candidate.unitMatch !== undefined || (tokens[next]?.text === '-' && unitAt(scan.v, tokens, next + 1, -1) !== undefined) || agedAt(scan.v, tokens, next) !== undefined
  return candidate.unitFollows
}

/** A unit after a labelled number measures, unless it is one letter glued to it ("Room 4C", "Suite 12F" name rooms). */
function measuredAfterLabel(candidate: ScanCandidate & {unitMatch?: UnitMatch}): boolean {
  const after = following(candidate)
  const oneGluedLetter = after !== undefined && after.kind === 'word' && after.text.length === 1 && glued(token(candidate), after)
  return unitFollows(candidate) && !oneGluedLetter
}

/** An amount written with separators or a decimal point ("2.5 ERA", "12,400 Ford trucks"), or bounded ("about 300 Toyota cars"), is no model number. */
const plainAmount = (candidate: ScanCandidate): boolean => !/[,.]/.test(token(candidate).text) && !boundBefore(candidate.scan.v, candidate.tokens, candidate.start)

/** The first of at most four numbers set apart by single spaces that end at `index` ("0800 123 456"), as a telephone number is written: a long run of figures stays linear. */
function firstOfGroups(tokens: readonly Token[], index: number): number {
  let at = index
  while (at > Math.max(0, index - 3) && tokens[at - 1]?.kind === 'number' && (tokens[at - 1] as Token).end + 1 === (tokens[at] as Token).start) at--
  return at
}

const threeDigits = /^\d{3}$/

/** "555-0123": three digits and four joined by a hyphen, with no unit nor plural noun after ("500-1000 fans" is a range). */
function localNumber({scan, tokens, start, next}: ScanCandidate): boolean {
  const [hyphen, line, after] = [tokens[next], tokens[next + 1], tokens[next + 2]]
  if (hyphen?.text !== '-' || !threeDigits.test((tokens[start] as Token).text) || !/^\d{4}$/.test(line?.text ?? '') || !glued(tokens[next - 1], hyphen) || !glued(hyphen, line)) return false
  return !(after?.kind === 'word' && (scan.v.isPlural(after) || unitAt(scan.v, tokens, next + 2, -1)))
}

const ordinalEndings = /^(?:st|nd|rd|th|s)$/

/**
 * Whether `ending`, glued to the figure `text`, makes it an ordinal or a decade; "st" only where the figure takes it ("1st",
 * "21st"), and "s" only after a whole figure ("the 1990s"; "9.58s" is a time).
 */
function isOrdinalEnding(text: string, ending: string): boolean {
  if (!ordinalEndings.test(ending)) return false
  if (ending === 's') return !text.includes('.')
  return ending !== 'st' || (text.endsWith('1') && !text.endsWith('11') && !text.includes('.'))
}

const clockSuffix = /^[ap]\.?m\.?$/
/** "a.m.", "pm": asked after every figure, most of which no word that starts with "a" or "p" follows. */
const isClockSuffix = (word: string): boolean => (word.charCodeAt(0) === 97 || word.charCodeAt(0) === 112) && clockSuffix.test(word)

const timesSigns = new Set(['x', '×'])
const joiningSigns = new Set(['-', '/', '.'])

/**
 * "2 x 500ml", "6 × 330 ml cans", "3 x 2 kg": a count of measures written as a product; the measure is the quantity.
 * Not lengths, where the product is the sides of an area ("a 3 x 4 m room").
 */
function multiplier({scan, tokens, next}: ScanCandidate): boolean {
  const [sign, figure] = [tokens[next], tokens[next + 1]]
  if (!sign || sign.text.length !== 1 || !timesSigns.has(sign.lower) || figure?.kind !== 'number') return false
  const dimension = unitAt(scan.v, tokens, next + 2, figure.end)?.unit.dimension
  return dimension !== undefined && dimension !== 'length'
}

const dashes = new Set(['-', '\u2013'])
const scoreFigure = /^\d{1,3}$/

/** Where the score "3-1" that holds the figure at `index` starts: at it, or two tokens before; -1 where it stands in none. */
function scoreStart(tokens: readonly Token[], index: number): number {
  const joinedAt = (first: number) => {
    const [left, dash, right] = [tokenAt(tokens, first), tokens[first + 1], tokens[first + 2]]
    return left?.kind === 'number' && right?.kind === 'number' && dashes.has(dash?.text ?? '') && glued(left, dash) && glued(dash, right) && scoreFigure.test(left.text) && scoreFigure.test(right.text)
  }
  return joinedAt(index) ? index : joinedAt(index - 2) ? index - 2 : -1
}

/**
 * "won 3-1", "drew 2-2 with", "a 24-17 defeat", "won 6-4, 3-6, 7-5": a score, two small whole
 * numbers joined by a dash after a word of the result or before one, or after another score and a
 * comma, counts nothing and spans no range. Not "won 20-25 seats" nor "lost 3-4%": a plural or a
 * unit after it makes it a range.
 */
function score(candidate: ScanCandidate): boolean {
  const {scan, tokens, start} = candidate
  let first = scoreStart(tokens, start)
  if (first === -1) return tokens[start - 1]?.lower === 'for' ? cricketScore(candidate) : false
  const after = tokens[first + 3]
  if (after && ((after.kind === 'word' && scan.v.isPlural(after)) || unitAt(scan.v, tokens, first + 3, (tokens[first + 2] as Token).end))) return false
  // "India were 120-4": runs for wickets, a higher figure before a lower one, as no range is written.
  if (scan.v.scoreNouns.has(after?.lower ?? '') || Number((tokens[first + 2] as Token).text) < Number((tokens[first] as Token).text)) return true
  // A set of a match, back to the first: "6-4, 3-6, 7-5".
  for (let sets = 0; sets < 5 && tokens[first - 1]?.text === ',' && scoreStart(tokens, first - 2) === first - 4; sets++) first -= 4
  return scan.v.scoreLeads.has(tokenAt(tokens, first - 1)?.lower ?? '')
}

/** A count of wickets: a whole number up to ten, in figures or words. */
function wickets(v: Scan['v'], token: Token | undefined): number | undefined {
  const value = token?.kind === 'number' ? Number(token.text) : v.lexicon.numbers[token?.lower ?? '']
  return value !== undefined && Number.isInteger(value) && value <= 10 ? value : undefined
}

/**
 * A cricket score, the runs "for" the wickets lost ("245 for 3", "120 for four"), the wickets no more than ten
 * and fewer than the runs, with nothing measured after them; and a total an innings ended on ("all out for 198",
 * "bowled out for 142", "dismissed for 89"). Asked of the figure after "for".
 */
function cricketScore({scan, tokens, start}: ScanCandidate): boolean {
  const {v} = scan
  const [before, after] = [tokens[start - 2], tokens[start + 1]]
  // "went out for 20 minutes", "out for 3 days": a length; "245 for 3 against": votes.
  if ((after?.kind === 'word' && (v.isPlural(after) || after.lower === 'against')) || unitAt(v, tokens, start + 1, (tokens[start] as Token).end)) return false
  if (before?.lower === 'out' || before?.lower === 'dismissed') return true
  const fallen = wickets(v, tokens[start])
  return before?.kind === 'number' && scoreFigure.test(before.text) && fallen !== undefined && fallen < Number(before.text)
}

/** The runs of "245 for 3": asked of the figure before "for". */
function runsForWickets({scan, tokens, start, next}: ScanCandidate): boolean {
  if (tokens[next]?.lower !== 'for' || !scoreFigure.test((tokens[start] as Token).text)) return false
  const candidate = {scan, tokens, start: next + 1, next: next + 2} as ScanCandidate
  return tokens[next + 1] !== undefined && cricketScore(candidate)
}

/** "(212) 555-0199": three digits alone in brackets, right before another number, are the area code. */
function areaCode({tokens, start}: ScanCandidate): boolean {
  return tokens[start - 1]?.text === '(' && threeDigits.test((tokens[start] as Token).text) && tokens[start + 1]?.text === ')' && tokens[start + 2]?.kind === 'number'
}

/** "+44 20 7946 0000", "+1 212 555 0199": groups of digits set apart by single spaces after a plus sign, two groups at least. */
function internationalNumber(tokens: readonly Token[], index: number): boolean {
  const first = firstOfGroups(tokens, index)
  const [plus, second] = [tokens[first - 1], tokens[first + 1]]
  return plus?.text === '+' && glued(plus, tokens[first]) && second?.kind === 'number' && (tokens[first] as Token).end + 1 === second.start
}

/** Whether a bracket opened before `index` is still open there. */
function opensBracket(tokens: readonly Token[], index: number): boolean {
  let depth = 0
  for (let at = 0; at < index; at++) depth += tokens[at]?.text === '(' ? 1 : tokens[at]?.text === ')' && depth > 0 ? -1 : 0
  return depth > 0
}

const eraEnds = new Set(['C', 'D', 'E', '.'])

function afterEra(scan: Scan, index: number): boolean {
  // The era ends in "D", "C", "E" or a full stop, the last character of the token before (no space is a token).
  if (!eraEnds.has(scan.tokens[index - 1]?.text.at(-1) ?? '')) return false
  const at = (scan.tokens[index] as Token).start
  return /(?:\bA\.?D\.?|\bB\.?C\.?E?\.?)\s*$/.test(scan.sentence.slice(Math.max(0, at - 7), at))
}

/** "the ftse 250", "FTSE 100": the number of a name in `numberedNames`, which case alone may not show. */
function isNumberedName(scan: Scan, number: Token): boolean {
  const names = scan.v.namesByNumber.get(number.text)
  return names !== undefined && names.some((words) => {
    const from = number.start - words.length
    return from >= 0 && scan.sentence.slice(from, number.start).toLowerCase() === words && (from === 0 || !/[\p{L}\p{N}]/u.test(scan.sentence[from - 1] as string))
  })
}

/** Numbers that are no quantity, each named, in the order they are tried. `quantities({exclusions})` adds to them. */
export const defaultExclusions: ScanExclusion[] = [
  {
    // Dates and times, when the dates stage ran first; "six weeks later" and "in six weeks" are dates there and amounts of time here.
    id: 'inside-date',
    test: ({scan, unitMatch, tokens, start}) => {
      // Most sentences hold no date: the span is looked for first.
      if (!isBlocked(scan, tokens[start] as Token)) return false
      const elapsed =
        unitMatch?.unit.dimension === 'time' &&
        (scan.v.relativeTimeWords.has(tokens[unitMatch.next]?.lower ?? '') || scan.v.relativeTimeLeads.has(tokens[start - 1]?.lower ?? ''))
      return !elapsed
    }
  },
  // "21st", "the 1990s"; not "12st", the stone, as no ordinal of twelve ends in "st".
  {id: 'ordinal', test: digits((c) => glued(token(c), following(c)) && isOrdinalEnding(token(c).text, following(c)?.lower ?? ''))},
  // "RAV4", "4WD", "S-300" (one word): letters glued to the number, which are no unit.
  {id: 'glued-letters-after', test: digits((c) => glued(c.tokens[c.next - 1], following(c)) && following(c)?.kind === 'word' && !c.unitMatch && !c.scan.v.suffixes.has(following(c)?.lower ?? '') && !inchWord(c.scan, c.next) && !ageAbbreviation(c.scan, c.next))},
  // "24703m212", "A4x3": a unit written between digits, all glued, is part of a code.
  {id: 'glued-code', test: digits(({tokens, unitMatch}) => unitMatch !== undefined && tokens[unitMatch.next]?.kind === 'number' && glued(tokens[unitMatch.next - 1], tokens[unitMatch.next]))},
  {id: 'glued-letters-before', test: digits((c) => glued(previous(c), token(c)) && previous(c)?.kind === 'word')},
  // "10:30", "9 a.m."
  {id: 'clock-time', test: digits((c) => following(c)?.text === ':' || isClockSuffix(following(c)?.lower ?? '') || (previous(c)?.text === ':' && glued(previous(c), token(c)) && c.tokens[c.start - 2]?.kind === 'number'))},
  // "3/4/2020", "555-123-4567"
  {id: 'numeric-date-or-code', test: digits((c) => (following(c)?.text === '/' && c.tokens[c.next + 1]?.kind === 'number') || (following(c)?.text === '-' && c.tokens[c.next + 1]?.kind === 'number' && c.tokens[c.next + 2]?.text === '-'))},
  {id: 'score', test: (c) => (token(c).kind === 'number' ? score(c) || runsForWickets(c) : previous(c)?.lower === 'for' && cricketScore(c))},
  {id: 'multiplier', test: digits(multiplier)},
  // "555-0123", "(212) 555-0199", "+44 20 7946 0000": the ways a telephone number is written.
  {id: 'telephone-number', test: digits((c) => localNumber(c) || areaCode(c) || internationalNumber(c.tokens, c.start))},
  // "A-10", "1.2.3", "24/7": a number joined to the token before the sign before it.
  {id: 'joined-part', test: digits((c) => { const sign = previous(c); return sign !== undefined && sign.text.length === 1 && joiningSigns.has(sign.text) && sign.start === c.tokens[c.start - 2]?.end })},
  // "it would 1) cut taxes, 2) raise pay": a small number closing a bracket no bracket opened marks an item of a list.
  {id: 'list-marker', test: digits(({tokens, start, next, phrase}) => tokens[next]?.text === ')' && phrase.next === start + 1 && phrase.value <= 20 && !opensBracket(tokens, start))},
  {id: 'hash-number', test: digits((c) => previous(c)?.text === '#')},
  // "call 096234600", "0800 123 456", "batch 0504": no amount is written with a leading zero, nor the groups after one.
  {id: 'leading-zero', test: digits(({tokens, start}) => { const first = (tokens[firstOfGroups(tokens, start)] as Token).text; return first.charCodeAt(0) === 48 && leadingZero.test(first) })},
  {id: 'numbered-name', test: digits((c) => c.phrase.next === c.start + 1 && isNumberedName(c.scan, token(c)))},
  {
    // Years, unless they count something ("1900 people") or carry a unit.
    id: 'year',
    test: digits((c) => {
      const next = following(c)
      const year = token(c).text.length === 4 && /^(?:1[89]|2[01])\d\d$/.test(token(c).text) && c.phrase.next === c.start + 1
      return year && !c.unitMatch && !(next && !capitalized(next) && next.kind === 'word' && c.scan.v.isPlural(next))
    })
  },
  {
    // "between 1720 and 1850", "from 1920 to 1935": a span of years, both ends.
    id: 'year-span',
    test: digits(({scan, tokens, start, next, unitMatch}) => {
      const text = (tokens[start] as Token).text
      // Most figures are no year: four characters first.
      if (text.length !== 4) return false
      const opens = fourDigits.test(text) && yearSpanJoiners.has(tokens[next]?.lower ?? '') && fourDigits.test(tokens[next + 1]?.text ?? '')
      if (opens && !unitAt(scan.v, tokens, next + 2, tokens[next + 1]?.end ?? 0) && yearSpanLeads.has(tokens[start - 1]?.lower ?? '')) return true
      const closes = fourDigits.test(text) && yearSpanJoiners.has(tokens[start - 1]?.lower ?? '') && fourDigits.test(tokens[start - 2]?.text ?? '')
      return closes && !unitMatch && yearSpanLeads.has(tokens[start - 3]?.lower ?? '')
    })
  },
  // "A.D. 800", and the end of its span: "between A.D. 800 and 950".
  {id: 'era-year', test: digits((c) => afterEra(c.scan, c.start) || (yearSpanJoiners.has(previous(c)?.lower ?? '') && c.tokens[c.start - 2]?.kind === 'number' && afterEra(c.scan, c.start - 2)))},
  {
    // "each one", "that one", "one should ask"; but "said that one of the pumps", "that one acre" and "one can of soup" count.
    id: 'pronoun-one',
    test: (c) => {
      if (token(c).lower !== 'one') return false
      const [before, after] = [previous(c), following(c)]
      const pronoun = c.scan.v.pronounOne.has(before?.lower ?? '') && !(before?.lower === 'that' && (after?.lower === 'of' || c.unitMatch))
      return pronoun || (after !== undefined && isModalVerb(c.scan.v, c.tokens, c.next)) || after?.kind === 'number'
    }
  },
  // "No. 10", "page 4", "Route 66", "Seat 12F": a label numbers a thing, so a spaced unit after it
  // ("a room 10 feet wide", "the lane 2 km from town") measures instead, and after "will" or "can" the
  // label's word is a verb ("will seat 62,000").
  {id: 'label', test: (c) => c.scan.v.labels.has(previous(c)?.lower ?? '') && !measuredAfterLabel(c) && !c.scan.v.verbLeads.has(tokenAt(c.tokens, c.start - 2)?.lower ?? '')},
  {
    // "Airbus 380", "Ligue 1", "Galaxy 9", "12 West Studios": a number inside a name.
    id: 'inside-name',
    test: (c) => {
      const before = previous(c)
      const named = before?.kind === 'word' && (capitalized(before) ? c.start > 1 : /\p{Lu}/u.test(before.text))
      return named && !unitFollows(c) && !c.scan.v.lexicon.bounds[before.lower]
    }
  },
  {
    // "the 8088 chip", "a 1040 form": a count of hundreds names a plural; before one thing, three digits are a model.
    // Not before a participle, which says what became of those counted ("the 326 needed", "of the 300 injured").
    id: 'model-number',
    test: (c) => {
      const {v} = c.scan
      if (c.phrase.next !== c.start + 1 || token(c).text.length < 3) return false
      const after = following(c)
      const single =
        after?.kind === 'word' && after.text.length > 2 && !capitalized(after) && !v.stopWords.has(after.lower) && !v.isPlural(after) && !v.lexicon.magnitudes[after.lower] && !participle.test(after.lower)
      const second = c.tokens[c.next + 1]
      const thenPlural = second?.kind === 'word' && (v.isPlural(second) || v.suffixes.has(second.lower))
      return single && !thenPlural && /^\d{3,}$/.test(token(c).text) && plainAmount(c) && !unitFollows(c)
    }
  },
  {
    // "320 Neo", "8 Pro launch": a capitalized name right after the number, unless it qualifies a plural noun
    // ("270 Series A and Series B trucks"), names a people ("300 Canadians") or is the day it happened ("rose to 40 Friday").
    id: 'name-after',
    test: (c) => {
      // Both ways to a name need a capital after the number: looked at first, as most numbers have none.
      if (!capitalized(following(c)) || !plainAmount(c) || unitFollows(c) || qualifiesPlural(c.scan.v, c.tokens, c.next) || weekdays.has(following(c)?.lower ?? '')) return false
      if (isProperName(c.tokens, c.next)) return true
      return capitalized(following(c)) && !/^[\p{Lu}][\p{Ll}]+(?:an|ian|ese|ish|ch|i|s)$/u.test(following(c)?.text ?? '')
    }
  }
]

/** The first exclusion that rejects the candidate, if any. */
export function excludedBy(exclusions: ReadonlyArray<Exclusion | ScanExclusion>, candidate: ScanCandidate & {unitMatch?: UnitMatch}): string | undefined {
  for (const exclusion of exclusions) if ((exclusion as ScanExclusion).test(candidate)) return exclusion.id
  return undefined
}
