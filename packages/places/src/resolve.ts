import {CITY, COUNTRY, COUNTY, entryOf, type Gazetteer, REGION} from './gazetteer.js'
import type {Candidate} from './recognize.js'

/** How much each thing the article says counts for a reading (log10 of population is the base). */
export interface Weights {
  /** A country over a town or division of the same name. */
  country: number
  /**
   * A first-level division over a town of the same name; not over a town of another country that
   * outnumbers the division's people ("Portland" is the city in Oregon, not Portland Parish).
   */
  region: number
  /** A national capital; the seat of a division. */
  capital: number
  seat: number
  /** The article names the reading's country elsewhere. */
  countryNamed: number
  /** The article names the reading's division elsewhere; for a division, a place in it. */
  regionNamed: number
  /** The article names another division of the reading's country ("Georgia, Ohio and Texas"). */
  siblingNamed: number
  /**
   * A division listed with another division of its country ("Punjab and Haryana", "Georgia and
   * Alabama"): names joined in a list are of one country, whatever else the article names in
   * another (Lahore does not make this Punjab Pakistan's).
   */
  listedDivision: number
  /**
   * A town or county in the one division where every name of its list of three or more can lie, the
   * division that holds the most people across them ("Scott, Fayette and Woodford counties" are
   * Kentucky's, though Iowa has the biggest Scott County).
   */
  listedTogether: number
  /** "Town, State": the name after the comma holds the reading, or, read from the other side, the reading holds the town before the comma. */
  container: number
  /**
   * `regionNamed` backs a town only against namesakes at most this many times its size: the
   * division tells comparable towns apart ("Maine ... Portland"), but a bare "Boston" beside "New
   * York" is still the city in Massachusetts ("Boston, N.Y." takes `container`).
   */
  namesakeRatio: number
  /**
   * A division gives way to a town of its country with its name of at least this population, or
   * the country's capital: news means the city ("in New York", "a Sao Paulo court", "Washington
   * said") unless the text marks the division ("New York state", "the state of Sao Paulo",
   * "Albany, New York"), which leaves the division alone or holds it by the comma.
   */
  namesakeCity: number
  /**
   * A division also gives way to its own seat of the same name where the seat holds at least this
   * share of the division's people: the division is named after the city ("Lviv", "Kherson",
   * "Osaka"), and news names the division as such ("the Lviv region"). A seat that is a small part
   * of its division ("Quebec", "Fukushima") leaves the division the name.
   */
  namesakeSeatShare: number
  /**
   * A town in the article's home division, over a namesake elsewhere that the population prior would
   * choose: local news names the towns around it ("a farm outside Lebanon ... Mason and Springboro
   * ... Warren County" is Lebanon, Ohio, not the country). The home division is the one where most of
   * the article's other place names lie, at least `frameNames` of them.
   */
  localFrame: number
  /** How many of the article's other place names the home division must hold (and more than half of them). */
  frameNames: number
}

export const defaultWeights: Weights = {country: 4, region: 2, capital: 2.5, seat: 0.5, countryNamed: 1.5, regionNamed: 2.5, siblingNamed: 2, listedDivision: 4, listedTogether: 3, container: 8, namesakeRatio: 50, namesakeCity: 1_000_000, namesakeSeatShare: 0.25, localFrame: 3, frameNames: 3}

/**
 * One reading for each candidate, or none: population as the prior, then what the article says
 * (the countries and divisions it names, "Town, State"). Two rounds: the first reads context from
 * the names that can mean one thing, the second from every choice of the first. A name is
 * context for the others, not for itself: "Mexico" said twice does not make Mexico City.
 */
export function resolveCandidates(candidates: ReadonlyArray<Candidate>, gazetteer: Gazetteer, weights: Weights): Array<number | undefined> {
  // A name read as an ordinary word is no context: "Homeland Security ... in August" must not make two
  // Californian towns back each other. A small town's proper name backs only its own division.
  const first = candidates.map((candidate) => (oneEntry(candidate.readings) && candidate.weak.get(candidate.readings[0]!) !== 'region' ? candidate.readings[0] : undefined))
  const fuller = fullerNames(candidates)
  const lists = listDivisions(candidates, gazetteer)
  const chosen = choose(candidates, gazetteer, weights, contextOf(candidates, first, gazetteer), fuller, lists)
  return choose(candidates, gazetteer, weights, contextOf(candidates, chosen, gazetteer), fuller, lists)
}

/**
 * The division of each list of three or more names (joined by commas and "and") where every name
 * can be a town or county, the one whose readings there hold the most people (by the sum of their
 * orders of magnitude); none where two divisions tie or none holds them all.
 */
function listDivisions(candidates: ReadonlyArray<Candidate>, gazetteer: Gazetteer): Map<Candidate, number> {
  const divisions = new Map<Candidate, number>()
  const seen = new Set<Candidate>()
  for (const start of candidates) {
    if (!start.listedWith || seen.has(start)) continue
    const list = [start]
    seen.add(start)
    for (let index = 0; index < list.length; index++) {
      for (const neighbour of list[index]!.listedWith ?? []) {
        if (seen.has(neighbour) || neighbour.dropped) continue
        seen.add(neighbour)
        list.push(neighbour)
      }
    }
    if (list.length < 3) continue
    // Division -> [how many names can lie there, the sum of their largest readings' magnitudes].
    const held = new Map<number, [number, number]>()
    for (const name of list) {
      const largest = new Map<number, number>()
      for (const value of name.readings) {
        const entry = entryOf(value)
        const kind = gazetteer.kind[entry]
        const region = gazetteer.region[entry]!
        if ((kind !== CITY && kind !== COUNTY) || region < 0 || name.weak.get(value) === 'region') continue
        largest.set(region, Math.max(largest.get(region) ?? 0, Math.log10(gazetteer.population[entry]! + 10)))
      }
      for (const [region, magnitude] of largest) {
        const tally = held.get(region) ?? [0, 0]
        held.set(region, [tally[0] + 1, tally[1] + magnitude])
      }
    }
    let best = -1
    let bestSum = 0
    let tie = false
    for (const [region, [count, sum]] of held) {
      if (count < list.length || sum < bestSum) continue
      tie = sum === bestSum
      best = region
      bestSum = sum
    }
    if (best >= 0 && !tie) for (const name of list) divisions.set(name, best)
  }
  return divisions
}

/**
 * The place a fuller name of one place holds for the words it starts or ends with: "the Republic
 * of Congo ... Congo", "New York City ... New York". Keyed by each fuller name's first and last
 * words, read only for the names that are candidates themselves (a later fuller name wins, as in
 * the article's order): every name against every fuller one cost as much as the choice itself in
 * long articles.
 */
function fullerNames(candidates: ReadonlyArray<Candidate>): Map<string, number> {
  const fuller = new Map<string, number>()
  for (const long of candidates) {
    if (long.first === long.last || !oneEntry(long.readings)) continue
    const {key} = long
    const entry = entryOf(long.readings[0]!)
    for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
      fuller.set(key.slice(0, space), entry)
      fuller.set(key.slice(space + 1), entry)
    }
  }
  return fuller
}

/** Whether the readings are all of one entry (by one or more names). */
function oneEntry(readings: ReadonlyArray<number>): boolean {
  for (const value of readings) if (entryOf(value) !== entryOf(readings[0]!)) return false
  return readings.length > 0
}

/**
 * The names that put something in a place, as far as the choice asks: whether a name other than
 * a given one is among them. Its first name and whether there are others, not a set of them (a
 * set for each place of each article was a fifth of the choice's time).
 */
interface Names {
  first: string
  several: boolean
}

interface Context {
  /** Country index -> the names that put something in it. */
  countries: Map<number, Names>
  /** Division entry -> the names that put something in it. */
  regions: Map<number, Names>
  /** Country index -> the names of its divisions the article uses. */
  divisions: Map<number, Names>
  /** Division entry -> the names that name the division itself. */
  named: Map<number, Names>
  /** The distinct names that put something in the division where most of them lie, and all the names that put something anywhere. */
  frame: {region: number; names: Set<string>; all: Set<string>}
}

function addTo<Key, Value>(map: Map<Key, Set<Value>>, at: Key, value: Value): void {
  let values = map.get(at)
  if (!values) map.set(at, (values = new Set()))
  values.add(value)
}

function contextOf(candidates: ReadonlyArray<Candidate>, picks: ReadonlyArray<number | undefined>, gazetteer: Gazetteer): Context {
  const countries = new Map<number, Names>()
  const regions = new Map<number, Names>()
  const divisions = new Map<number, Names>()
  const named = new Map<number, Names>()
  const namesIn = new Map<number, Set<string>>()
  const all = new Set<string>()
  for (let index = 0; index < picks.length; index++) {
    const pick = picks[index]
    if (pick === undefined) continue
    const entry = entryOf(pick)
    const {key, weak} = candidates[index]!
    const level = weak.size === 0 ? undefined : weak.get(pick)
    if (level === 'region') continue
    if (level === undefined) addName(countries, gazetteer.country[entry]!, key)
    if (gazetteer.kind[entry] === REGION) {
      addName(divisions, gazetteer.country[entry]!, key)
      addName(named, entry, key)
    }
    all.add(key)
    const region = gazetteer.region[entry]!
    if (region < 0) continue
    addName(regions, region, key)
    addTo(namesIn, region, key)
  }
  let frame = {region: -1, names: new Set<string>(), all}
  for (const [region, names] of namesIn) if (names.size > frame.names.size) frame = {region, names, all}
  return {countries, regions, divisions, named, frame}
}

/** Whether the division holds most of the names other than `key`, and at least `least` of them. */
function homeDivision(frame: Context['frame'], region: number, key: string, least: number): boolean {
  if (frame.region !== region) return false
  const inFrame = frame.names.size - (frame.names.has(key) ? 1 : 0)
  const others = frame.all.size - (frame.all.has(key) ? 1 : 0)
  return inFrame >= least && inFrame * 2 > others
}

function addName(map: Map<number, Names>, at: number, key: string): void {
  const names = map.get(at)
  if (!names) map.set(at, {first: key, several: false})
  else if (key !== names.first) names.several = true
}

/** Whether a name other than `key` puts something in the place. */
function namedByOthers(names: Names | undefined, key: string): boolean {
  return names !== undefined && (names.several || names.first !== key)
}

function choose(candidates: ReadonlyArray<Candidate>, gazetteer: Gazetteer, weights: Weights, context: Context, fuller: ReadonlyMap<string, number>, lists: ReadonlyMap<Candidate, number>): Array<number | undefined> {
  // "Atlanta, Georgia": the name after the comma is read as what holds the town before it.
  const containedBy = new Map<Candidate, Candidate>()
  // "Florence, Colo." holds the bare "Florence" elsewhere in the article too: one name, one place.
  const heldTowns = new Map<string, Set<number>>()
  for (const candidate of candidates) {
    if (!candidate.container) continue
    containedBy.set(candidate.container, candidate)
    for (const value of candidate.readings) if (holds(candidate.container, entryOf(value), gazetteer)) addTo(heldTowns, candidate.key, entryOf(value))
  }
  return candidates.map((candidate) => {
    // Two small towns of one division back each other: a coincidence of two proper names is unlikely.
    let best: number | undefined
    let bestScore = -Infinity
    const town = containedBy.get(candidate)
    const heldHere = candidate.container ? undefined : heldTowns.get(candidate.key)
    // Asked once a candidate, not once a reading.
    const fullerEntry = fuller.get(candidate.key)
    const {weak: weakReadings} = candidate
    for (const value of candidate.readings) {
      const entry = entryOf(value)
      const kind = gazetteer.kind[entry]
      // A division none of whose towns the gazetteer places has no point to give.
      if (kind === REGION && gazetteer.population[entry] === 0) continue
      const region = gazetteer.region[entry]!
      const weak = weakReadings.size === 0 ? undefined : weakReadings.get(value)
      let support = 0
      let regional = 0
      // A country is backed by the places the article names in it, as a town is ("Congo" beside Kinshasa).
      const countryNamed = namedByOthers(context.countries.get(gazetteer.country[entry]!), candidate.key)
      if (countryNamed) support += weights.countryNamed
      if (kind === REGION && namedByOthers(context.divisions.get(gazetteer.country[entry]!), candidate.key)) support += weights.siblingNamed
      if (kind === REGION && candidate.listedWith && listedWithDivision(candidate, entry, gazetteer, weights, containedBy)) support += weights.listedDivision
      const inRegion = region >= 0 && region !== entry
      // Not for a dateline, which names where the story was filed ("WASHINGTON —" atop a Missouri story), nor
      // against the country's own capital, which local news names for its government ("lobbied in Washington"),
      // nor against a namesake in a country the article names ("flew to Greece ... in Athens").
      const home =
        inRegion &&
        !candidate.dateline &&
        homeDivision(context.frame, region, candidate.key, weights.frameNames) &&
        !capitalNamesake(candidate, entry, gazetteer) &&
        !namesakeInNamedCountry(candidate, entry, gazetteer, context)
      const listedThere = inRegion && weak === 'country' && listedInRegion(candidate, region, gazetteer)
      const backedInRegion = listedThere || (inRegion && namedByOthers(context.regions.get(region), candidate.key))
      if (inRegion && lists.get(candidate) === region) regional += weights.listedTogether
      // Towns listed together in the article's home division lie there, however big a namesake abroad ("Muscle Shoals, Sheffield and Tuscumbia").
      if (backedInRegion && ((home && listedThere) || !dwarfed(candidate, entry, gazetteer, weights.namesakeRatio))) {
        regional += weights.regionNamed
        // The towns around the article place it in their country too, though each is too small to name it.
        if (home && !listedElsewhere(candidate, region, gazetteer)) regional += weights.localFrame + (countryNamed ? 0 : weights.countryNamed)
      }
      // A division is backed by the towns the article names in it, as a country is by its places ("Atlanta ... Georgia").
      if (kind === REGION && namedByOthers(context.regions.get(entry), candidate.key)) support += weights.regionNamed
      // "New York City ... New York, New Jersey and Ohio": a list of divisions names the division, whatever the fuller name.
      const byFuller = fullerEntry === entry && !listedWithDivision(candidate, entry, gazetteer, weights, containedBy)
      const held = (candidate.container ? holds(candidate.container, entry, gazetteer) : heldHere?.has(entry) === true || byFuller) || (town !== undefined && heldBy(entry, town, gazetteer))
      if (held) regional += weights.container
      else if (kind === REGION && bigNamesake(candidate, entry, gazetteer, weights) && !listedWithDivision(candidate, entry, gazetteer, weights, containedBy)) continue
      support += regional
      if (weak === 'country' && support === 0) continue
      // A town named by an ordinary word ("Over", "March", "Center") needs its division itself named or
      // after its comma: a big city of the same division ("London", "Houston") is no backing. Two or
      // more such words make a name ("Spring Lake", "Highland Park") that the article's home division backs.
      if (weak === 'region' && !held && !(region >= 0 && namedByOthers(context.named.get(region), candidate.key)) && !(home && candidate.first !== candidate.last)) continue
      let score = Math.log10(gazetteer.population[entry]! + 10) + support
      if (kind === COUNTRY) score += weights.country
      else if (kind === CITY) score += gazetteer.seat[entry] === 2 ? (biggerNamedTown(candidate, entry, gazetteer, context) ? 0 : weights.capital) : gazetteer.seat[entry] === 1 ? weights.seat : 0
      else if (!biggerForeignTown(candidate, entry, gazetteer)) score += weights.region
      if (score > bestScore) {
        bestScore = score
        best = value
      }
    }
    return best
  })
}
/**
 * Whether another reading of the candidate is a town with more people than the capital `entry`, in
 * another country the article names: "San Jose" beside Oakland is the city in California, not
 * Costa Rica's capital, and "Victoria" beside Vancouver the city in Canada, not the Seychelles'.
 */
function biggerNamedTown(candidate: Candidate, entry: number, gazetteer: Gazetteer, context: Context): boolean {
  return candidate.readings.some((value) => {
    const other = entryOf(value)
    const country = gazetteer.country[other]!
    return gazetteer.kind[other] === CITY && country !== gazetteer.country[entry] && gazetteer.population[other]! > gazetteer.population[entry]! && namedByOthers(context.countries.get(country), candidate.key)
  })
}

/** Whether another reading of the candidate is a town outside the country of the division `entry` with more people. */
function biggerForeignTown(candidate: Candidate, entry: number, gazetteer: Gazetteer): boolean {
  return candidate.readings.some((value) => {
    const other = entryOf(value)
    return gazetteer.kind[other] === CITY && gazetteer.country[other] !== gazetteer.country[entry] && gazetteer.population[other]! > gazetteer.population[entry]!
  })
}

/**
 * "Bowie and Laurel", "Plano, Frisco and McKinney", "Lake County and McHenry County": towns and
 * counties listed together lie together, so a small town's or a county's reading in division
 * `region` is backed by a town or county beside it in a list that may lie there too, even where
 * neither name is sure on its own; a neighbour with its state after a comma ("Rochester, New
 * York") may lie only there.
 */
function listedInRegion(candidate: Candidate, region: number, gazetteer: Gazetteer): boolean {
  if (region < 0 || !candidate.listedWith) return false
  return candidate.listedWith.some((neighbour) => {
    if (neighbour.dropped || neighbour.key === candidate.key) return false
    return neighbour.readings.some((value) => {
      const entry = entryOf(value)
      const mayLieThere = !neighbour.container || holds(neighbour.container, entry, gazetteer)
      const townOrCounty = gazetteer.kind[entry] === CITY || gazetteer.kind[entry] === COUNTY
      return townOrCounty && gazetteer.region[entry] === region && neighbour.weak.get(value) !== 'region' && mayLieThere
    })
  })
}

/** Whether another reading of the candidate lies in another country that the article's other names put something in. */
function namesakeInNamedCountry(candidate: Candidate, entry: number, gazetteer: Gazetteer, context: Context): boolean {
  return candidate.readings.some((value) => {
    const country = gazetteer.country[entryOf(value)]!
    return country !== gazetteer.country[entry] && namedByOthers(context.countries.get(country), candidate.key)
  })
}

/** Whether another reading of the candidate is the capital of the country `entry` lies in. */
function capitalNamesake(candidate: Candidate, entry: number, gazetteer: Gazetteer): boolean {
  return candidate.readings.some((value) => {
    const other = entryOf(value)
    return other !== entry && gazetteer.seat[other] === 2 && gazetteer.country[other] === gazetteer.country[entry]
  })
}

/** Whether a name listed with the candidate has no reading in the division `region`: "Dublin and Cork" lie where Cork does. */
function listedElsewhere(candidate: Candidate, region: number, gazetteer: Gazetteer): boolean {
  return (candidate.listedWith ?? []).some((neighbour) => !neighbour.dropped && !neighbour.readings.some((value) => gazetteer.region[entryOf(value)] === region || entryOf(value) === region))
}

/** Whether another reading of the candidate is a town more than `ratio` times the size of `entry`. */
function dwarfed(candidate: Candidate, entry: number, gazetteer: Gazetteer, ratio: number): boolean {
  const bound = gazetteer.population[entry]! * ratio
  return candidate.readings.some((value) => {
    const other = entryOf(value)
    return gazetteer.kind[other] === CITY && gazetteer.population[other]! > bound
  })
}

/**
 * Whether another reading of the candidate is, in the country of the division `entry`, its capital,
 * a town of `namesakeCity` people or more, or the division's own seat with `namesakeSeatShare` of its people.
 */
function bigNamesake(candidate: Candidate, entry: number, gazetteer: Gazetteer, weights: Weights): boolean {
  return candidate.readings.some((value) => {
    const other = entryOf(value)
    if (gazetteer.kind[other] !== CITY || gazetteer.country[other] !== gazetteer.country[entry]) return false
    const population = gazetteer.population[other]!
    if (gazetteer.seat[other] === 2 || population >= weights.namesakeCity) return true
    return gazetteer.seat[other] === 1 && gazetteer.region[other] === entry && population >= weights.namesakeSeatShare * gazetteer.population[entry]!
  })
}

/**
 * "Texas, New York and Ohio", "New Jersey and New York": a list of its country's divisions names
 * the division, unless the neighbour is itself a big city's name ("Sao Paulo and Rio de Janeiro")
 * or the state after a town's comma ("Dallas, Texas, and New York").
 */
function listedWithDivision(candidate: Candidate, entry: number, gazetteer: Gazetteer, weights: Weights, containedBy: Map<Candidate, Candidate>): boolean {
  return (candidate.listedWith ?? []).some((neighbour) => {
    if (neighbour.dropped) return false
    const town = containedBy.get(neighbour)
    const division = neighbour.readings.find((value) => {
      const other = entryOf(value)
      return other !== entry && gazetteer.kind[other] === REGION && gazetteer.country[other] === gazetteer.country[entry] && !(town && heldBy(other, town, gazetteer))
    })
    return division !== undefined && !bigNamesake(neighbour, entryOf(division), gazetteer, weights)
  })
}

/** Whether some reading of `container` is the country or division `entry` lies in. */
function holds(container: Candidate, entry: number, gazetteer: Gazetteer): boolean {
  return container.readings.some((value) => lies(entry, entryOf(value), gazetteer))
}

/** Whether the country or division `outer` holds some reading of `town`. */
function heldBy(outer: number, town: Candidate, gazetteer: Gazetteer): boolean {
  return gazetteer.kind[outer] !== CITY && town.readings.some((value) => lies(entryOf(value), outer, gazetteer))
}

function lies(entry: number, outer: number, gazetteer: Gazetteer): boolean {
  if (outer === entry) return false
  const kind = gazetteer.kind[outer]
  if (kind === COUNTRY) return gazetteer.country[outer] === gazetteer.country[entry]
  // The gazetteer marks no town's second-level division: the towns of its first-level one stand for them ("Santa Maria, Davao del Sur").
  if (kind === COUNTY) return gazetteer.kind[entry] === CITY && gazetteer.region[entry]! >= 0 && gazetteer.region[entry] === gazetteer.region[outer]
  return gazetteer.region[entry] === outer
}
