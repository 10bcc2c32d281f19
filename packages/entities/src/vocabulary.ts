import {isWhiteSpace} from '@tidings/lexicon'
import {knownNames} from './gazetteer.js'
import type {EntityLexicon} from './lexicon.js'
import {inCapitals} from './tokens.js'

/** The lexicon as sets for the scan: word lists in lower case, names as written. */
export interface Vocabulary {
  /** Titles, abbreviations, function words and words that are no names are looked up as written, in any of three cases. */
  titles: ReadonlySet<string>
  titleModifiers: ReadonlySet<string>
  portfolioWords: ReadonlySet<string>
  lawHeads: ReadonlySet<string>
  namePrepositions: ReadonlySet<string>
  roles: ReadonlySet<string>
  organisationRoles: ReadonlySet<string>
  /** The last words of organisations' names, companies' among them. */
  organisationHeads: ReadonlySet<string>
  companyHeads: ReadonlySet<string>
  organisationOpeners: ReadonlySet<string>
  organisations: ReadonlySet<string>
  placeHeads: ReadonlySet<string>
  placeOpeners: ReadonlySet<string>
  placeNouns: ReadonlySet<string>
  productNouns: ReadonlySet<string>
  companyNouns: ReadonlySet<string>
  ownershipNouns: ReadonlySet<string>
  /** Countries, capitals, regions and their demonyms, as written, to the place's name. */
  places: ReadonlyMap<string, string>
  /** See `EntityLexicon.stateAbbreviations`. */
  stateAbbreviations: ReadonlyMap<string, string>
  /** The demonyms and adjectives among `places`, which are named by the place they name. */
  placeAdjectives: ReadonlySet<string>
  routeWords: ReadonlySet<string>
  locatives: ReadonlySet<string>
  attributionVerbs: ReadonlySet<string>
  hyphenSuffixes: ReadonlySet<string>
  possessiveNameOpeners: ReadonlySet<string>
  nameParticles: ReadonlySet<string>
  abbreviations: ReadonlySet<string>
  functionWords: ReadonlySet<string>
  notNames: ReadonlySet<string>
  commonAcronyms: ReadonlySet<string>
  givenNames: ReadonlySet<string>
  editorialLabels: ReadonlySet<string>
  /** Words of page controls, in lower case and capitalised. */
  interfaceWords: ReadonlySet<string>
  /** The names of `places`, `organisations` and `givenNames` in one set: a sentence's first word is asked once whether the lists know it. */
  listedNames: ReadonlySet<string>
  /** What the lists above say of a word as written, as `WordKind` bits (0 for a word they do not hold). */
  wordKinds: ReadonlyMap<string, number>
}

/**
 * Bits of `Vocabulary.wordKinds`, the short lists of words around names: a capitalised word is
 * looked up once in them, where asking each list cost two to five lookups. The long lists of
 * names (places, given names) stay apart, in `listedNames`: only a sentence's first words need them.
 */
export const WordKind = {notName: 1, functionWord: 2, title: 4, abbreviation: 8, commonAcronym: 16, interfaceWord: 32, scaleName: 64} as const

const lower = (list: ReadonlyArray<string>) => new Set(list.map((entry) => entry.toLowerCase()))

/**
 * The entries in lower case and capitalised (and in upper case, with `upper`), so a word as written
 * is looked up without changing its case. Function words get no upper case: "US" and "IT" are names.
 */
function caseless(list: ReadonlyArray<string>, upper = true): Set<string> {
  const set = new Set<string>()
  for (const entry of list) {
    const lowerCase = entry.toLowerCase()
    set.add(lowerCase).add(lowerCase.charAt(0).toUpperCase() + lowerCase.slice(1))
    // "Secretary-General": each part of a hyphenated entry capitalised too.
    if (lowerCase.includes('-')) set.add(lowerCase.replace(/(?:^|-)./g, (start) => start.toUpperCase()))
    if (upper) set.add(lowerCase.toUpperCase())
  }
  return set
}

export function buildVocabulary(lexicon: EntityLexicon): Vocabulary {
  const known = knownNames()
  const places = new Map(known.places)
  for (const [surface, name] of [...Object.entries(lexicon.countryNames), ...Object.entries(lexicon.regions)]) places.set(surface, name)
  // Added to the known names' sets rather than spread with them into new ones, which doubled their cost.
  const placeAdjectives = new Set(known.adjectives)
  for (const adjective of lexicon.placeAdjectives) placeAdjectives.add(adjective)
  const givenNames = new Set(known.givenNames)
  for (const name of lexicon.givenNames) givenNames.add(name)
  for (const name of lexicon.notGivenNames) givenNames.delete(name)
  const titles = caseless(lexicon.titles)
  const abbreviations = caseless(lexicon.abbreviations)
  const functionWords = caseless(lexicon.functionWords, false)
  const notNames = caseless(lexicon.notNames)
  // No upper case: "UP" (Uttar Pradesh) and "AD" are names or acronyms.
  const interfaceWords = caseless(lexicon.interfaceWords, false)
  const commonAcronyms = new Set(lexicon.commonAcronyms)
  const organisations = new Set(lexicon.organisations)
  const listedNames = new Set([...places.keys(), ...organisations, ...givenNames])
  const wordKinds = new Map<string, number>()
  const mark = (words: Iterable<string>, bit: number) => {
    for (const word of words) wordKinds.set(word, (wordKinds.get(word) ?? 0) | bit)
  }
  mark(notNames, WordKind.notName)
  mark(functionWords, WordKind.functionWord)
  mark(titles, WordKind.title)
  mark(abbreviations, WordKind.abbreviation)
  mark(commonAcronyms, WordKind.commonAcronym)
  mark(interfaceWords, WordKind.interfaceWord)
  mark(lexicon.scaleNames, WordKind.scaleName)
  return {
    titles,
    titleModifiers: lower(lexicon.titleModifiers),
    portfolioWords: lower(lexicon.portfolioWords),
    lawHeads: lower(lexicon.lawHeads),
    namePrepositions: new Set(lexicon.namePrepositions),
    roles: lower(lexicon.roles),
    organisationRoles: lower(lexicon.organisationRoles),
    organisationHeads: lower([...lexicon.organisationHeads, ...lexicon.companyHeads]),
    companyHeads: lower(lexicon.companyHeads),
    organisationOpeners: lower(lexicon.organisationOpeners),
    organisations,
    placeHeads: lower(lexicon.placeHeads),
    placeOpeners: lower(lexicon.placeOpeners),
    placeNouns: lower(lexicon.placeNouns),
    productNouns: lower(lexicon.productNouns),
    companyNouns: lower(lexicon.companyNouns),
    ownershipNouns: lower(lexicon.ownershipNouns),
    places,
    stateAbbreviations: new Map(Object.entries(lexicon.stateAbbreviations)),
    placeAdjectives,
    routeWords: lower(lexicon.routeWords),
    locatives: lower(lexicon.locatives),
    attributionVerbs: lower(lexicon.attributionVerbs),
    hyphenSuffixes: lower(lexicon.hyphenSuffixes),
    possessiveNameOpeners: lower(lexicon.possessiveNameOpeners),
    nameParticles: lower(lexicon.nameParticles),
    abbreviations,
    functionWords,
    notNames,
    commonAcronyms,
    givenNames,
    editorialLabels: new Set(lexicon.editorialLabels.map((entry) => entry.toUpperCase())),
    interfaceWords,
    listedNames,
    wordKinds
  }
}

/**
 * The lists' spelling of a place name: as written, or, for a name in capitals of more than three
 * letters ("LONDON", "NEW YORK", as datelines and headlines write them), in title case.
 */
function listedSpelling(vocabulary: Vocabulary, name: string): string | undefined {
  if (vocabulary.places.has(name)) return name
  if (name.length <= 3 || !inCapitals(name)) return undefined
  const spelling = titleCased(name)
  return vocabulary.places.has(spelling) ? spelling : undefined
}

const letter = /\p{L}/u

/** "NEW YORK" as "New York": the first letter and each letter after white space or a hyphen in upper case, the rest in lower case. */
function titleCased(name: string): string {
  const lower = name.toLowerCase()
  let cased = ''
  let from = 0
  for (let index = 0; index < lower.length; index++) {
    // White space as `\s` reads it, told from the char code: a regular expression's test on every letter cost more than the rest of a place's lookup.
    if (index > 0 && lower.charCodeAt(index - 1) !== 45 && !isWhiteSpace(lower.charCodeAt(index - 1))) continue
    const character = String.fromCodePoint(lower.codePointAt(index)!)
    if (!letter.test(character)) continue
    cased += lower.slice(from, index) + character.toUpperCase()
    from = index + character.length
  }
  return cased + lower.slice(from)
}


/** The name of the place a mention names, if the lists know it: the place for an adjective ("Ukrainian": Ukraine), else the name as the lists spell it ("LONDON": London, "UK": UK). */
export function placeNamed(vocabulary: Vocabulary, name: string): string | undefined {
  const spelling = listedSpelling(vocabulary, name)
  if (spelling === undefined) return undefined
  return vocabulary.placeAdjectives.has(spelling) ? vocabulary.places.get(spelling) : spelling
}
