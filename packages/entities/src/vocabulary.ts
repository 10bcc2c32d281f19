import {knownNames} from './gazetteer.js'
import type {EntityLexicon} from './lexicon.js'

/** The lexicon as sets for the scan: word lists in lower case, names as written. */
export interface Vocabulary {
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

export function buildVocabulary(lexicon: EntityLexicon): Vocabulary {
  const known = knownNames()
  const places = new Map(known.places)
  for (const [surface, name] of [...Object.entries(lexicon.countryNames), ...Object.entries(lexicon.regions)]) places.set(surface, name)
  return {
    titles: lower(lexicon.titles),
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
    abbreviations: lower(lexicon.abbreviations),
    functionWords: lower(lexicon.functionWords),
    notNames: lower(lexicon.notNames),
    commonAcronyms: new Set(lexicon.commonAcronyms),
    givenNames: new Set([...known.givenNames, ...lexicon.givenNames])
  }
}
