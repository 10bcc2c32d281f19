import {ABBREVIATION, AFTER_COMMA, CITY, entryOf, flagsOf, type Gazetteer, REGION} from './gazetteer.js'
import {NAME_START, type NameFilter, nextWord} from './name-filter.js'
import {joinsName, spaceGap, type Token, type Words} from './text.js'

/** A run of words that names one or more gazetteer entries. */
export interface Candidate {
  start: number
  end: number
  /** Index of its first and last token. */
  first: number
  last: number
  /** The name's key ("north korean"). */
  key: string
  /** `entry << 3 | flags`, as the gazetteer reads them. */
  readings: number[]
  /**
   * Readings that stand only where the article backs them: `'country'` where it names their
   * country or division elsewhere, `'region'` where it names their division (or "Town, State").
   */
  weak: Map<number, 'country' | 'region'>
  /** Whether it is a name in capitals read as a dateline ("DAYTON, Ohio —", "LONDON (Wire) -"). */
  dateline: boolean
  /** "X County": read as its town of the same name, which must be in a division the article names. */
  county?: boolean
  /** Set when a filter dropped it. */
  dropped?: boolean
  /** The candidate right after ", " that names what this one lies in ("Springfield, Ill."). */
  container?: Candidate
  /** The candidates beside it in a list ("Ohio, Texas and Utah"). */
  listedWith?: Candidate[]
}

/** The names of the gazetteer and the lexicon. */
export interface NameLookup {
  /** A name key's readings. */
  readings(key: string): ReadonlyArray<number>
  /** Every key and its first words: the search stops where no name goes on. */
  filter: NameFilter
}

/**
 * Every longest run of words, starting with a capital and ending on one, that the gazetteer names.
 * A word in capitals ("NSW") or with dots ("U.S.") reads only abbreviations, except in a dateline
 * written in capitals ("SPRINGFIELD, Ill.").
 */
export function findCandidates(text: string, words: Words, lookup: NameLookup, gazetteer: Gazetteer, townNouns: ReadonlySet<string>): Candidate[] {
  const longest = gazetteer.longestName + 1
  const candidates: Candidate[] = []
  // The last word of the candidate before: a name starts after it.
  let taken = -1
  for (const first of words.capitals) {
    if (first <= taken) continue
    const token = words.token(first)!
    let dateline: boolean | undefined
    let state = NAME_START
    // The longest run that names something so far, in locals, not an object a run.
    let foundLast = -1
    let readings: number[] | undefined
    let key = ''
    for (let last = first; last < words.count && last - first < longest; last++) {
      const next = words.token(last)!
      if (last > first && !joinsName(text, words.token(last - 1)!.end, next.start)) break
      state = nextWord(state, next.keyHash)
      if (next.capital && lookup.filter.mayName(state)) {
        const runKey = last === first ? token.key : keyOf(words, first, last)
        dateline ??= token.abbreviation && (inCapitalsDateline(text, token) || beforeDatelineDash(text, token) || beforeDatelineColon(text, token))
        const runReadings = readable(lookup.readings(runKey), last === first && token.abbreviation && !dateline, dateline || last > first)
        if (runReadings) {
          foundLast = last
          readings = runReadings
          key = runKey
        }
      }
      // A run that the filter says goes on may not: the words after it then name nothing.
      if (!lookup.filter.mayGoOn(state)) break
    }
    if (!readings) continue
    if (foundLast > first && townNouns.has(words.token(foundLast)!.key)) readings = withTownOfName(readings, lookup.readings(keyOf(words, first, foundLast - 1)), gazetteer)
    const divisionWord = divisionWordAfter(text, words, foundLast, readings, gazetteer)
    if (divisionWord) {
      foundLast++
      readings = readings.filter((value) => gazetteer.kind[entryOf(value)] === REGION)
    }
    // "Frederick County": the gazetteer has no counties; the county's town of the same name, in the state the article names, is near.
    const county = !divisionWord && countyAfter(text, words, foundLast)
    if (county) foundLast++
    const end = words.token(foundLast)!.end
    // "Calif." and "Ill." keep their dot, as "U.S." does.
    const dotted = end < text.length && text.charCodeAt(end) === DOT && text.charCodeAt(end - 1) !== DOT && readings.some((value) => flagsOf(value) & AFTER_COMMA)
    // Every candidate has the same fields from the start: one added to some of them made the filters' reads of all of them slower.
    const candidate: Candidate = {start: token.start, end: dotted ? end + 1 : end, first, last: foundLast, key, readings, weak: new Map(), dateline: dateline === true}
    if (county) candidate.county = true
    candidates.push(candidate)
    taken = foundLast
  }
  for (let index = 0; index + 1 < candidates.length; index++) {
    const candidate = candidates[index]!
    const next = candidates[index + 1]!
    if (!mayBeListGap(text, candidate.end, next.start)) continue
    const gap = text.slice(candidate.end, next.start)
    if (/^,[ \t]*$/.test(gap) && !listOfDivisions(text, candidates, index, gazetteer)) candidate.container = next
    if (listGap.test(gap)) {
      ;(candidate.listedWith ??= []).push(next)
      ;(next.listedWith ??= []).push(candidate)
    }
  }
  return candidates
}

/**
 * "Washington, Pennsylvania and California", "Delaware, Ohio, Indiana": three names in a list that
 * all name divisions (by their full names, not "Pa.") are a list of divisions, not "Town, State"
 * and more: the comma after the first holds no town.
 */
function listOfDivisions(text: string, candidates: ReadonlyArray<Candidate>, index: number, gazetteer: Gazetteer): boolean {
  const third = candidates[index + 2]
  if (!third || !mayBeListGap(text, candidates[index + 1]!.end, third.start) || !listGap.test(text.slice(candidates[index + 1]!.end, third.start))) return false
  return [0, 1, 2].every((offset) => candidates[index + offset]!.readings.some((value) => gazetteer.kind[entryOf(value)] === REGION && !(flagsOf(value) & AFTER_COMMA)))
}

/**
 * "Hamilton City Council", "the Lebanon City Schools": news writes "X City" for the city of X, so
 * where X alone names towns far bigger than any town called "X City" (a hamlet in California, a
 * district in New Zealand), its towns are readings too; "Carson City", "Union City" and "Kansas
 * City" are names of their own, bigger than or near the towns of their first words.
 */
function withTownOfName(readings: number[], shorter: ReadonlyArray<number>, gazetteer: Gazetteer): number[] {
  const largest = (values: ReadonlyArray<number>) => values.reduce((most, value) => (gazetteer.kind[entryOf(value)] === CITY ? Math.max(most, gazetteer.population[entryOf(value)]!) : most), 0)
  const towns = largest(shorter)
  if (towns <= TOWN_OF_NAME_RATIO * largest(readings)) return readings
  return [...readings, ...shorter.filter((value) => gazetteer.kind[entryOf(value)] === CITY && !(flagsOf(value) & ABBREVIATION))]
}

/** How many times bigger the towns of "X" are than the towns of "X City" before "X City" reads them. */
const TOWN_OF_NAME_RATIO = 10

/** The key of the words from `first` to `last`. */
function keyOf(words: Words, first: number, last: number): string {
  let key = words.token(first)!.key
  for (let index = first + 1; index <= last; index++) key += ` ${words.token(index)!.key}`
  return key
}

/** What stands between two names of a list: ", ", ", and ", " or ". */
const listGap = /^(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)$/

const DOT = 46
const HYPHEN = 45
/** The characters of `listGap` (and of the container's ", "): a gap with any other is neither, and is not cut from the text. */
const listGapCodes = new Set([...', \tandor'].map((character) => character.charCodeAt(0)))

function mayBeListGap(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!listGapCodes.has(text.charCodeAt(index))) return false
  return from < to
}

/** Words after a division's name that say it is the division ("the Zaporizhzhia region", "Bulacan province"). */
const divisionWords = new Set(['region', 'oblast', 'province', 'governorate', 'prefecture', 'krai', 'state', 'county', 'district'])

function divisionWordAfter(text: string, words: Words, last: number, readings: ReadonlyArray<number>, gazetteer: Gazetteer): boolean {
  // The readings first: most names read no division, and the word after need not be made a token for them.
  if (!readsKind(readings, REGION, gazetteer)) return false
  const next = words.token(last + 1)
  return next !== undefined && spaceGap(text, words.token(last)!.end, next.start, true) && divisionWords.has(next.key)
}

/** Whether some reading is of an entry of this kind: a loop, not a closure a candidate. */
function readsKind(readings: ReadonlyArray<number>, kind: number, gazetteer: Gazetteer): boolean {
  for (const value of readings) if (gazetteer.kind[entryOf(value)] === kind) return true
  return false
}

function countyAfter(text: string, words: Words, last: number): boolean {
  const next = words.token(last + 1)
  return next !== undefined && next.capital && spaceGap(text, words.token(last)!.end, next.start, true) && /^(?:county|parish|borough|township)$/.test(next.key)
}

/** The readings a run may have, if any: abbreviations only from capitals or dots, and never from an ordinary word. */
function readable(readings: ReadonlyArray<number>, abbreviationOnly: boolean, anyForm: boolean): number[] | undefined {
  let count = 0
  for (const value of readings) if (readableAs(value, abbreviationOnly, anyForm)) count++
  // Undefined, not an empty array, where it has none (most runs the filter lets through name nothing);
  // a copy of its size where it keeps them all, as most names do, not an array grown by pushes.
  if (count === 0) return undefined
  if (count === readings.length) return readings.slice()
  const kept: number[] = []
  for (const value of readings) if (readableAs(value, abbreviationOnly, anyForm)) kept.push(value)
  return kept
}

function readableAs(value: number, abbreviationOnly: boolean, anyForm: boolean): boolean {
  const flags = flagsOf(value)
  return (flags & AFTER_COMMA) !== 0 || anyForm || (abbreviationOnly ? (flags & ABBREVIATION) !== 0 : !(flags & ABBREVIATION))
}

/** A word in capitals at the start of a line whose words are all capitals up to a comma: "NEW ORLEANS, La. —". */
function inCapitalsDateline(text: string, token: Token): boolean {
  // A dateline is short: look no further back than a long town name.
  const from = Math.max(0, token.start - 40)
  const lineStart = from + text.slice(from, token.start).lastIndexOf('\n') + 1
  if (lineStart === from && from > 0) return false
  const before = text.slice(lineStart, token.start)
  if (!/^[\p{Lu}\s.'-]*$/u.test(before)) return false
  const comma = text.indexOf(',', token.end)
  return comma > 0 && comma - token.end < 40 && /^[\p{Lu}\s.'-]*$/u.test(text.slice(token.end, comma))
}

/**
 * A name in capitals that the story follows after a spaced dash, perhaps with the agency's name
 * between ("LONDON -- The", "NEW DELHI (Reuters) - Floods"): a wire story's dateline, wherever the
 * page's leftovers put it (after a caption or a photo credit), unless the capitals go on before it,
 * as in a headline written in capitals.
 */
function beforeDatelineDash(text: string, token: Token): boolean {
  let end = token.start
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  const wordEnd = text.slice(Math.max(0, end - 2), end)
  if (end < token.start && /\p{Lu}/u.test(wordEnd) && !/[^\p{Lu}.'-]/u.test(wordEnd)) return false
  return datelineDash.test(text.slice(token.start, token.start + 120))
}

/**
 * A name in capitals that opens a line before a colon and a whole sentence, as South Asian papers
 * write a dateline ("MUMBAI: Rains lashed the city on Friday."); a headline's "NASA: Rover finds
 * water" ends without a full stop.
 */
function beforeDatelineColon(text: string, token: Token): boolean {
  if (token.start > 0 && text[token.start - 1] !== '\n') return false
  const lineEnd = text.indexOf('\n', token.start)
  const line = text.slice(token.start, lineEnd < 0 ? text.length : lineEnd).trimEnd()
  return line.endsWith('.') && datelineColon.test(line)
}

// Up to four words in capitals, a colon, a capital.
const datelineColon = /^\p{Lu}[\p{Lu}.'-]*(?:[ \t]\p{Lu}[\p{Lu}.'-]*){0,3}:[ \t]+\p{Lu}/u

// Up to four words in capitals, an optional agency in brackets, a spaced dash, a capital.
const datelineDash = /^\p{Lu}[\p{Lu}.'-]*(?:[ \t]\p{Lu}[\p{Lu}.'-]*){0,3}(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+(?:--?|[–—])[ \t]+[\p{Lu}"“‘']/u

/** Whether a candidate reads a town and nothing larger. */
export function onlyCities(candidate: Candidate, gazetteer: Gazetteer): boolean {
  return candidate.readings.every((value) => gazetteer.kind[entryOf(value)] === CITY)
}

/**
 * A place's name that qualifies the word after it, a title or an office ("the US President",
 * "UK ministers", "the French presidential race") or a compound's hyphen ("a Texas-based firm",
 * "US-led talks"): the text names the place as an adjective would, not where something happened.
 */
export function modifiesNext(text: string, words: Words, candidate: Candidate, modifiedWords: ReadonlySet<string>): boolean {
  if (candidate.end < text.length && text.charCodeAt(candidate.end) === HYPHEN && /^\p{Ll}/u.test(text.slice(candidate.end + 1, candidate.end + 2))) return true
  const next = words.token(candidate.last + 1)
  return next !== undefined && modifiedWords.has(next.key) && spaceGap(text, candidate.end, next.start, true)
}
