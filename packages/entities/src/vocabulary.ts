import {knownNames} from './gazetteer.js'
import type {EntityLexicon} from './lexicon.js'

/** The lexicon as sets for the scan: word lists in lower case, names as written. */
export interface Vocabulary {
  /** Titles, abbreviations, function words and words that are no names are looked up as written, in any of three cases. */
  titles: ReadonlySet<string>
  titleModifiers: ReadonlySet<string>
  roles: ReadonlySet<string>
  organisationRoles: ReadonlySet<string>
  organisationHeads: ReadonlySet<string>
  organisationOpeners: ReadonlySet<string>
  organisations: ReadonlySet<string>
  placeHeads: ReadonlySet<string>
  placeOpeners: ReadonlySet<string>
  placeNouns: ReadonlySet<string>
  /** Countries, capitals, regions and their demonyms, as written, to the place's name. */
  places: ReadonlyMap<string, string>
  locatives: ReadonlySet<string>
  attributionVerbs: ReadonlySet<string>
  hyphenSuffixes: ReadonlySet<string>
  nameParticles: ReadonlySet<string>
  abbreviations: ReadonlySet<string>
  functionWords: ReadonlySet<string>
  notNames: ReadonlySet<string>
  commonAcronyms: ReadonlySet<string>
  givenNames: ReadonlySet<string>
}

const lower = (list: ReadonlyArray<string>) => new Set(list.map((entry) => entry.toLowerCase()))

/** The entries in lower case, capitalised and in upper case, so a word as written is looked up without changing its case. */
function caseless(list: ReadonlyArray<string>): Set<string> {
  const set = new Set<string>()
  for (const entry of list) {
    const lowerCase = entry.toLowerCase()
    set.add(lowerCase).add(lowerCase.charAt(0).toUpperCase() + lowerCase.slice(1)).add(lowerCase.toUpperCase())
  }
  return set
}

export function buildVocabulary(lexicon: EntityLexicon): Vocabulary {
  const known = knownNames()
  const places = new Map(known.places)
  for (const [surface, name] of [...Object.entries(lexicon.countryNames), ...Object.entries(lexicon.regions)]) places.set(surface, name)
  return {
    titles: caseless(lexicon.titles),
    titleModifiers: lower(lexicon.titleModifiers),
    roles: lower(lexicon.roles),
    organisationRoles: lower(lexicon.organisationRoles),
    organisationHeads: lower(lexicon.organisationHeads),
    organisationOpeners: lower(lexicon.organisationOpeners),
    organisations: new Set(lexicon.organisations),
    placeHeads: lower(lexicon.placeHeads),
    placeOpeners: lower(lexicon.placeOpeners),
    placeNouns: lower(lexicon.placeNouns),
    places,
    locatives: lower(lexicon.locatives),
    attributionVerbs: lower(lexicon.attributionVerbs),
    hyphenSuffixes: lower(lexicon.hyphenSuffixes),
    nameParticles: lower(lexicon.nameParticles),
    abbreviations: caseless(lexicon.abbreviations),
    functionWords: caseless(lexicon.functionWords),
    notNames: caseless(lexicon.notNames),
    commonAcronyms: new Set(lexicon.commonAcronyms),
    givenNames: new Set([...known.givenNames, ...lexicon.givenNames])
  }
}
