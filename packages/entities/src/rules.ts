import type {Entity} from '@tidings/core'
import {calendarWords} from '@tidings/lexicon'
import {type Candidate, candidatePlace, candidateTokens, candidateWords, organisationConnectors, smallNumber} from './candidates.js'
import {acronym, codeName, hasCapital, inCapitals, type SentenceTokens} from './tokens.js'
import type {Vocabulary} from './vocabulary.js'

export type EntityType = Entity['type']

/** A rule that types a candidate name; the first rule whose `test` holds decides. */
export interface EntityRule {
  id: string
  type: EntityType
  test: (candidate: Candidate, vocabulary: Vocabulary) => boolean
}

const lastWord = (candidate: Candidate) => candidateWords.lower(candidate, candidate.words.length - 1)

/** "KN-23", "F-16", "S-300", "38 North", "a Ford F-150", "the Airbus A320": models, codes and numbered names, never places or people. */
export const codeNameRule: EntityRule = {
  id: 'code-name',
  type: 'other',
  test: (candidate) => candidate.numbered || codeName(candidate.words.at(-1)!)
}

/** "the White House", "the Kremlin", "Hamas": organisations without a head word, from the list, also after a place's name ("the Italian Red Cross"). */
export const knownOrganisationRule: EntityRule = {
  id: 'known-organisation',
  type: 'organisation',
  test: (candidate, vocabulary) => {
    if (vocabulary.organisations.has(candidate.name)) return true
    const {words} = candidate
    return words.length > 1 && vocabulary.places.has(words[0]!) && vocabulary.organisations.has(candidate.name.slice(candidate.name.indexOf(' ') + 1))
  }
}

/** "the Proceeds of Crime Act", "the Jeanne Clery Act", "the Treaty of Rome", "the Act of Union": a law or a treaty, a thing, even when named for a person, a place or a union. */
export const lawRule: EntityRule = {
  id: 'law',
  type: 'other',
  test: (candidate, vocabulary) => candidate.words.length > 1 && (vocabulary.lawHeads.has(lastWord(candidate)) || (candidateWords.lower(candidate, 1) === 'of' && vocabulary.lawHeads.has(candidateWords.lower(candidate, 0))))
}

/** "Ukraine", "North Korean", "Kyiv", "the Middle East", "LONDON": countries, capitals, regions and their demonyms. */
export const knownPlaceRule: EntityRule = {
  id: 'known-place',
  type: 'place',
  test: (candidate, vocabulary) => candidatePlace(candidate, vocabulary) !== undefined
}

/** "the Defence Ministry", "Acme Inc.", "the Ministry of Defence", "the Institute for Fiscal Studies". */
export const organisationHeadRule: EntityRule = {
  id: 'organisation-head',
  type: 'organisation',
  test: (candidate, vocabulary) => {
    if (vocabulary.organisationHeads.has(lastWord(candidate))) return true
    const {words} = candidate
    for (let index = 1; index < words.length; index++) {
      if (organisationConnectors.has(words[index]!) && vocabulary.organisationOpeners.has(candidateWords.lower(candidate, index - 1))) return true
    }
    return false
  }
}

/** "the Red Sea", "Baker Street", "the Gulf of Mexico", "Mount Kenya", "the Kherson region", "the Odesa and Mykolaiv regions", "the city of Brinley", "the districts of Nacala". */
export const placeHeadRule: EntityRule = {
  id: 'place-head',
  type: 'place',
  test: (candidate, vocabulary) =>
    // "Insp Ann Lane", "Mr. Tom Park": a title before says the head word is a surname.
    (candidate.words.length > 1 && !candidate.titled && vocabulary.placeHeads.has(lastWord(candidate))) ||
    (candidate.words.length > 1 && vocabulary.placeOpeners.has(candidateWords.lower(candidate, 0))) ||
    (!candidate.possessive && placeNounAfter(candidate, vocabulary)) ||
    (!candidate.possessive && candidateWords.before(candidate, 0) === 'of' && placeNoun(candidateWords.before(candidate, 1), vocabulary))
}

/**
 * "the Kherson region", "the Odesa and Mykolaiv regions": a place noun after the name, or its
 * plural after the last of names joined by "and" or "or"; alone, "Microsoft states" and "NFL
 * cities" say something else.
 */
function placeNounAfter(candidate: Candidate, vocabulary: Vocabulary): boolean {
  const noun = candidateWords.after(candidate, 0)
  if (noun === undefined) return false
  if (vocabulary.placeNouns.has(noun)) return true
  const before = candidateWords.before(candidate, 0)
  return (before === 'and' || before === 'or') && !acronym(candidate.name) && placeNoun(noun, vocabulary)
}

/** A place noun, or its plural ("district", "districts", "cities"). */
export function placeNoun(word: string | undefined, vocabulary: Vocabulary): boolean {
  if (word === undefined) return false
  return vocabulary.placeNouns.has(word) || (word.endsWith('s') && vocabulary.placeNouns.has(word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1)))
}

/** "EDITOR'S" is the label "EDITOR". */
function withoutUpperPossessive(value: string): string {
  const last = value.length - 1
  return last >= 1 && value.charAt(last) === 'S' && (value.charAt(last - 1) === "'" || value.charAt(last - 1) === '’') ? value.slice(0, -2) : value
}

const datelineMarks = new Set(['-', '–', '—', '--', '('])
const labelMarks = new Set(['-', '–', '—', '--', ':'])

/**
 * "NOTE — The list ...", "EDITOR'S NOTE: This story ...", "UPDATE - Police said ...": upper-case
 * labels (`editorialLabels`) that open the sentence before a dash or a colon are the desk's words,
 * not a dateline's place or an organisation.
 */
export const editorialLabelRule: EntityRule = {
  id: 'editorial-label',
  type: 'other',
  test: (candidate, vocabulary) => {
    const tokens = candidateTokens(candidate)
    let index = 0
    while (tokens.word(index) && vocabulary.editorialLabels.has(withoutUpperPossessive(tokens.value(index)!))) index++
    return index > candidate.last && labelMarks.has(tokens.value(index) ?? '')
  }
}

/**
 * "WASHINGTON -- In a ...", "LIMA (Reuters) - Floods ...", "PORT ELDEN — Crews ...", "LAKEWOOD,
 * N.J. — Two ...": a story's dateline, a name in capitals that opens the sentence before a dash or
 * the agency's name, is a place, not an acronym, and so is the state or country after its comma.
 */
export const datelineRule: EntityRule = {
  id: 'dateline',
  type: 'place',
  test: (candidate) => {
    const {first, last, name} = candidate
    const tokens = candidateTokens(candidate)
    if (first >= 2 && tokens.value(first - 1) === ',' && tokens.word(first - 2)) {
      // The state after the town's comma: the town is a dateline's (every word before the comma in capitals), and the state ends it.
      let town = ''
      for (let index = 0; index < first - 1; index++) {
        const value = tokens.value(index)!
        if (tokens.word(index) && (!inCapitals(value) || !hasCapital(value))) return false
        town += value
      }
      const after = tokens.value(last + 1) === '.' && !tokens.spaced(last + 1) ? last + 2 : last + 1
      return town.length >= 4 && datelineEnds(tokens, after)
    }
    if (name.length < 4 || !inCapitals(name) || !hasCapital(name)) return false
    for (let index = 0; index < first; index++) if (tokens.word(index)) return false
    return datelineEnds(tokens, last + 1) || colonDateline(tokens, last + 1) || (tokens.value(last + 1) === ',' && (datelineEnds(tokens, stateEnd(tokens, last + 2)) || datelineEnds(tokens, dateEnd(tokens, last + 2))))
  }
}

/**
 * "MUMBAI: Rains lashed the city on Friday.", "NEW DELHI: The court said ...": South Asian papers
 * close the dateline with a colon. Only before a whole sentence, as a headline's "NASA: Rover
 * finds water" has no full stop.
 */
function colonDateline(tokens: SentenceTokens, index: number): boolean {
  return tokens.value(index) === ':' && tokens.spaced(index + 1) && tokens.capital(index + 1) && tokens.value(tokens.length - 1) === '.'
}

/** The token after a dateline's date ("SAN FRANCISCO, Dec 2 (Reuters) -", "LONDON, March 3 -"): a month, maybe its full stop, and a day. */
function dateEnd(tokens: SentenceTokens, index: number): number {
  const month = tokens.value(index)
  if (month === undefined || !tokens.capital(index) || !Object.hasOwn(calendarWords.months, month.toLowerCase())) return -1
  const day = tokens.value(index + 1) === '.' ? index + 2 : index + 1
  return /^\d{1,2}$/.test(tokens.value(day) ?? '') ? day + 1 : -1
}

/** The token after a dateline's state: its words and full stops ("N.J.", "Calif.", "South Wales"), at most four tokens. */
function stateEnd(tokens: SentenceTokens, index: number): number {
  let end = index
  while (end < index + 4 && (tokens.capital(end) || (tokens.value(end) === '.' && !tokens.spaced(end)))) end++
  return end > index ? end : -1
}

/** The story (or the agency) starts after the mark at `index`: "NATO — the alliance of 32 states —" is an aside. */
function datelineEnds(tokens: SentenceTokens, index: number): boolean {
  const mark = tokens.value(index)
  return index >= 0 && mark !== undefined && tokens.spaced(index) && datelineMarks.has(mark) && tokens.capital(index + 1)
}

/** "NATO", "the FBI", "U.N.": upper-case words are organisations, unless the list says they are common ("TV", "CEO"). */
export const acronymRule: EntityRule = {
  id: 'acronym',
  type: 'organisation',
  test: (candidate, vocabulary) => candidate.words.length === 1 && acronym(candidate.words[0]!) && !vocabulary.commonAcronyms.has(candidate.words[0]!)
}

/**
 * The noun right after the candidate (not after a possessive, "Ann Lee's page"), or the one before
 * its "of" ("users of Vexa"); `pluralBeforeOf`: only a plural one there, as a product's users and
 * versions are many, where "the laptop of Ann Lee" is one person's.
 */
function nounSaidOf(candidate: Candidate, nouns: ReadonlySet<string>, pluralBeforeOf: boolean): boolean {
  if (!candidate.possessive && nouns.has(candidateWords.after(candidate, 0) ?? '')) return true
  if (candidateWords.before(candidate, 0) !== 'of') return false
  const noun = candidateWords.before(candidate, 1) ?? ''
  return nouns.has(noun) && (!pluralBeforeOf || noun.endsWith('s'))
}

/** "Vexa Explorer users", "the official Vexa page", "users of Vexa": a product's name, not a person's. */
export const productNounRule: EntityRule = {
  id: 'product-noun',
  type: 'other',
  test: (candidate, vocabulary) => nounSaidOf(candidate, vocabulary.productNouns, true)
}

/** "Acme shareholders", "Brightwater employees", "a subsidiary of Halden", "shares of Acme", "a stake in Halden": a company's name, not a person's or a place's. */
export const companyNounRule: EntityRule = {
  id: 'company-noun',
  type: 'organisation',
  test: (candidate, vocabulary) => {
    if (nounSaidOf(candidate, vocabulary.companyNouns, false)) return true
    const before = candidateWords.before(candidate, 0)
    return (before === 'of' || before === 'in') && vocabulary.ownershipNouns.has(candidateWords.before(candidate, 1) ?? '')
  }
}

/**
 * "told BBC Radio Kent", "said NHS Wessex": a name of several words that opens with an acronym of
 * three letters or more is no person's, whatever a verb of speech says ("JD Vance" has two
 * letters). It is left `other`: a photo credit run into a caption opens the same way ("GETTY Ann
 * Lee").
 */
export const acronymOpensNameRule: EntityRule = {
  id: 'acronym-opens-name',
  type: 'other',
  test: (candidate, vocabulary) => {
    const first = candidate.words[0]!
    return candidate.words.length > 1 && first.length >= 3 && !first.includes('.') && acronym(first) && !vocabulary.commonAcronyms.has(first) && !vocabulary.places.has(first)
  }
}

/** "Procter & Gamble", "Smith & Wesson", "Oklahoma Gas & Electric": names joined by an ampersand are a firm's, not a person's. */
export const ampersandRule: EntityRule = {
  id: 'ampersand',
  type: 'organisation',
  test: (candidate) => candidate.words.includes('&')
}

/** "Doctors Without Borders", "Mothers Against Drunk Driving": a name joined by a name's preposition is a group's. */
export const groupNameRule: EntityRule = {
  id: 'group-name',
  type: 'organisation',
  test: (candidate, vocabulary) => candidate.words.some((word) => vocabulary.namePrepositions.has(word))
}

/** "analysts at Barclays", "a researcher at Keele", "economists at Nomura": whom a role works for. */
export const employerRule: EntityRule = {
  id: 'employer',
  type: 'organisation',
  test: (candidate, vocabulary) => {
    // "an officer at Ann Lee's door" is a person's.
    if (candidate.possessive || candidateWords.before(candidate, 0) !== 'at') return false
    const role = candidateWords.before(candidate, 1)
    return role !== undefined && (vocabulary.roles.has(role) || (role.endsWith('s') && vocabulary.roles.has(role.slice(0, -1))))
  }
}

/** "Tom Hale, 34, of Lichfield": the town after a person's age and "of" is where the person lives. */
export const hometownRule: EntityRule = {
  id: 'hometown',
  type: 'place',
  test: (candidate) => {
    const {first} = candidate
    // The word before is asked first: it is read once for several rules, and most names have no "of" before them.
    if (first < 4 || candidateWords.before(candidate, 0) !== 'of') return false
    const tokens = candidateTokens(candidate)
    const age = tokens.value(first - 3)
    return tokens.value(first - 2) === ',' && age !== undefined && smallNumber(age) && tokens.value(first - 4) === ','
  }
}

/** "President Joe Biden", "Mr. Kirby", "spokesman John Kirby", "analyst Ann Lee". */
export const titleBeforeRule: EntityRule = {
  id: 'title-before',
  type: 'person',
  test: (candidate, vocabulary) => candidate.titled || vocabulary.roles.has(candidateWords.before(candidate, 0) ?? '')
}

/** "Pentagon spokesman John Kirby", "the White House national security spokesman": whom the role speaks for ("Kharkiv mayor" is left to other rules). */
export const roleOwnerRule: EntityRule = {
  id: 'role-owner',
  type: 'organisation',
  test: (candidate, vocabulary) => {
    if (candidate.possessive) return false
    if (candidate.titleAfter) return vocabulary.organisationRoles.has(candidate.titleAfter)
    for (let nth = 0; nth < 4; nth++) {
      const word = candidateWords.after(candidate, nth)
      if (word === undefined) return false
      if (vocabulary.organisationRoles.has(word)) return true
      if (hasCapital(word)) return false
    }
    return false
  }
}

/** "John Kirby", "Maria Novak": a name that starts with a given name is a person's. */
export const givenNameRule: EntityRule = {
  id: 'given-name',
  type: 'person',
  test: (candidate, vocabulary) => candidate.words.length > 1 && candidate.words.length < 5 && vocabulary.givenNames.has(candidate.words[0]!)
}

/** "Ann Lee, a researcher at ...", "Tom Berg, 62, of ...": a role or an age in apposition. */
export const appositionRule: EntityRule = {
  id: 'apposition',
  type: 'person',
  test: (candidate, vocabulary) => {
    const {last} = candidate
    const tokens = candidateTokens(candidate)
    // A word is no comma: its string is not cut to be compared.
    if (tokens.word(last + 1) || tokens.value(last + 1) !== ',') return false
    const next = tokens.value(last + 2)
    if (next !== undefined && smallNumber(next)) {
      const after = tokens.value(last + 3)
      return after === undefined || after === ',' || after === '.'
    }
    let index = last + 2
    if (['a', 'an', 'the'].includes(next ?? '')) index++
    for (let step = 0; step < 4 && tokens.word(index); step++, index++) {
      const word = tokens.value(index)!
      if (vocabulary.roles.has(word)) return true
      if (hasCapital(word)) return false
    }
    return false
  }
}

/**
 * "travelling from Chandigarh to Manali", "flights from Kelby to Dunmore": the two ends of a
 * journey (`routeWords` before its "from") are places. Without one, "from Rosenbluth to Ford" may
 * list people, and "from Mac to Apple TV" things.
 */
export const routeRule: EntityRule = {
  id: 'route',
  type: 'place',
  test: (candidate, vocabulary) => {
    const {first, last} = candidate
    const before = candidateWords.before(candidate, 0)
    if (before !== 'from' && before !== 'to') return false
    const tokens = candidateTokens(candidate)
    let from = -1
    if (before === 'from') from = tokens.value(last + 1) === 'to' && tokens.capital(last + 2) ? first - 1 : -1
    else {
      // Back over the name before "to", to its "from".
      let index = first - 2
      while (index >= 0 && tokens.word(index) && tokens.capital(index)) index--
      if (index < first - 2 && tokens.value(index)?.toLowerCase() === 'from') from = index
    }
    return from > 0 && vocabulary.routeWords.has(tokens.value(from - 1)!.toLowerCase())
  }
}

/** "in Kharkiv", "near Lyon", "across Dorset": a name after a preposition of place; not a common acronym ("a rise in HIV"). */
export const locativeRule: EntityRule = {
  id: 'locative',
  type: 'place',
  test: (candidate, vocabulary) => vocabulary.locatives.has(candidateWords.before(candidate, 0) ?? '') && !vocabulary.commonAcronyms.has(candidate.name)
}

/**
 * A name of two to four words that speaks: "Ann Lee said", "according to Tom Berg", "said Maria
 * Novak". After a verb of speech the name must end its phrase: in "said Vexa Mail users" the
 * speaker is the users, and the name only says whose.
 */
function speaker(candidate: Candidate, vocabulary: Vocabulary): boolean {
  if (candidate.words.length < 2 || candidate.words.length > 4) return false
  const before = candidateWords.before(candidate, 0)
  const after = candidateWords.after(candidate, 0)
  if (vocabulary.attributionVerbs.has(after?.toLowerCase() ?? '')) return true
  if (after !== undefined && !candidate.possessive && !hasCapital(after) && !vocabulary.functionWords.has(after) && !after.endsWith('ly')) return false
  return vocabulary.attributionVerbs.has(before ?? '') || (before === 'to' && candidateWords.before(candidate, 1) === 'according')
}

/**
 * "Kenya Telecom said", "the Ohio Highway Patrol said": a speaker whose name opens with a place's
 * (not a given name, as "Georgia Lee") is an organisation, unless a person's name follows the place
 * in the run ("Texas Ranger Ann Lee", "U.S. Attorney Ann Lee") or the run names people of a place
 * ("Haitian Americans").
 */
export const placeSpeakerRule: EntityRule = {
  id: 'place-speaker',
  type: 'organisation',
  test: (candidate, vocabulary) => {
    const {words} = candidate
    const first = words[0]!
    if (!vocabulary.places.has(first) || vocabulary.givenNames.has(first) || vocabulary.places.has(words.at(-1)!)) return false
    for (let index = 1; index < words.length; index++) {
      if (vocabulary.givenNames.has(words[index]!)) return false
      const word = candidateWords.lower(candidate, index)
      if (index < words.length - 1 && (vocabulary.titles.has(word) || vocabulary.titleModifiers.has(word) || vocabulary.roles.has(word))) return false
    }
    return speaker(candidate, vocabulary)
  }
}

/** "Ann Lee said", "according to Tom Berg", "said Maria Novak": a speaker named in full is a person. */
export const attributionRule: EntityRule = {
  id: 'attribution',
  type: 'person',
  test: speaker
}

/** The built-in rules, in the order they are tried. */
export const defaultRules: EntityRule[] = [
  codeNameRule,
  lawRule,
  knownOrganisationRule,
  knownPlaceRule,
  organisationHeadRule,
  placeHeadRule,
  editorialLabelRule,
  datelineRule,
  acronymRule,
  productNounRule,
  companyNounRule,
  ampersandRule,
  groupNameRule,
  employerRule,
  hometownRule,
  titleBeforeRule,
  roleOwnerRule,
  acronymOpensNameRule,
  givenNameRule,
  appositionRule,
  locativeRule,
  routeRule,
  placeSpeakerRule,
  attributionRule
]
