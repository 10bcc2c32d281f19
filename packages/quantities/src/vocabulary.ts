import {codesThatAreWords} from './currencies.js'
import type {QuantityLexicon} from './lexicon.js'
import {quantityWordsTest} from './quantity-words.js'
import {type Token, tokenize} from './tokens.js'
import type {UnitDefinition} from './units.js'

/** The lexicon and the units as the scan looks them up: built once per pipeline. */
export interface Vocabulary {
  lexicon: QuantityLexicon
  unitById: Map<string, UnitDefinition>
  /** Units by the lower-case surfaces that follow a number, and that precede one. */
  suffixes: Map<string, UnitDefinition>
  prefixes: Map<string, UnitDefinition>
  /** Every ending of every surface before a number: a sign of two tokens ("US" "$") is looked up only where the second ends one. */
  prefixEndings: Set<string>
  /** Units by the symbols read only in the case they are written in ("eV"). */
  casedSuffixes: Map<string, UnitDefinition>
  /** Currencies by their ISO 4217 code, read only as written, in capitals ("42 KWD", "KWD 42"). */
  codes: Map<string, UnitDefinition>
  /** The first character of each code, by character code: most three-letter words start with none. */
  codeStarts: Set<number>
  /** The first token of each unit surface, with the most tokens a surface starting with it has: most words start none. */
  surfaceStarts: Map<string, number>
  /** Every beginning of every unit surface, letter by letter: where the tokens after a number stop being one, no longer surface is there. */
  surfacePrefixes: Set<string>
  /** The stop words and the time words: what ends a counted noun phrase. */
  stopWords: Set<string>
  perUnits: Set<string>
  notRates: Set<string>
  labels: Set<string>
  scoreLeads: Set<string>
  scoreNouns: Set<string>
  directionLeads: Set<string>
  changeAmounts: Set<string>
  partitives: Set<string>
  relativeTimeWords: Set<string>
  relativeTimeLeads: Set<string>
  pronounOne: Set<string>
  modalsAfterPronounOne: Set<string>
  verbLeads: Set<string>
  addedWords: Set<string>
  coordinators: Set<string>
  levelWords: Set<string>
  notElided: Set<string>
  sizeWords: Set<string>
  articleUnits: Set<string>
  gluedSymbols: Set<string>
  personNouns: Set<string>
  ageAbbreviations: Set<string>
  unitEnds: Set<string>
  phrasalVerbs: Set<string>
  spacedSigns: Set<string>
  /** Currencies by the signs in letters read only as written ("R", "KSh"). */
  letterSigns: Map<string, UnitDefinition>
  numberWords: Set<string>
  /** Words that make the number words after them negative. */
  signWords: Set<string>
  /** The words before the number of each numbered name, by that number: "500" -> ["s&p ", "sp ", ...]. */
  namesByNumber: Map<string, string[]>
  /** Bound phrases by their last word, longest first: a number looks up only the word before it. */
  boundsEndingWith: Map<string, string[][]>
  vaguePhrases: string[][]
  vagueStarts: Set<string>
  /** A sentence with no digit and none of the words a quantity is written with holds none. */
  mayHoldQuantity(sentence: string): boolean
  /** Whether a quantity may start at the token, without the user's rules: a cheap test before the readers, which most words fail. */
  mayStartQuantity(token: Token): boolean
  /** The last word of each phrase in `ageLeads`: the word before a stated age. */
  ageLeadEnds: Set<string>
  /** The first word of each phrase in `boundsAfter` ("or more"). */
  boundAfterStarts: Set<string>
  isPlural(token: Token): boolean
  isChange(word: string | undefined): 'increase' | 'decrease' | undefined
}

export function createVocabulary(lexicon: QuantityLexicon, units: ReadonlyArray<UnitDefinition>): Vocabulary {
  const unitById = new Map<string, UnitDefinition>()
  const suffixes = new Map<string, UnitDefinition>()
  const prefixes = new Map<string, UnitDefinition>()
  const codes = new Map<string, UnitDefinition>()
  const casedSuffixes = new Map<string, UnitDefinition>()
  for (const unit of units) {
    for (const symbol of unit.cased ?? []) if (!casedSuffixes.has(symbol)) casedSuffixes.set(symbol, unit)
    if (unit.currency && !codes.has(unit.currency) && !codesThatAreWords.has(unit.currency)) codes.set(unit.currency, unit)
    if (!unitById.has(unit.id)) unitById.set(unit.id, unit)
    for (const surface of unit.surfaces) if (!suffixes.has(surface)) suffixes.set(surface, unit)
    for (const surface of unit.prefixes ?? []) if (!prefixes.has(surface)) prefixes.set(surface, unit)
  }
  const prefixEndings = new Set<string>()
  for (const surface of prefixes.keys()) for (let start = 0; start < surface.length; start++) prefixEndings.add(surface.slice(start))
  const surfaceStarts = new Map<string, number>()
  for (const surface of suffixes.keys()) {
    const words = tokenize(surface)
    const first = words[0]?.lower
    if (first !== undefined) surfaceStarts.set(first, Math.max(surfaceStarts.get(first) ?? 0, words.length))
  }
  const surfacePrefixes = new Set<string>()
  for (const surface of suffixes.keys()) for (let end = 1; end <= surface.length; end++) surfacePrefixes.add(surface.slice(0, end))
  const namesByNumber = new Map<string, string[]>()
  for (const name of lexicon.numberedNames) {
    const cut = name.lastIndexOf(' ')
    const number = name.slice(cut + 1)
    namesByNumber.set(number, [...(namesByNumber.get(number) ?? []), name.slice(0, cut + 1).toLowerCase()])
  }
  const boundsEndingWith = new Map<string, string[][]>()
  const boundPhrases = Object.keys(lexicon.bounds).map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length)
  for (const words of boundPhrases) boundsEndingWith.set(words.at(-1) as string, [...(boundsEndingWith.get(words.at(-1) as string) ?? []), words])
  const vaguePhrases = Object.keys(lexicon.vague).map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length)
  const vagueStarts = new Set(vaguePhrases.map((words) => words[0] as string))
  const stopWords = new Set([...lexicon.stopWords, ...lexicon.timeWords])
  const plurals = new Set(lexicon.plurals)
  const singulars = new Set(lexicon.singularsLikePlurals)
  // "gunmen", "schoolchildren", "townspeople": a word ending in a plural without a final s, after two letters at least;
  // looked up by the last three letters, as isPlural runs on most words after a number.
  const pluralsByEnding = new Map<string, string[]>()
  for (const plural of lexicon.plurals) pluralsByEnding.set(plural.slice(-3), [...(pluralsByEnding.get(plural.slice(-3)) ?? []), plural])
  const endsInPlural = (word: string) => !singulars.has(word) && (pluralsByEnding.get(word.slice(-3)) ?? []).some((plural) => word.length >= plural.length + 2 && word.endsWith(plural))
  const increases = new Set(lexicon.increases)
  const decreases = new Set(lexicon.decreases)
  const numberWords = new Set(Object.keys(lexicon.numbers))
  const signWords = new Set(Object.keys(lexicon.signs))
  // The words a quantity starts with (see quantityAt): number words and signs, vague amounts, "a" before a number word,
  // and "minus-5", "sub-7"; words with a hyphen ("two-thirds") and "-fold" ("fourfold") are read further.
  const starters = new Set([...numberWords, ...signWords, ...vagueStarts, 'a', 'an', 'minus', 'sub'])
  // Signs that are numbers ("½") or vague amounts: a set, as most symbols ("(", ",") are looked up and none is a key of the lexicon.
  const symbolStarters = new Set([...numberWords, ...vagueStarts])
  const mayStart = wordShapes(starters)
  return {
    lexicon,
    unitById,
    suffixes,
    prefixes,
    prefixEndings,
    casedSuffixes,
    codes,
    codeStarts: new Set([...codes.keys()].map((code) => code.charCodeAt(0))),
    surfaceStarts,
    surfacePrefixes,
    stopWords,
    perUnits: new Set(lexicon.perUnits),
    notRates: new Set(lexicon.notRates),
    labels: new Set(lexicon.labels),
    scoreLeads: new Set(lexicon.scoreLeads),
    scoreNouns: new Set(lexicon.scoreNouns),
    directionLeads: new Set(lexicon.directionLeads),
    changeAmounts: new Set(lexicon.changeAmounts),
    partitives: new Set(lexicon.partitives),
    relativeTimeWords: new Set(lexicon.relativeTimeWords),
    relativeTimeLeads: new Set(lexicon.relativeTimeLeads),
    pronounOne: new Set(lexicon.pronounOne),
    modalsAfterPronounOne: new Set(lexicon.modalsAfterPronounOne),
    verbLeads: new Set(lexicon.verbLeads),
    addedWords: new Set(lexicon.addedWords),
    coordinators: new Set(lexicon.coordinators),
    levelWords: new Set(lexicon.levelWords),
    notElided: new Set(lexicon.notElided),
    sizeWords: new Set(lexicon.sizeWords),
    articleUnits: new Set(lexicon.articleUnits),
    gluedSymbols: new Set(lexicon.gluedSymbols),
    personNouns: new Set(lexicon.personNouns),
    ageAbbreviations: new Set(lexicon.ageAbbreviations),
    unitEnds: new Set(lexicon.unitEnds),
    phrasalVerbs: new Set(lexicon.phrasalVerbs),
    spacedSigns: new Set(lexicon.spacedSigns),
    letterSigns: new Map(Object.entries(lexicon.letterSigns).flatMap(([sign, code]) => (codes.has(code) ? [[sign, codes.get(code) as UnitDefinition]] : []))),
    numberWords,
    signWords,
    namesByNumber,
    boundsEndingWith,
    vaguePhrases,
    vagueStarts,
    mayHoldQuantity: mayHoldQuantityTest(lexicon, vagueStarts, units),
    mayStartQuantity: (token) =>
      token.kind === 'word'
        ? (mayStart(token.lower) && starters.has(token.lower)) || token.lower.includes('-') || (token.lower.charCodeAt(token.lower.length - 1) === 100 && token.lower.endsWith('fold'))
        : token.kind !== 'symbol' || symbolStarters.has(token.text),
    ageLeadEnds: new Set(lexicon.ageLeads.map((lead) => lead.slice(lead.lastIndexOf(' ') + 1))),
    boundAfterStarts: new Set(Object.keys(lexicon.boundsAfter).map((phrase) => phrase.split(' ')[0] as string)),
    // "-s" makes a plural, but not in "-ss", "-ous" ("previous", "various") nor after a consonant and "u" ("virus", "bonus").
    isPlural: (token) => plurals.has(token.lower) || endsInPlural(token.lower) || (token.lower.charCodeAt(token.lower.length - 1) === 115 && /[^s'’]s$/.test(token.lower) && !/(?:ou|[^aeiou]u)s$/.test(token.lower) && !stopWords.has(token.lower)),
    isChange: (word) => (increases.has(word ?? '') ? 'increase' : decreases.has(word ?? '') ? 'decrease' : undefined)
  }
}

/**
 * Whether a word may be one of `words`, by its first two characters and its length: asked of every word of a sentence
 * that may hold a quantity, it spares the set lookup (and the hash of a new string) for most ("the", "of", "said").
 */
function wordShapes(words: ReadonlySet<string>): (word: string) => boolean {
  const shapeOf = (first: number, second: number, length: number) => (first * 128 + second) * 16 + Math.min(length, 15)
  const shapes = new Uint8Array(128 * 128 * 16)
  for (const word of words) shapes[shapeOf(word.charCodeAt(0) & 127, (word.charCodeAt(1) || 0) & 127, word.length)] = 1
  return (word) => {
    const first = word.charCodeAt(0)
    const second = word.length > 1 ? word.charCodeAt(1) : 0
    // Beyond ASCII, the set is asked.
    return first >= 128 || second >= 128 || shapes[shapeOf(first, second, word.length)] === 1
  }
}

/** Most sentences of an article hold no quantity and are skipped with one scan. Short magnitudes ("m", "bn") only follow digits. */
function mayHoldQuantityTest(lexicon: QuantityLexicon, vagueStarts: Set<string>, units: ReadonlyArray<UnitDefinition>): (sentence: string) => boolean {
  // "a pint", "an inch": one of a unit, written with no number.
  const articleUnits = new Set(lexicon.articleUnits)
  const ofOne = units.filter((unit) => articleUnits.has(unit.id)).flatMap((unit) => unit.surfaces.filter((surface) => surface.length > 2).flatMap((surface) => [`a ${surface}`, `an ${surface}`]))
  const quantityWords = [
    ...ofOne,
    ...Object.keys(lexicon.numbers),
    ...Object.keys(lexicon.magnitudes).filter((word) => word.length > 3),
    ...Object.keys(lexicon.fractions),
    ...Object.keys(lexicon.signs),
    ...vagueStarts
  ]
  const lettered = (word: string) => /^\p{L}/u.test(word)
  return quantityWordsTest(quantityWords.filter(lettered), quantityWords.filter((word) => !lettered(word)))
}
