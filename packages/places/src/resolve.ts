import {CITY, COUNTRY, entryOf, type Gazetteer, REGION} from './gazetteer.js'
import type {Candidate} from './recognize.js'

/** How much each thing the article says counts for a reading (log10 of population is the base). */
export interface Weights {
  /** A country over a town or division of the same name. */
  country: number
  /** A first-level division over a town of the same name. */
  region: number
  /** A national capital; the seat of a division. */
  capital: number
  seat: number
  /** The article names the reading's country elsewhere. */
  countryNamed: number
  /** The article names the reading's division elsewhere. */
  regionNamed: number
  /** "Town, State": the name after the comma holds the reading. */
  container: number
}

export const defaultWeights: Weights = {country: 4, region: 2, capital: 2.5, seat: 0.5, countryNamed: 1.5, regionNamed: 2.5, container: 8}

/**
 * One reading for each candidate, or none: population as the prior, then what the article says
 * (the countries and divisions it names, "Town, State"). Two rounds: the first reads context from
 * the names that can mean one thing, the second from every choice of the first. A name is
 * context for the others, not for itself: "Mexico" said twice does not make Mexico City.
 */
export function resolveCandidates(candidates: ReadonlyArray<Candidate>, gazetteer: Gazetteer, weights: Weights): Array<number | undefined> {
  // A name read as an ordinary word is no context: "Homeland Security ... in August" must not make two
  // Californian towns back each other. A small town's proper name backs only its own division.
  const first = candidates.map((candidate) =>
    new Set(candidate.readings.map(entryOf)).size === 1 && candidate.weak.get(candidate.readings[0]!) !== 'region' ? candidate.readings[0] : undefined
  )
  const chosen = choose(candidates, gazetteer, weights, contextOf(candidates, first, gazetteer))
  return choose(candidates, gazetteer, weights, contextOf(candidates, chosen, gazetteer))
}

interface Context {
  /** Country index -> the names that put something in it. */
  countries: Map<number, Set<string>>
  /** Division entry -> the names that put something in it. */
  regions: Map<number, Set<string>>
}

function contextOf(candidates: ReadonlyArray<Candidate>, picks: ReadonlyArray<number | undefined>, gazetteer: Gazetteer): Context {
  const countries = new Map<number, Set<string>>()
  const regions = new Map<number, Set<string>>()
  for (const [index, pick] of picks.entries()) {
    if (pick === undefined) continue
    const entry = entryOf(pick)
    const {key, weak} = candidates[index]!
    const level = weak.get(pick)
    if (level === 'region') continue
    let names: Set<string> | undefined
    if (level === undefined) {
      const country = gazetteer.country[entry]!
      names = countries.get(country)
      if (!names) countries.set(country, (names = new Set()))
      names.add(key)
    }
    const region = gazetteer.region[entry]!
    if (region < 0) continue
    names = regions.get(region)
    if (!names) regions.set(region, (names = new Set()))
    names.add(key)
  }
  return {countries, regions}
}

/** Whether a name other than `key` puts something in the place. */
function namedByOthers(names: Set<string> | undefined, key: string): boolean {
  return names !== undefined && (names.size > 1 || (names.size === 1 && !names.has(key)))
}

function choose(candidates: ReadonlyArray<Candidate>, gazetteer: Gazetteer, weights: Weights, context: Context): Array<number | undefined> {
  return candidates.map((candidate) => {
    // Two small towns of one division back each other: a coincidence of two proper names is unlikely.
    let best: number | undefined
    let bestScore = -Infinity
    for (const value of candidate.readings) {
      const entry = entryOf(value)
      const kind = gazetteer.kind[entry]
      // A division none of whose towns the gazetteer places has no point to give.
      if (kind === REGION && gazetteer.population[entry] === 0) continue
      const region = gazetteer.region[entry]!
      let support = 0
      let regional = 0
      if (kind !== COUNTRY && namedByOthers(context.countries.get(gazetteer.country[entry]!), candidate.key)) support += weights.countryNamed
      if (region >= 0 && region !== entry && namedByOthers(context.regions.get(region), candidate.key)) regional += weights.regionNamed
      if (candidate.container && holds(candidate.container, entry, gazetteer)) regional += weights.container
      support += regional
      const weak = candidate.weak.get(value)
      if ((weak === 'country' && support === 0) || (weak === 'region' && regional === 0)) continue
      let score = Math.log10(gazetteer.population[entry]! + 10) + support
      if (kind === COUNTRY) score += weights.country
      else if (kind === CITY) score += gazetteer.seat[entry] === 2 ? weights.capital : gazetteer.seat[entry] === 1 ? weights.seat : 0
      else score += weights.region
      if (score > bestScore) {
        bestScore = score
        best = value
      }
    }
    return best
  })
}
/** Whether some reading of `container` is the country or division `entry` lies in. */
function holds(container: Candidate, entry: number, gazetteer: Gazetteer): boolean {
  for (const value of container.readings) {
    const outer = entryOf(value)
    if (outer === entry) continue
    if (gazetteer.kind[outer] === COUNTRY ? gazetteer.country[outer] === gazetteer.country[entry] : gazetteer.region[entry] === outer) return true
  }
  return false
}
