import type {Entity} from '@tidings/core'
import {ADJECTIVE, AFTER_COMMA, CITY, COUNTRY, COUNTY, entryOf, flagsOf, type Gazetteer, REGION} from './gazetteer.js'
import {type PlaceLexicon, namePrefixWords, ordinaryWords} from './lexicon.js'
import {type Candidate, onlyCities} from './recognize.js'
import {institutionWord} from './institution.js'
import {isDigit, spaceGap, type Token, type Words} from './text.js'

/** What a filter sees of the article. */
export interface FilterInput {
  text: string
  tokens: ReadonlyArray<Token>
  candidates: ReadonlyArray<Candidate>
  /** Token index -> the candidate that holds it. */
  candidateAt: ReadonlyArray<Candidate | undefined>
  gazetteer: Gazetteer
  lexicon: PlaceLexicon
  titles: ReadonlySet<string>
  /** Words of natural features' names ("mountains", "river"), lower case. */
  featureWords: ReadonlySet<string>
  speechVerbs: ReadonlySet<string>
  organisationWords: ReadonlySet<string>
  publicationWords: ReadonlySet<string>
  openers: ReadonlySet<string>
  /** Prepositions that put a name as a place ("in", "of"), lower case. */
  placePrepositions: ReadonlySet<string>
  /**
   * The lexicon's lists the filters ask of every candidate, as sets: `calendarWords`, `townNouns`, `divisionNouns`, `governorWords`,
   * `directionWords`, `peopleWords`, `institutionWords`, `clubWords`, `localPeopleWords`, `divisionPlurals`, `saintWords`, `churchWords`, `sportsVerbs`.
   */
  calendarWords: ReadonlySet<string>
  townNouns: ReadonlySet<string>
  divisionNouns: ReadonlySet<string>
  governorWords: ReadonlySet<string>
  directionWords: ReadonlySet<string>
  peopleWords: ReadonlySet<string>
  institutionWords: ReadonlySet<string>
  clubWords: ReadonlySet<string>
  localPeopleWords: ReadonlySet<string>
  divisionPlurals: ReadonlySet<string>
  saintWords: ReadonlySet<string>
  churchWords: ReadonlySet<string>
  sportsVerbs: ReadonlySet<string>
  common: ReadonlySet<string>
  /** People and organisations another stage found (`file.data.entities`). */
  entities: ReadonlyArray<Entity>
}

/**
 * The input the stage builds: the default filters read its words, making only the tokens they
 * ask for; `tokens`, every word's token, is made when a filter of the user's first reads it.
 */
// Merged with the interface of the fields it copies, so the class declares them once.
export interface StageInput extends Omit<FilterInput, 'tokens'> {}
export class StageInput implements FilterInput {
  readonly words: Words
  #tokens: Token[] | undefined

  constructor(words: Words, fields: Omit<FilterInput, 'tokens'>) {
    this.words = words
    Object.assign(this, fields)
  }

  get tokens(): ReadonlyArray<Token> {
    return (this.#tokens ??= this.words.all())
  }
}

/** The input's token `index`: from the stage's words where it built the input, else from `tokens`. */
export function tokenAt(input: FilterInput, index: number): Token | undefined {
  return input instanceof StageInput ? input.words.token(index) : input.tokens[index]
}

/**
 * A rule that drops a candidate, or some of its readings, or marks readings weak (kept only where
 * the article backs them). `apply` returns true when it changed the candidate, for the trace.
 */
export interface PlaceFilter {
  id: string
  apply(candidate: Candidate, input: FilterInput): 'drop' | boolean
}

const DOT = 46
/** The people of a town big enough to be known by its name alone. */
const LARGE_TOWN = 100_000
const COMMA = 44
const HYPHEN = 45
const DOLLAR = 36

/** "38 North", "Route 9 East": a compass word or name right after a number is a label, not a place. */
const afterNumber: PlaceFilter = {
  id: 'after-number',
  apply(candidate, input) {
    const {text} = input
    const before = tokenAt(input, candidate.first - 1)
    // A word's key starts with a digit where the word does: no key to make for the word before every candidate.
    return before !== undefined && isDigit(text.charCodeAt(before.start)) && spaceGap(text, before.end, candidate.start, false) ? 'drop' : false
  }
}

/**
 * "KN-23", "Su-35": letters joined to digits by a hyphen make a model or code; "US$", "$US" and
 * "NZ$" are currencies.
 */
const code: PlaceFilter = {
  id: 'code',
  apply(candidate, {text}) {
    const {start, end} = candidate
    // Read only inside the text: a read past its end gives NaN, and the function is compiled anew for it.
    const after = end < text.length ? text.charCodeAt(end) : 0
    const codeAfter = after === DOLLAR || (after === HYPHEN && end + 1 < text.length && isDigit(text.charCodeAt(end + 1)))
    const codeBefore = start > 0 && (text.charCodeAt(start - 1) === DOLLAR || (text.charCodeAt(start - 1) === HYPHEN && start > 1 && isDigit(text.charCodeAt(start - 2))))
    return codeAfter || codeBefore ? 'drop' : false
  }
}

/** "Mr. Kirby", "President Lincoln", "Gov. Jackson": a title makes the next name a person's. */
const afterTitle: PlaceFilter = {
  id: 'after-title',
  apply(candidate, input) {
    const {text, titles} = input
    const before = tokenAt(input, candidate.first - 1)
    return before !== undefined && before.capital && titles.has(before.key) && spaceGap(text, before.end, candidate.start, false, DOT) ? 'drop' : false
  }
}

/**
 * "John Kirby", "Hillary Clinton": one word after a capitalized word that is neither an English
 * word nor a place is a surname. After a place's adjective, an English word is the head of a name
 * ("the Tibetan Plateau", "Welsh Water", "Scottish Power"), while a place's own name stays a place
 * ("the Austrian Tyrol").
 */
const inPersonName: PlaceFilter = {
  id: 'in-person-name',
  apply(candidate, input) {
    if (candidate.first !== candidate.last) return false
    const before = tokenAt(input, candidate.first - 1)
    if (before && adjectiveAt(candidate.first - 1, input) && ordinaryWords().has(candidate.key) && spaceGap(input.text, before.end, candidate.start, true)) return 'drop'
    if (!before || !properWord(before, input) || placeAt(candidate.first - 1, input)) return false
    // After a full stop only an initial ("George W. Bush") joins a name: otherwise a sentence ended.
    return spaceGap(input.text, before.end, candidate.start, true, before.key.length === 1 ? DOT : undefined) ? 'drop' : false
  }
}

/**
 * "Victoria Beckham", "Nelson Mandela": a town's or division's name before a word that is neither
 * an English word nor a place is a first name; a country stays ("Jordan Peterson" is rare, "Kenya
 * Airways" is not). Not before a title ("Queensland Premier", "Ohio Sen.": the title's place),
 * nor in capitals ("NY Plum Island"). Unlike a surname, a first name is not how the article names
 * the person again: "Paris Hilton ... in Paris" leaves the later Paris a place.
 */
const firstName: PlaceFilter = {
  id: 'first-name',
  apply(candidate, input) {
    if (candidate.first !== candidate.last || tokenAt(input, candidate.first)!.abbreviation) return false
    const after = tokenAt(input, candidate.last + 1)
    if (!after || !properWord(after, input) || input.titles.has(after.key) || placeAt(candidate.last + 1, input)) return false
    if (!spaceGap(input.text, candidate.end, after.start, true)) return false
    const before = candidate.readings.length
    candidate.readings = candidate.readings.filter((value) => input.gazetteer.kind[entryOf(value)] === COUNTRY)
    if (candidate.readings.length === 0) return 'drop'
    return candidate.readings.length !== before
  }
}

/** Whether a token is in a candidate that can be more than a town: "Maria" in "Maria Lowell" can only be a first name. */
function placeAt(index: number, {candidateAt, gazetteer}: FilterInput): boolean {
  const candidate = candidateAt[index]
  return candidate !== undefined && !candidate.dropped && !onlyCities(candidate, gazetteer)
}

/** Whether a token is in a candidate that reads only as a place's adjective ("Tibetan", "Scottish"). */
function adjectiveAt(index: number, {candidateAt}: FilterInput): boolean {
  const candidate = candidateAt[index]
  return candidate !== undefined && !candidate.dropped && candidate.readings.every((value) => (flagsOf(value) & ADJECTIVE) !== 0)
}

/** A capitalized word that is not an English word, an abbreviation or a sentence opener: part of a name. */
function properWord(token: Token, {common, openers}: FilterInput): boolean {
  return token.capital && !token.abbreviation && !common.has(token.key) && !openers.has(token.key)
}

/**
 * "Reading", "Mobile", "White House": a place named by ordinary English words stands only where
 * the article names its country or division (a town of under 100,000 people: its division; a
 * division: only after a town and a comma); any other town of under 100,000 people, and any
 * second-level division, where the article names its country or division.
 */
const weakNames: PlaceFilter = {
  id: 'weak-name',
  apply(candidate, input) {
    const {gazetteer, common, text, openers, calendarWords} = input
    // Asked only of a town's or division's reading: a country's needs no look-up of the words.
    let ordinary: boolean | undefined
    // "Over the weekend", "Both sides", "in August": a preposition or determiner opening a sentence, or a
    // month's or a weekday's name, is a town only as "Town, State" ("August, Ga.").
    const single = candidate.first === candidate.last
    const calendar = single && calendarWords.has(candidate.key)
    if ((calendar || (single && onlyOpensSentences(candidate, input))) && !candidate.container) {
      const kept = candidate.readings.filter((value) => gazetteer.kind[entryOf(value)] === COUNTRY || flagsOf(value) & AFTER_COMMA)
      if (kept.length === 0) return 'drop'
      if (kept.length !== candidate.readings.length) {
        candidate.readings = kept
        return true
      }
    }
    let changed = false
    let spelledAs: number | undefined
    for (const value of candidate.readings) {
      const entry = entryOf(value)
      // Abbreviations read after a comma are backed by the town before it.
      if (gazetteer.kind[entry] === COUNTRY || flagsOf(value) & AFTER_COMMA) continue
      // A county named whole ("Cook County": its county word makes the words a name, ordinary or not) that
      // no other place shares ("Anne Arundel County", not "Essex County") needs no backing, nor one the
      // text spells as no namesake is spelt ("Prince George's County", not Virginia's "Prince George
      // County"), nor one that dwarfs namesakes spelt alike (Cook County, Illinois, beside Georgia's).
      const namedCounty = gazetteer.kind[entry] === COUNTY && !single
      const spelled = namedCounty ? (spelledAs ??= spelledReading(candidate, input)) : undefined
      const soleCounty = namedCounty ? candidate.readings.length === 1 || spelled === entry || (spelled === -1 && dwarfsNamesakes(candidate, entry, gazetteer)) : soleLargeCounty(candidate, entry, input)
      const small = (gazetteer.kind[entry] === CITY && gazetteer.population[entry]! < LARGE_TOWN) || (gazetteer.kind[entry] === COUNTY && !soleCounty)
      if (candidate.county) candidate.weak.set(value, 'region')
      // A division called by an ordinary word ("West", "Centre", "Littoral") stands only as "Town, Division".
      else if (!namedCounty && (ordinary ??= commonWordsOnly(candidate, input, common)) && !namedPart(entry, single, gazetteer)) candidate.weak.set(value, small || gazetteer.kind[entry] !== CITY ? 'region' : 'country')
      else if (small) candidate.weak.set(value, 'country')
      else continue
      changed = true
    }
    return changed
  }
}

/**
 * A part of a country from the regions (no GeoNames division: it has no id there) called by a name
 * of several words: "the Bay Area", "the Gulf Coast", "the Lake District" are ordinary words that
 * name nothing else together.
 */
function namedPart(entry: number, single: boolean, gazetteer: Gazetteer): boolean {
  return !single && gazetteer.kind[entry] === REGION && gazetteer.geonameId[entry] === 0
}

/**
 * "in Hertfordshire", "from Cumbria", "across Lancashire": a large county (`LARGE_TOWN` people or
 * more) called by one word that names nothing else is that county after a preposition of place,
 * without its country named; elsewhere the word may be a person's ("Gaga and Cher").
 */
function soleLargeCounty(candidate: Candidate, entry: number, input: FilterInput): boolean {
  const {gazetteer} = input
  return candidate.readings.length === 1 && gazetteer.kind[entry] === COUNTY && gazetteer.population[entry]! >= LARGE_TOWN && afterPlacePreposition(candidate, input)
}

/** How many times the people of its namesakes a county must have to be the one its name means. */
const DWARFING = 50

/** Whether `entry` is a large county with `DWARFING` times the people of each other reading. */
function dwarfsNamesakes(candidate: Candidate, entry: number, gazetteer: Gazetteer): boolean {
  const population = gazetteer.population[entry]!
  return population >= LARGE_TOWN && candidate.readings.every((value) => entryOf(value) === entry || gazetteer.population[entryOf(value)]! * DWARFING < population)
}

/** The one reading whose name the text writes letter for letter, when just one has it; else -1. */
function spelledReading(candidate: Candidate, {text, gazetteer}: FilterInput): number {
  const written = text.slice(candidate.start, candidate.end).replaceAll('’', "'")
  let spelled = -1
  for (const value of candidate.readings) {
    if (gazetteer.name(entryOf(value)) !== written || entryOf(value) === spelled) continue
    if (spelled !== -1) return -1
    spelled = entryOf(value)
  }
  return spelled
}

/**
 * Whether every word of a candidate is an ordinary English word ("Reading", "White House"), and it
 * does not open with a word that opens place names ("Mount Joy", "Fort Worth", "Port Hope", "Point
 * Pleasant": ordinary words after it, but a name, as "Mount" is no verb before a capital).
 */
function commonWordsOnly(candidate: Candidate, input: FilterInput, common: ReadonlySet<string>): boolean {
  if (candidate.first !== candidate.last && namePrefixWords.has(tokenAt(input, candidate.first)!.key)) return false
  for (let index = candidate.first; index <= candidate.last; index++) if (!common.has(tokenAt(input, index)!.key)) return false
  return true
}

/**
 * "Both sides", "Hope faded", "Commerce officials said": an opener, or an ordinary English word
 * that the article capitalises only where a sentence opens, has its capital from the sentence,
 * not from a name; a town that is called so is named elsewhere too ("in Hope", "Hope, Ark.").
 */
function onlyOpensSentences(candidate: Candidate, input: FilterInput): boolean {
  const {text} = input
  const {key} = candidate
  // Where the sentence opens first: a few reads of characters, where most candidates stop.
  if (!startsSentence(text, candidate.start)) return false
  if (input.openers.has(key)) return true
  // An ordinary word: among the commonest, or a noun the article writes in lower case after an
  // article ("Tornado kills three ... A tornado tore through"; a link's "texas-prisoner" is no noun).
  if (!input.common.has(key) && !writtenAsNoun(text, key)) return false
  return input.candidates.every((other) => other === candidate || other.key !== key || (!other.container && startsSentence(text, other.start)))
}

/** Whether the text holds `word` (in lower case) as a whole word right after "a", "an" or "the". */
function writtenAsNoun(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text.charCodeAt(at + word.length)) && articleBefore.test(text.slice(Math.max(0, at - 5), at))) return true
  }
  return false
}

const articleBefore = /(?:^|[^\p{L}])(?:a|an|the) $/iu

/** A letter of any script, by code (NaN, past the text, is none). */
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 128 && /\p{L}/u.test(String.fromCharCode(code)))

/** Whether a word opens a sentence, a line or the text: only spaces, quotes or brackets after a full stop before it. */
function startsSentence(text: string, start: number): boolean {
  // A few characters back are enough: a longer run of spaces is a break in any case.
  let index = start
  // By character code: it is asked of every one-word candidate.
  while (index > 0 && start - index < 12 && (text.charCodeAt(index - 1) <= SPACE || openingMarks.has(text.charCodeAt(index - 1)))) {
    if (text.charCodeAt(index - 1) === NEWLINE) return true
    index--
  }
  return index === 0 || sentenceEnds.has(text.charCodeAt(index - 1))
}

const SPACE = 32
const NEWLINE = 10
/** What may stand between a sentence's end and its first word besides spaces: quotes and a bracket (character codes: no string a read). */
const openingMarks = new Set([...'"\'“‘(\u00a0'].map((character) => character.charCodeAt(0)))
const sentenceEnds = new Set([...'.!?:'].map((character) => character.charCodeAt(0)))

/**
 * "Ill." and "Calif." name a state only after a town and a comma, or after a lawmaker's party
 * ("Sen. Ann Lee, R-Mo.", "Rep. Tom Hale (D-Calif.)").
 */
const afterComma: PlaceFilter = {
  id: 'after-comma',
  apply(candidate, input) {
    if (!candidate.readings.some((value) => flagsOf(value) & AFTER_COMMA)) return false
    if (holdsTownBefore(candidate, input) || partyBefore.test(input.text.slice(Math.max(0, candidate.start - 4), candidate.start))) return false
    candidate.readings = candidate.readings.filter((value) => !(flagsOf(value) & AFTER_COMMA))
    return candidate.readings.length === 0 ? 'drop' : true
  }
}

/**
 * A name another stage typed as a person, or as an organisation by exactly this span, is not a
 * place; except a dateline's name in capitals ("DAYTON, Ohio —"), a name of several words that
 * the gazetteer holds whole and the person's span is exactly ("Milton Keynes", "West Midlands":
 * people are not named so) or holds and goes on past ("Queen Anne's County", "Prince George's
 * County": places are named for people), a country's name before a person's full name, which it
 * qualifies ("U.S. Jon Prinsell", "South Sudan David Shearer"; a first name alone after it,
 * "Jordan Spieth", leaves the person), and what a town before it and a comma lies in ("Trenton,
 * N.J.": an abbreviation in capitals and dots another stage may read as an acronym).
 */
const entityType: PlaceFilter = {
  id: 'entity-type',
  apply(candidate, input) {
    // A dateline's town in capitals ("DAYTON, Ohio —") is where the story was filed, whatever the capitals read as to another stage (an acronym).
    if (candidate.dateline) return false
    for (const entity of entitiesOver(candidate, input)) {
      if (entity.type === 'person') {
        if (entity.start === candidate.start && entity.end === candidate.end && candidate.first !== candidate.last) continue
        if (entity.start >= candidate.start && entity.end < candidate.end && candidate.first !== candidate.last) continue
        if (entity.start === candidate.start && wordsUntil(candidate.last, entity.end, input) >= 2 && keepCountries(candidate, input.gazetteer)) return true
        return 'drop'
      }
      if (entity.type === 'organisation' && entity.start === candidate.start && entity.end === candidate.end && !holdsTownBefore(candidate, input) && !beforeItsPeople(candidate, input)) return 'drop'
    }
    return false
  }
}

/**
 * "Lagos officials said", "Kerala authorities closed schools", "Nakuru residents queued": a name
 * right before a lower-case word for a place's people or officials (`localPeopleWords`) is the
 * place they belong to, though another stage took it for an organisation owning the role.
 */
function beforeItsPeople(candidate: Candidate, input: FilterInput): boolean {
  const next = tokenAt(input, candidate.last + 1)
  return next !== undefined && !next.capital && input.localPeopleWords.has(next.key) && spaceGap(input.text, candidate.end, next.start, true)
}

/**
 * Whether the candidate is what the town before it and a comma lies in ("Trenton, N.J."): a town
 * still read as one ("Jeff Terry, MD": the surname is no town, and "MD" no state).
 */
/** A party's initial (Republican, Democrat, independent) and its hyphen, after a comma or a bracket. */
const partyBefore = /(?:,[ \t]|\()[DIR]-$/

function holdsTownBefore(candidate: Candidate, {candidateAt}: FilterInput): boolean {
  // The town's comma leaves no word between it and its container: the town holds the word before, with no search of the candidates.
  const town = candidateAt[candidate.first - 1]
  return town !== undefined && town.container === candidate && !town.dropped
}

/**
 * "Harbor Treatment Center", "the Center for Coastal Safety", "Union Pacific", "Summit Health",
 * "Vexa Mobile": a one-word name that is an ordinary English word (`ordinaryWords`), inside a longer
 * name of an organisation, a building or another thing that is not a place, is a word of that
 * name; unless the article names it on its own elsewhere ("the Reading Police Department ...
 * officers in Reading"). At the head of the name a city (`LARGE_TOWN` people or more) keeps its
 * reading, as organisations take a known city's name ("the Buffalo Bills", "Queens Supreme
 * Court"); so does a country anywhere. A name that is no English word is not read here: it
 * keeps its place at the head of another name ("the Texas Department of Health").
 */
const ordinaryWordInName: PlaceFilter = {
  id: 'ordinary-word-in-name',
  apply(candidate, input) {
    if (candidate.first !== candidate.last || tokenAt(input, candidate.first)!.abbreviation) return false
    const name = longerNameOver(candidate, input)
    if (!name || !ordinaryWords().has(candidate.key) || namedAlone(candidate, input)) return false
    const {gazetteer} = input
    const head = name.start === candidate.start
    return keepReadings(candidate, (value) => {
      const entry = entryOf(value)
      return gazetteer.kind[entry] === COUNTRY || (head && gazetteer.kind[entry] === CITY && gazetteer.population[entry]! >= LARGE_TOWN)
    })
  }
}

/** Keeps the readings `keep` accepts: the candidate goes when none is left; tells whether any went. */
function keepReadings(candidate: Candidate, keep: (value: number) => boolean): 'drop' | boolean {
  const kept = candidate.readings.filter(keep)
  if (kept.length === 0) return 'drop'
  if (kept.length === candidate.readings.length) return false
  candidate.readings = kept
  return true
}

/**
 * The name of an organisation, or of another thing that is neither a person nor a place, that holds
 * the candidate and more. A place's longer name is left to the other filters: it may name the town
 * ("Northwest Washington").
 */
function longerNameOver(candidate: Candidate, input: FilterInput): Entity | undefined {
  for (const entity of entitiesOver(candidate, input)) {
    if (entity.type !== 'organisation' && entity.type !== 'other') continue
    if (entity.start <= candidate.start && entity.end >= candidate.end && entity.end - entity.start > candidate.end - candidate.start) return entity
  }
  return undefined
}

/** Whether another candidate of the same name stands outside any longer name. */
function namedAlone(candidate: Candidate, input: FilterInput): boolean {
  for (const other of input.candidates) if (other !== candidate && other.key === candidate.key && !longerNameOver(other, input)) return true
  return false
}

/**
 * For each entity, the furthest end of it and the entities before it: with the entities by start,
 * as the entities stage writes them, the ones a candidate overlaps are found by a binary search,
 * not a scan of the article's entities for every candidate. Undefined when they are out of order.
 */
const entityReachOf = new WeakMap<FilterInput, number[] | undefined>()
const none: ReadonlyArray<Entity> = []

/**
 * The last candidate `entitiesOver` answered for, and its answer: `entity-type` and
 * `ordinary-word-in-name` ask one after the other of the same candidate.
 */
const lastOver = {input: undefined as FilterInput | undefined, candidate: undefined as Candidate | undefined, start: 0, end: 0, over: none}

/** The entities that overlap a candidate, in the article's order. */
export function entitiesOver(candidate: Candidate, input: FilterInput): ReadonlyArray<Entity> {
  const {entities} = input
  if (entities.length === 0) return none
  if (lastOver.candidate === candidate && lastOver.input === input && lastOver.start === candidate.start && lastOver.end === candidate.end) return lastOver.over
  const over = overlapping(candidate, input, entities)
  lastOver.input = input
  lastOver.candidate = candidate
  lastOver.start = candidate.start
  lastOver.end = candidate.end
  lastOver.over = over
  return over
}

function overlapping(candidate: Candidate, input: FilterInput, entities: ReadonlyArray<Entity>): ReadonlyArray<Entity> {
  let reach = entityReachOf.get(input)
  if (reach === undefined && !entityReachOf.has(input)) entityReachOf.set(input, (reach = entityReach(entities)))
  let low = 0
  if (reach) {
    let high = entities.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (reach[middle]! <= candidate.start) low = middle + 1
      else high = middle
    }
  }
  let over: Entity[] | undefined
  for (let index = low; index < entities.length; index++) {
    const entity = entities[index]!
    if (entity.start >= candidate.end) {
      if (reach) break
      continue
    }
    // A candidate overlaps one entity, if any, as a rule: an array of one, not one grown by a push.
    if (entity.end <= candidate.start) continue
    if (over === undefined) over = [entity]
    else over.push(entity)
  }
  return over ?? none
}

function entityReach(entities: ReadonlyArray<Entity>): number[] | undefined {
  const reach: number[] = []
  let furthest = -Infinity
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index]!
    if (index > 0 && entity.start < entities[index - 1]!.start) return undefined
    if (entity.end > furthest) furthest = entity.end
    reach.push(furthest)
  }
  return reach
}

/** How many words after token `last` end by `end`. */
function wordsUntil(last: number, end: number, input: FilterInput): number {
  let count = 0
  while (tokenAt(input, last + count + 1) !== undefined && tokenAt(input, last + count + 1)!.end <= end) count++
  return count
}

/** Keeps a candidate's country readings, if it has any. */
function keepCountries(candidate: Candidate, gazetteer: Gazetteer): boolean {
  const kept = candidate.readings.filter((value) => gazetteer.kind[entryOf(value)] === COUNTRY)
  if (kept.length === 0) return false
  candidate.readings = kept
  return true
}

/**
 * "Bab-el-Mandab", "Rafah-al-Sharqiya", "Ain-es-Sultan": a name joined by hyphens through a short
 * lower-case particle to a capitalised word is the first part of a longer name, which the
 * gazetteer does not hold (where it does, "Rostov-on-Don", the candidate is the whole).
 */
const inHyphenatedName: PlaceFilter = {
  id: 'in-hyphenated-name',
  apply(candidate, {text}) {
    return hyphenatedParticle.test(text.slice(candidate.end, candidate.end + 6)) ? 'drop' : false
  }
}

const hyphenatedParticle = /^-\p{Ll}{1,3}-\p{Lu}/u

/** The longest feature word written cut short with a dot ("Mt."). */
const shortFeatureWord = 3

/**
 * "Ural Mountains", "Hudson River", "Lake Victoria", "Mt. Everest", "Washington Avenue": a place's
 * name inside the name of a mountain, river, lake or street is not the place, and neither is the
 * feature's own word cut short before its name ("Mt." is no code of Malta there). (The gazetteer
 * holds none of these.)
 */
const inFeatureName: PlaceFilter = {
  id: 'in-feature-name',
  apply(candidate, input) {
    const {text, featureWords} = input
    const after = tokenAt(input, candidate.last + 1)
    const before = tokenAt(input, candidate.first - 1)
    if (after?.capital && featureWords.has(after.key) && spaceGap(text, candidate.end, after.start, true)) return 'drop'
    if (candidate.first === candidate.last && featureWords.has(candidate.key) && after?.capital && joinedAfterShort(text, tokenAt(input, candidate.last)!, after.start)) return 'drop'
    return before?.capital && featureWords.has(before.key) && joinedAfterShort(text, before, candidate.start) && !/^(?:sea|ocean|desert)s?$/.test(before.key) ? 'drop' : false
  }
}

/**
 * Whether only a space follows a word up to `to`, or a dot and a space after a short word ("Mt. Everest"); after
 * a longer one, a dot ends a sentence ("the Ural Mountains. Moscow said"). A function, not a closure a candidate.
 */
function joinedAfterShort(text: string, word: Token, to: number): boolean {
  return spaceGap(text, word.end, to, true, word.key.length <= shortFeatureWord ? DOT : undefined)
}

/**
 * "Steele said", "Wright told reporters": a town's name right before a verb of speech is a
 * speaker's; but not after a preposition of place ("Officials in Denton said", "a resident of
 * Lowell told"), nor at the end of a list of places after one ("Officials in Denton and Lowell said").
 */
const speaker: PlaceFilter = {
  id: 'speaker',
  apply(candidate, input) {
    const after = tokenAt(input, candidate.last + 1)
    if (!after || !spaceGap(input.text, candidate.end, after.start, true, COMMA) || !input.speechVerbs.has(after.key)) return false
    if (afterPlacePreposition(candidate, input)) return false
    // "Officials in Denton and Lowell said": the last of places listed after the preposition.
    const conjunction = tokenAt(input, candidate.first - 1)
    const listed = conjunction && listWords.has(conjunction.key) ? input.candidateAt[candidate.first - 2] : undefined
    if (listed && afterPlacePreposition(listed, input)) return false
    return onlyCities(candidate, input.gazetteer) ? 'drop' : false
  }
}

/**
 * "Jordan, who owns part of the team", "Paris, who is 19,": a name with "who" after its comma is a
 * person's, as places take "where" or "which"; but not within a few words after a preposition of
 * place or a list's "and", where "who" is of the people there ("refugees from Syria, who fled",
 * "a man in rebel-held Idlib, who", "from Vietnam and Laos, who"), nor as the state of "Town, State".
 */
const relativeWho: PlaceFilter = {
  id: 'relative-who',
  apply(candidate, input) {
    const {text} = input
    // The comma first: most names have none after them, and need no token made.
    if (text.charCodeAt(candidate.end) !== COMMA) return false
    const after = tokenAt(input, candidate.last + 1)
    if (after?.key !== 'who' || after.capital || !spaceGap(text, candidate.end, after.start, true, COMMA)) return false
    if (input.candidateAt[candidate.first - 1]?.container === candidate || candidate.readings.some((value) => flagsOf(value) & ADJECTIVE)) return false
    let later = candidate.start
    for (let index = candidate.first - 1; index >= 0 && index >= candidate.first - WHO_REACH; index--) {
      const token = tokenAt(input, index)!
      // "St." and "Mr." keep their dot inside the sentence.
      const gap = text.slice(token.end, later)
      if (/[!?\n]/.test(gap) || (gap.includes('.') && token.key.length > 3)) break
      if (input.placePrepositions.has(token.key) || listWords.has(token.key)) return false
      later = token.start
    }
    return 'drop'
  }
}

/** How many words before a name with "who" after it are searched for a preposition of place. */
const WHO_REACH = 4

/** Words that join the names of a list. */
const listWords = new Set(['and', 'or'])

/** Whether a preposition of place stands right before the candidate ("in Denton"). */
function afterPlacePreposition(candidate: Candidate, input: FilterInput): boolean {
  const before = tokenAt(input, candidate.first - 1)
  return before !== undefined && input.placePrepositions.has(before.key) && spaceGap(input.text, before.end, candidate.start, true)
}

/**
 * "Xinhua News Agency", "Wright County Eggs": a town's name before an organisation's last word
 * names the organisation; and any place's name right before a newspaper's ("the New York Times",
 * "the Washington Post") or a club's word ("Leeds United", `clubWords`), but a country's, as
 * before any organisation's word.
 */
const inOrganisationName: PlaceFilter = {
  id: 'in-organisation-name',
  apply(candidate, input) {
    const {text} = input
    const next = tokenAt(input, candidate.last + 1)
    if (next?.capital && input.publicationWords.has(next.key) && spaceGap(text, candidate.end, next.start, true)) return 'drop'
    if (next?.capital && input.clubWords.has(next.key) && spaceGap(text, candidate.end, next.start, true) && !readsKind(candidate, COUNTRY, input.gazetteer)) return 'drop'
    if (!onlyCities(candidate, input.gazetteer)) return false
    // The organisation's last word may come two capitalized words later ("Xinhua News Agency").
    for (let index = candidate.last + 1; index <= candidate.last + 3; index++) {
      const token = tokenAt(input, index)
      if (token === undefined) break
      if (!token.capital || !spaceGap(text, tokenAt(input, index - 1)!.end, token.start, true)) return false
      if (input.organisationWords.has(token.key)) return 'drop'
    }
    return false
  }
}

/**
 * "Syracuse beat Duke 78-70", "Leeds drew with Burnley 1-1", "Liverpool lost 3-1 to Brighton", "Kent
 * beat Surrey by 50 runs": a name right before a verb of a match's result (`sportsVerbs`) with a
 * score after it in the clause, or after such a verb (and "with", "to", "against" or the score) with
 * a score on either side, is a team; its towns and divisions are dropped. A country keeps its
 * reading: a national side stands for its country as a government does. The venue after "in" or
 * "at" ("in Knoxville") is no team.
 */
const sportsTeam: PlaceFilter = {
  id: 'sports-team',
  apply(candidate, input) {
    const {text, sportsVerbs} = input
    // Most articles hold no score: asked once an article, the words around each name need not be made.
    let scored = scoredArticles.get(input)
    if (scored === undefined) scoredArticles.set(input, (scored = mayScore.test(text) && score.test(text)))
    if (!scored) return false
    const next = tokenAt(input, candidate.last + 1)
    const subject = next !== undefined && !next.capital && sportsVerbs.has(next.key) && spaceGap(text, candidate.end, next.start, true) && score.test(clauseAfter(text, next.end))
    if (!subject && !objectOfResult(candidate, input)) return false
    return keepReadings(candidate, (value) => input.gazetteer.kind[entryOf(value)] === COUNTRY)
  }
}

/** Whether an article writes a score anywhere. */
const scoredArticles = new WeakMap<FilterInput, boolean>()

/** How many words may stand between a verb of a result and the team it names ("lost 3-1 to"). */
const RESULT_REACH = 4
/** Words that may stand between a verb of a result and the team after it. */
const resultLinks = new Set(['with', 'to', 'against', 'over', 'the'])

/** Whether a verb of a result stands before the candidate, across only `resultLinks` and a score, and a score is on one side of the name. */
function objectOfResult(candidate: Candidate, input: FilterInput): boolean {
  const {text, sportsVerbs} = input
  for (let index = candidate.first - 1; index >= 0 && index >= candidate.first - RESULT_REACH; index--) {
    const token = tokenAt(input, index)!
    if (/[.!?;:\n]/.test(text.slice(token.end, tokenAt(input, index + 1)!.start))) return false
    if (!token.capital && sportsVerbs.has(token.key)) return score.test(text.slice(token.end, candidate.start)) || score.test(clauseAfter(text, candidate.end))
    if (!resultLinks.has(token.key) && !isDigit(text.charCodeAt(token.start))) return false
  }
  return false
}

/** The text from `from` to the clause's end, at most `CLAUSE_REACH` characters. */
function clauseAfter(text: string, from: number): string {
  const clause = text.slice(from, from + CLAUSE_REACH)
  const end = clause.search(/[!?;\n]|\.\s/)
  return end === -1 ? clause : clause.slice(0, end)
}

const CLAUSE_REACH = 60

/** What every score has, found four times faster than `score` in an article without one. */
const mayScore = /\d[-–]\d|\bby (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) /
/** A match's score: "78-70", "1–1", "by six wickets", "by 50 runs", not "3-4%" or "2-3 percent". */
const score = /(?:^|[^\p{L}\p{N}.,])\d{1,3}[-–]\d{1,3}(?![\p{L}\p{N}%-]|[.,]\d|\s*per\s?cent)|\bby (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) (?:runs?|wickets?|goals?|points?|strokes?|lengths?)\b/u

/**
 * "across the Plains", "in the Valley", "the Keys", "the Borders": an ordinary English noun
 * (`ordinaryWords`), capitalised after "the", names a region the reader knows, not a small town
 * that happens to bear the word (Plains, Pa.; Valley, Ala.; Borders, Ky.); its towns of under
 * `LARGE_TOWN` people are dropped, and a region or division of that name stays ("the Midlands",
 * "the Plateau"). A town whose own name has "The" ("The Woodlands", "The Villages") keeps it, and so
 * do a town with its state after a comma and one the article also names without "the" ("Waitrose in
 * Wellington ... the Wellington crew").
 */
const theCommonNoun: PlaceFilter = {
  id: 'the-common-noun',
  apply(candidate, input) {
    const {text, gazetteer} = input
    if (candidate.first !== candidate.last || candidate.container || !afterThe(text, candidate.start) || !ordinaryWords().has(candidate.key)) return false
    // "Waitrose in Wellington ... the Wellington crew": named as a town elsewhere, the name is the town's here too.
    for (const other of input.candidates) if (other.key === candidate.key && !afterThe(text, other.start)) return false
    return keepReadings(candidate, (value) => {
      const entry = entryOf(value)
      return gazetteer.kind[entry] !== CITY || gazetteer.population[entry]! >= LARGE_TOWN || gazetteer.name(entry).startsWith('The ')
    })
  }
}

/** Whether "the" and one space stand right before `start`, as a word of its own. */
function afterThe(text: string, start: number): boolean {
  // By character code: it is asked of every one-word candidate, and most have no "the" before them.
  if (start < 4 || text.charCodeAt(start - 1) !== SPACE || text.charCodeAt(start - 2) !== 101 || text.charCodeAt(start - 3) !== 104) return false
  const t = text.charCodeAt(start - 4)
  return (t === 116 || t === 84) && (start === 4 || !isLetter(text.charCodeAt(start - 5)))
}

/**
 * "the city of Sao Paulo", "the town of Victoria", "the state of Washington": a noun of a kind of
 * place and "of" before a name keep the readings of that kind, where the name has one.
 */
const kindNoun: PlaceFilter = {
  id: 'kind-noun',
  apply(candidate, input) {
    const {text, gazetteer, townNouns, divisionNouns} = input
    const of = tokenAt(input, candidate.first - 1)
    const noun = tokenAt(input, candidate.first - 2)
    if (!of || !noun || of.key !== 'of' || !spaceGap(text, noun.end, of.start, true) || !spaceGap(text, of.end, candidate.start, true)) return false
    const town = townNouns.has(noun.key)
    if (!town && !divisionNouns.has(noun.key)) return false
    const kept = candidate.readings.filter((value) => {
      const kind = gazetteer.kind[entryOf(value)]
      return town ? kind === CITY : kind === REGION || kind === COUNTY
    })
    if (kept.length === 0 || kept.length === candidate.readings.length) return false
    candidate.readings = kept
    return true
  }
}

/**
 * "Kaduna and Katsina states", "Samsun, Ordu and Trabzon provinces", "Kent and Essex counties": a
 * plural noun of divisions after a list makes each name of the list the division, where it has one,
 * and "counties" the county the gazetteer names with the word ("Bergen County").
 */
const divisionList: PlaceFilter = {
  id: 'division-list',
  apply(candidate, input) {
    if (!candidate.listedWith) return false
    const {gazetteer, text} = input
    // The list's last name: each name links to the one after it.
    let last = candidate
    for (let next = laterNeighbour(last); next; next = laterNeighbour(last)) last = next
    const after = tokenAt(input, last.last + 1)
    if (!after || !input.divisionPlurals.has(after.key) || !spaceGap(text, last.end, after.start, true)) return false
    const kept = candidate.readings.filter((value) => gazetteer.kind[entryOf(value)] === REGION || gazetteer.kind[entryOf(value)] === COUNTY)
    // "Bergen and Passaic counties": the gazetteer names such counties whole ("Bergen County").
    if (after.key === 'counties') kept.push(...gazetteer.lookup(`${candidate.key} county`))
    if (kept.length === 0 || (kept.length === candidate.readings.length && kept.every((value, index) => value === candidate.readings[index]))) return false
    candidate.readings = kept
    return true
  }
}

function laterNeighbour(candidate: Candidate): Candidate | undefined {
  return candidate.listedWith?.find((other) => other.start > candidate.start)
}

/**
 * "Georgia Gov. Brian Kemp", "the governor of Washington", "Gov. Jay Inslee of Washington": the
 * name a governor's title qualifies, or that follows it, the person's name and "of", is the
 * division the governor governs, where the name has a division's reading.
 */
const governor: PlaceFilter = {
  id: 'governor',
  apply(candidate, input) {
    const {text, gazetteer, governorWords} = input
    if (!afterGovernor(candidate, text, input, governorWords) && !beforeGovernor(candidate, text, input, governorWords)) return false
    const kept = candidate.readings.filter((value) => gazetteer.kind[entryOf(value)] === REGION)
    if (kept.length === 0 || kept.length === candidate.readings.length) return false
    candidate.readings = kept
    return true
  }
}

/** A governor's word right after the name, or its abbreviation and dot ("Gov."). */
function beforeGovernor(candidate: Candidate, text: string, input: FilterInput, words: ReadonlySet<string>): boolean {
  const next = tokenAt(input, candidate.last + 1)
  return next !== undefined && words.has(next.key) && spaceGap(text, candidate.end, next.start, true)
}

/** "of" before the name, and a governor's word before it, perhaps with the governor's name between (up to three capitalized words). */
function afterGovernor(candidate: Candidate, text: string, input: FilterInput, words: ReadonlySet<string>): boolean {
  const of = tokenAt(input, candidate.first - 1)
  if (of?.key !== 'of' || !spaceGap(text, of.end, candidate.start, true)) return false
  for (let index = candidate.first - 2; index >= 0 && index >= candidate.first - 5; index--) {
    const token = tokenAt(input, index)!
    if (words.has(token.key)) return true
    if (!token.capital) return false
  }
  return false
}

/**
 * "upstate New York", "northern California", "western Washington": a word of direction before a
 * name makes it an area, so a country's or division's readings stand over a town's of the same
 * name ("northern Paris", with no division of that name, keeps the town).
 */
const directionWord: PlaceFilter = {
  id: 'direction-word',
  apply(candidate, input) {
    const {text, gazetteer, directionWords} = input
    const before = tokenAt(input, candidate.first - 1)
    if (!before || !directionWords.has(before.key) || !spaceGap(text, before.end, candidate.start, true)) return false
    // A division none of whose towns the gazetteer places cannot stand for the area: the town then does.
    const kept = candidate.readings.filter((value) => gazetteer.kind[entryOf(value)] === COUNTRY || (gazetteer.kind[entryOf(value)] !== CITY && gazetteer.population[entryOf(value)]! > 0))
    if (kept.length === 0 || kept.length === candidate.readings.length) return false
    candidate.readings = kept
    return true
  }
}

/**
 * "Brits flocked to the coast", "Americans voted", "the Aussies won": a word for a country's
 * people (`peopleWords`, or a demonym's plural) names people, so its towns are dropped; "the town
 * of Brits" keeps them.
 */
const peopleWord: PlaceFilter = {
  id: 'people-word',
  apply(candidate, input) {
    const {text, gazetteer, peopleWords, townNouns} = input
    if (candidate.first !== candidate.last || !onlyCities(candidate, gazetteer)) return false
    const demonymPlural = candidate.key.endsWith('s') && gazetteer.lookup(candidate.key.slice(0, -1)).some((value) => (flagsOf(value) & ADJECTIVE) !== 0)
    if (!demonymPlural && !peopleWords.has(candidate.key)) return false
    const of = tokenAt(input, candidate.first - 1)
    const noun = tokenAt(input, candidate.first - 2)
    const namedTown = of?.key === 'of' && noun !== undefined && townNouns.has(noun.key) && spaceGap(text, of.end, candidate.start, true)
    return namedTown ? false : 'drop'
  }
}

/** A possessive's "'s" and the space after it, alone between two words. */
const possessiveGap = /^['\u2019]s[ \t]{1,3}$/

/**
 * "St. Peter's Square", "St. Mary's Hospital", "Saint Patrick's Cathedral": a saint's name in the
 * possessive before a capitalized word names a building or ground after the saint, not the town
 * of that name (Saint Peter in Barbados, St. Mary's in a dozen countries). So does the possessive
 * alone ("treated at St George's", "Mass at St. Patrick's"), unless the town's own name has it
 * ("St. John's", Newfoundland) or its state follows ("St. Mary's, Ga."); and so does the name
 * before a church's word ("St. Paul Lutheran Church", "St. Louis Catholic School").
 */
const saintsSite: PlaceFilter = {
  id: 'saints-site',
  apply(candidate, input) {
    if (candidate.first === candidate.last || !input.saintWords.has(candidate.key.slice(0, candidate.key.indexOf(' ')))) return false
    const {text, gazetteer} = input
    if (!possessiveAfter.test(text.slice(candidate.end, candidate.end + 3))) {
      const after = candidate.container ? undefined : tokenAt(input, candidate.last + 1)
      return after?.capital === true && input.churchWords.has(after.key) && spaceGap(text, candidate.end, after.start, false) ? 'drop' : false
    }
    const after = tokenAt(input, candidate.last + 1)
    if (after?.capital && possessiveGap.test(text.slice(candidate.end, after.start))) return 'drop'
    if (candidate.container) return false
    const possessiveNames = candidate.readings.filter((value) => possessiveAfter.test(gazetteer.name(entryOf(value)).slice(-2)))
    if (possessiveNames.length === candidate.readings.length) return false
    if (possessiveNames.length === 0) return 'drop'
    candidate.readings = possessiveNames
    return true
  }
}

/** A possessive's "'s" that ends the word. */
const possessiveAfter = /^['\u2019]s(?![\p{L}\p{N}])/u

/**
 * "ANKARA, Turkey —", "LVIV, Ukraine (Wire) -", "KANO, Nigeria —": a dateline names the town the
 * story was filed from, so a division of the same name (the province around a capital, the state
 * named after its seat) is not what it means, whatever else the article names.
 */
const datelineTown: PlaceFilter = {
  id: 'dateline-town',
  apply(candidate, {gazetteer}) {
    if (!candidate.dateline || !readsKind(candidate, CITY, gazetteer)) return false
    const kept = candidate.readings.filter((value) => gazetteer.kind[entryOf(value)] === CITY || gazetteer.kind[entryOf(value)] === COUNTRY)
    if (kept.length === candidate.readings.length) return false
    candidate.readings = kept
    return true
  }
}

function readsKind(candidate: Candidate, kind: number, gazetteer: Gazetteer): boolean {
  for (const value of candidate.readings) if (gazetteer.kind[entryOf(value)] === kind) return true
  return false
}

/**
 * "Drought in the Sahel", "ships in the Red Sea", "jihadists across the Sahel": a region of the
 * world read by the name is what news means, not a province named after it ("Sahel Region" of
 * Burkina Faso); the text marks the province as such ("the Sahel region" reads divisions only).
 */
const worldRegion: PlaceFilter = {
  id: 'world-region',
  apply(candidate, {gazetteer}) {
    if (!candidate.readings.some((value) => gazetteer.kind[entryOf(value)] === COUNTRY && gazetteer.countryCodes[gazetteer.country[entryOf(value)]!] === '')) return false
    const kept = candidate.readings.filter((value) => gazetteer.kind[entryOf(value)] !== REGION && gazetteer.kind[entryOf(value)] !== COUNTY)
    if (kept.length === candidate.readings.length) return false
    candidate.readings = kept
    return true
  }
}

/** The filters, in the order the stage applies them. */
export const defaultFilters: ReadonlyArray<PlaceFilter> = [afterNumber, code, afterTitle, entityType, ordinaryWordInName, inFeatureName, inHyphenatedName, saintsSite, inOrganisationName, sportsTeam, inPersonName, firstName, speaker, relativeWho, peopleWord, institutionWord, afterComma, datelineTown, kindNoun, divisionList, governor, directionWord, worldRegion, theCommonNoun, weakNames]
