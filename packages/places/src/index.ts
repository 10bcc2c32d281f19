import {checkOptions, type Entity, lazySchema, type Place, traceRule, tracingRules} from '@tidings/core'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {defaultFilters, entitiesOver, type FilterInput, type PlaceFilter, StageInput} from './filters.js'
import {ABBREVIATION, ADJECTIVE, AFTER_COMMA, CITY, entryOf, flagsOf, type Gazetteer, loadGazetteer, reading} from './gazetteer.js'
import {commonWords, mergeLexicon, type PlaceLexicon} from './lexicon.js'
import {type Candidate, findCandidates, modifiesNext, type NameLookup, onlyCities} from './recognize.js'
import {regionNames, withRegions, type WorldRegion} from './regions.js'
import {defaultWeights, resolveCandidates, type Weights} from './resolve.js'
import {nameKey, Words} from './text.js'

export {defaultFilters, type FilterInput, type PlaceFilter} from './filters.js'
export {defaultLexicon, type PlaceLexicon} from './lexicon.js'
export type {Candidate} from './recognize.js'
export {defaultRegions, type WorldRegion} from './regions.js'
export {defaultWeights, type Weights} from './resolve.js'

declare module 'vfile' {
  interface DataMap {
    /** Places the article names, resolved to GeoNames entries, with offsets into `file.data.text`. */
    places: Place[]
  }
}

const OptionsSchema = lazySchema(({type}) => type({
  'lexicon?': 'object',
  'filters?': 'object[]',
  'weights?': 'object',
  'adjectives?': 'boolean',
  'regions?': 'object[]'
}))

export interface Options {
  /** Entries added to the word lists (see `defaultLexicon`). */
  lexicon?: Partial<PlaceLexicon>
  /** The rules that drop or weaken candidates (default `defaultFilters`); extend with `[...defaultFilters, mine]`. */
  filters?: ReadonlyArray<PlaceFilter>
  /** How much population, kind and context count when a name has several places (see `defaultWeights`). */
  weights?: Partial<Weights>
  /** Also write the adjectives and demonyms of places ("Ukrainian", "Crimean"), marked `adjective` (default true). */
  adjectives?: boolean
  /** Regions of the world to read besides `defaultRegions`, e.g. `[{name: 'Ruritanian Plain', lat: 47, lon: 19}]`. */
  regions?: ReadonlyArray<WorldRegion>
}

const STAGE = 'places'
/** The filters that drop a name because it is a person's (or, by exactly its span, an organisation's). */
const personFilters = new Set(['after-title', 'in-person-name', 'speaker', 'relative-who', 'entity-type'])

/**
 * Places named in news text, resolved to the map: countries, first- and second-level divisions
 * and towns of GeoNames, with their adjectives ("Ukrainian" is Ukraine), chosen by what the article says.
 */
export const places: Plugin<[Options?], Root> = function (options = {}) {
  checkOptions('places', OptionsSchema, options)
  for (const filter of options.filters ?? []) {
    if (typeof filter.id !== 'string' || typeof filter.apply !== 'function') throw new TypeError('Invalid options for places: a filter needs an `id` and an `apply` function')
  }
  const lexicon = mergeLexicon(options.lexicon)
  const filters = options.filters ?? defaultFilters
  const weights = {...defaultWeights, ...options.weights}
  const adjectives = options.adjectives ?? true
  const titles = new Set(lexicon.personTitles)
  const modifiedWords = new Set([...lexicon.personTitles, ...lexicon.officeAdjectives])
  const featureWords = new Set(lexicon.featureWords)
  const speechVerbs = new Set(lexicon.speechVerbs)
  const organisationWords = new Set([...lexicon.organisationWords, ...lexicon.publicationWords])
  const publicationWords = new Set(lexicon.publicationWords)
  const openers = new Set(lexicon.openers)
  const placePrepositions = new Set(lexicon.placePrepositions)
  const calendarWords = new Set(lexicon.calendarWords)
  const townNouns = new Set(lexicon.townNouns)
  const divisionNouns = new Set(lexicon.divisionNouns)
  const governorWords = new Set(lexicon.governorWords)
  const directionWords = new Set(lexicon.directionWords)
  const peopleWords = new Set(lexicon.peopleWords)
  const institutionWords = new Set(lexicon.institutionWords)
  const clubWords = new Set(lexicon.clubWords)
  const localPeopleWords = new Set(lexicon.localPeopleWords)
  const divisionPlurals = new Set(lexicon.divisionPlurals)
  const saintWords = new Set(lexicon.saintWords)
  const churchWords = new Set(lexicon.churchWords)
  const sportsVerbs = new Set(lexicon.sportsVerbs)
  // The gazetteer loads when the first article arrives, not when the pipeline is built.
  let loaded: {gazetteer: Gazetteer; lookup: NameLookup} | undefined
  return (_tree, file) => {
    loaded ??= gazetteerWith(options.regions ?? [], lexicon)
    const {gazetteer, lookup} = loaded
    const text = file.data.text ?? ''
    const words = new Words(text)
    const candidates = findCandidates(text, words, lookup, gazetteer, townNouns)
    // Its length set once: written index by index, the array was copied as it grew, a third of the stage's allocation.
    const candidateAt = new Array<Candidate | undefined>(candidates.length === 0 ? 0 : candidates[candidates.length - 1]!.last + 1)
    for (const candidate of candidates) for (let index = candidate.first; index <= candidate.last; index++) candidateAt[index] = candidate
    // Written by @tidings/entities when it runs first.
    const entities = (file.data as {entities?: Entity[]}).entities ?? []
    const input = new StageInput(words, {
      text, candidates, candidateAt, gazetteer, lexicon, titles, featureWords, speechVerbs, organisationWords, publicationWords, openers, placePrepositions,
      calendarWords, townNouns, divisionNouns, governorWords, directionWords, peopleWords, institutionWords, clubWords, localPeopleWords, divisionPlurals, saintWords, churchWords, sportsVerbs, common: commonWords(), entities
    })
    const tracing = tracingRules(file)
    const trace = (rule: string, candidate: Candidate, keptIt: boolean) => {
      if (tracing) traceRule(file, {stage: STAGE, rule, start: candidate.start, end: candidate.end, kept: keptIt})
    }
    const passed: Candidate[] = []
    const people = new Set<string>()
    for (const candidate of candidates) {
      let dropped = false
      for (const filter of filters) {
        const result = filter.apply(candidate, input)
        if (result !== false) trace(filter.id, candidate, result !== 'drop')
        if (result === 'drop') {
          dropped = candidate.dropped = true
          if (personFilters.has(filter.id) && candidate.first === candidate.last) people.add(candidate.key)
          break
        }
      }
      if (!dropped && candidate.readings.length > 0) passed.push(candidate)
    }
    // "John Kirby ... Kirby said": a word the article uses as a person's name is a person's all through it,
    // but where a state follows it ("in Woodburn, Ore.").
    const kept = passed.filter((candidate) => {
      const person = people.has(candidate.key) && onlyCities(candidate, gazetteer) && !candidate.container
      if (person) trace('named-person', candidate, false)
      return !person
    })
    const chosen = resolveCandidates(kept, gazetteer, weights)
    const found: Place[] = []
    for (let index = 0; index < kept.length; index++) {
      const candidate = kept[index]!
      const value = chosen[index]
      if (value === undefined) continue
      const adjective = (flagsOf(value) & ADJECTIVE) !== 0
      if (adjective && !adjectives) continue
      const place = placeOf(candidate, entryOf(value), adjective, text, gazetteer)
      if (!adjective && (modifiesNext(text, words, candidate, modifiedWords) || inOrganisation(candidate, input))) place.modifier = true
      found.push(place)
    }
    file.data.places = found
  }
}

/**
 * "Texas Instruments", "the New York Stock Exchange", "the Bank of England": a place at the head of
 * a longer name another stage typed as an organisation, or after its "of", is named, as toponym
 * counts have it, but not where anything happened; the same place named on its own elsewhere is.
 * A name of another kind ("Philadelphia Eagles", "the Melbourne Cup") is left alone: its place tells
 * stories of the team or the race apart (marked, it cost ECB+ clustering 0.6 F1). A public body
 * of the place, named with a word of `institutionWords` ("Surrey Police", "the Bellflower Superior
 * Court", "the California Department of Public Health"), acts there: its place is where.
 */
function inOrganisation(candidate: Candidate, input: FilterInput): boolean {
  for (const entity of entitiesOver(candidate, input)) {
    if (entity.type !== 'organisation' || entity.start > candidate.start || entity.end < candidate.end || entity.end - entity.start === candidate.end - candidate.start) continue
    if (entity.start !== candidate.start && !(ofBefore.test(input.text.slice(entity.start, candidate.start)))) continue
    return !publicBody(entity, input)
  }
  return false
}

/** Whether a name holds a word of `institutionWords` ("Surrey Police", "Bellflower Superior Court", "Lagos State Government"). */
function publicBody(entity: Entity, {text, institutionWords}: FilterInput): boolean {
  for (const word of text.slice(entity.start, entity.end).toLowerCase().split(/[^\p{L}]+/u)) if (institutionWords.has(word)) return true
  return false
}

/** An organisation's words and "of" before a place's name ("Bank of"). */
const ofBefore = /\S\s+of\s+(?:the\s+)?$/

function placeOf(candidate: Candidate, entry: number, adjective: boolean, text: string, gazetteer: Gazetteer): Place {
  const region = gazetteer.region[entry]!
  const population = gazetteer.population[entry]!
  const {start, end} = candidate
  const written = text.slice(start, end)
  const name = gazetteer.name(entry)
  const country = gazetteer.countryCodes[gazetteer.country[entry]!]!
  const lat = round(gazetteer.lat[entry]!)
  const lon = round(gazetteer.lon[entry]!)
  const geonameId = gazetteer.geonameId[entry]!
  // One literal for each set of keys, in the order the records have always had: a place built key by key grew its store of keys two or three times.
  let place: Place
  if (region >= 0) {
    const admin1 = gazetteer.name(region)
    place = population > 0 ? {start, end, text: written, name, country, admin1, lat, lon, geonameId, population} : {start, end, text: written, name, country, admin1, lat, lon, geonameId}
  } else place = population > 0 ? {start, end, text: written, name, country, lat, lon, geonameId, population} : {start, end, text: written, name, country, lat, lon, geonameId}
  if (adjective) place.adjective = true
  return place
}

/** Five decimals: a metre or so, and no float32 noise in the records. */
function round(value: number): number {
  return Math.round(value * 1e5) / 1e5
}

/** The gazetteer with the caller's regions, and its names with the lexicon's and the regions' in one lookup. */
function gazetteerWith(regions: ReadonlyArray<WorldRegion>, lexicon: PlaceLexicon): {gazetteer: Gazetteer; lookup: NameLookup} {
  const [gazetteer, entries] = withRegions(loadGazetteer(), regions)
  return {gazetteer, lookup: lexiconLookup(gazetteer, lexicon, regions.map((region, index) => [region, entries[index]!]))}
}

/** The entry a place adjective points at: a country by its ISO code, a division by its GeoNames code ("GB.SCT"), else a region by its name ("Europe"). */
function adjectivePlace(gazetteer: Gazetteer, place: string, extra: ReadonlyMap<string, number[]>): number | undefined {
  if (/^[A-Z]{2}$/.test(place)) return gazetteer.countryEntries.get(place)
  if (/^[A-Z]{2}\./.test(place)) return gazetteer.regionEntries.get(place)
  const key = nameKey(place)
  return (extra.get(key) ?? gazetteer.lookup(key)).map(entryOf).find((entry) => gazetteer.name(entry) === place)
}

/** A name in capitals or with dots only ("NYC", "L.A."): read only so written. */
const shortForm = /^[\p{Lu}.]+$/u

/** The most populous town with exactly this name. */
function largestTown(gazetteer: Gazetteer, name: string): number | undefined {
  let largest: number | undefined
  for (const entry of gazetteer.lookup(nameKey(name)).map(entryOf)) {
    if (gazetteer.kind[entry] !== CITY || gazetteer.name(entry) !== name) continue
    if (largest === undefined || gazetteer.population[entry]! > gazetteer.population[largest]!) largest = entry
  }
  return largest
}

/**
 * The gazetteer's names and the lexicon's, in one lookup. The lexicon's readings are looked up in
 * the gazetteer the first time the text holds one of its names: a few hundred lookups that an
 * article naming none of them (and a one-line job) never needs. Its keys go into the filter at
 * once, all of them: one whose place the gazetteer lacks only sends its runs to the lookup, which
 * finds nothing there.
 */
function lexiconLookup(gazetteer: Gazetteer, lexicon: PlaceLexicon, regions: ReadonlyArray<[WorldRegion, number]>): NameLookup {
  const names = lexiconNames(gazetteer, lexicon, regions)
  const keys = new Set(names.map(([name]) => nameKey(name)))
  let extra: Map<string, number[]> | undefined
  const filter = gazetteer.nameFilter.copy()
  for (const key of keys) filter.addKey(key)
  return {readings: (key) => (keys.has(key) ? (extra ??= lexiconReadings(gazetteer, names)).get(key) : undefined) ?? gazetteer.lookup(key), filter}
}

/** A name of the lexicon, the entry it reads (given the readings added before it) and its flags. */
type LexiconName = [name: string, entry: (extra: ReadonlyMap<string, number[]>) => number | undefined, flags: number]

/** The lexicon's names and the regions', in the order their readings are added. */
function lexiconNames(gazetteer: Gazetteer, lexicon: PlaceLexicon, regions: ReadonlyArray<[WorldRegion, number]>): LexiconName[] {
  const names: LexiconName[] = []
  for (const [name, code] of Object.entries(lexicon.countryNames)) names.push([name, () => gazetteer.countryEntries.get(code), 0])
  for (const [region, entry] of regions) for (const name of regionNames(region)) names.push([name, () => entry, 0])
  for (const [adjective, place] of Object.entries(lexicon.placeAdjectives)) names.push([adjective, (extra) => adjectivePlace(gazetteer, place, extra), ADJECTIVE])
  for (const [name, code] of Object.entries(lexicon.countryAbbreviations)) names.push([name, () => gazetteer.countryEntries.get(code), ABBREVIATION])
  for (const code of lexicon.regionAbbreviationCountries) {
    // "NSW" and "QLD" stand alone; "CA", "IN" or "ACT" name a division only after a town and a comma.
    for (const [iso, entry] of gazetteer.regionIsoCodes.get(code) ?? []) names.push([iso, () => entry, iso.length === 2 || commonWords().has(iso.toLowerCase()) ? AFTER_COMMA : ABBREVIATION])
  }
  for (const [name, code] of Object.entries(lexicon.stateAbbreviations)) names.push([name, () => gazetteer.regionEntries.get(code), AFTER_COMMA])
  for (const [name, code] of Object.entries(lexicon.divisionAbbreviations)) names.push([name, () => gazetteer.regionEntries.get(code), ABBREVIATION])
  for (const [name, town] of Object.entries(lexicon.townNames)) names.push([name, () => largestTown(gazetteer, town), shortForm.test(name) ? ABBREVIATION : 0])
  return names
}

/** The readings of the lexicon's names: the gazetteer's readings of each key and the lexicon's. */
function lexiconReadings(gazetteer: Gazetteer, names: ReadonlyArray<LexiconName>): Map<string, number[]> {
  const extra = new Map<string, number[]>()
  for (const [name, find, flags] of names) {
    const entry = find(extra)
    if (entry === undefined) continue
    const key = nameKey(name)
    let readings = extra.get(key)
    if (!readings) extra.set(key, (readings = [...gazetteer.lookup(key)]))
    const value = reading(entry, flags)
    if (!readings.includes(value)) readings.push(value)
    // The adjective is what the word names: "Thai" is no country's name, "Welsh" no town (Welsh, Louisiana) in news.
    if (flags === ADJECTIVE) extra.set(key, readings.filter((value) => flagsOf(value) & ADJECTIVE))
  }
  return extra
}
