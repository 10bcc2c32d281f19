import {acronym, acronymUpTo, capitalBit, capitalised, hyphenBit, isWordCode, ListSentence, type SentenceTokens, spacedBit, startBit, type TableSentence, type Token, type TokenTable, withoutPossessive, wordBit} from './tokens.js'
import {placeNamed, type Vocabulary, WordKind} from './vocabulary.js'

/** A run of capitalised words that may name something, before the rules type it. */
export interface Candidate {
  start: number
  end: number
  /** The name's words as written ("Acme", "Inc."), without a possessive or a hyphenated suffix. */
  words: string[]
  /** The words joined by single spaces. */
  name: string
  /** The words in lower case, without an abbreviation's full stop ("inc" for "Inc."). */
  lowerWords: string[]
  /** Up to two words right before it, nearest first, in lower case; none across a mark. */
  before: string[]
  /** Up to four words right after it, as written; none across a mark. */
  after: string[]
  /** The sentence's tokens, and the first and last token of the candidate among them. */
  tokens: Token[]
  first: number
  last: number
  /** A title stood right before it in the same run of capitals ("President", "Mr."). */
  titled: boolean
  /** The title that followed it in the same run, in lower case ("president" after "Russian"). */
  titleAfter: string | undefined
  /** It ended in "'s". */
  possessive: boolean
  /** A number written before it is part of the name ("38 North"). */
  numbered: boolean
}

/** What the whole article says about its capitalised words, read before any sentence is scanned. */
export interface ArticleWords {
  /**
   * The article's capitalised words, as written without a possessive, each to its index in
   * `wordBits`; a capitalised token's index is kept in the table's `names`. A word is looked up
   * once an article here, and once in the lists: its tokens read what the lists say of it by index.
   */
  wordIds: Map<string, number>
  /** Per word of `wordIds`: its `Vocabulary.wordKinds` bits, and `midCapitalBit` when the article capitalises it inside a sentence, not first nor in a title-case line. */
  wordBits: number[]
  wordKinds: ReadonlyMap<string, number>
  text: string
  /** The article's tokens. */
  table: TokenTable
  /** The sentences scanned, in order: pass two reads them. */
  sentences: ScannedSentence[]
  /** Whether the text writes a sentence's first word in lower case, per word asked (in lower case). */
  lowerCaseWords: Map<string, boolean>
}

export interface ScannedSentence {
  /** Its tokens, each word that starts a sentence, a quotation or a clause after a colon marked `startBit`. */
  tokens: TableSentence
  /** Most of the sentence's words are capitalised, as in a headline. */
  titleCase: boolean
}

/**
 * `functionWords`: the lower-case words a headline may hold ("of", "the", "in"). Read from the
 * table's arrays and the text's char codes: a mark is never cut out of the text, and a word only
 * to be looked up.
 */
export function scanSentence(tokens: TableSentence, functionWords: ReadonlySet<string>): ScannedSentence {
  const {table, first, length} = tokens
  const {text, flags} = table
  let seenWord = false
  let words = 0
  let capitals = 0
  for (let index = 0; index < length; index++) {
    const bits = flags[first + index]!
    if ((bits & wordBit) === 0) continue
    // Only a mark starts a clause: most words follow a word and are not looked up.
    const startLike = !seenWord || (index > 0 && (flags[first + index - 1]! & wordBit) === 0 && opensClause(table, first + index, index === 1))
    if (startLike) flags[first + index] = bits | startBit
    seenWord = true
    const capital = (bits & capitalBit) !== 0
    const code = text.charCodeAt(table.starts[first + index]!)
    if (code >= 48 && code <= 57) continue
    words++
    if (capital) capitals++
  }
  // "Russia Fires Missiles at Kyiv" is a headline; "Putin met the Defence Ministry" is not.
  // (Its lower-case words are cut and looked up only when the count of capitals allows a headline.)
  const titleCase = words >= 4 && capitals >= words * 0.6 && onlyFunctionWordsInLowerCase(tokens, functionWords)
  return {tokens, titleCase}
}

/** Each word of the sentence in lower case, not a number, is a function word ("of", "the", "in"). */
function onlyFunctionWordsInLowerCase(tokens: TableSentence, functionWords: ReadonlySet<string>): boolean {
  const {table, first, length} = tokens
  for (let index = 0; index < length; index++) {
    const bits = table.flags[first + index]!
    if ((bits & wordBit) === 0 || (bits & capitalBit) !== 0) continue
    const code = table.text.charCodeAt(table.starts[first + index]!)
    if ((code < 48 || code > 57) && !functionWords.has(tokens.value(index)!)) return false
  }
  return true
}

/**
 * The mark before the word at `word` of the table starts a clause: an opening quotation mark
 * ("“", '"', "‘", "'", "«") right before the word, a colon, or a dash ("-", "–", "—", "--") after
 * white space, as after a dateline ("LIMA (Reuters) - Floods hit"). `markOpens`: the mark is the
 * sentence's first token.
 */
function opensClause({text, starts, ends, flags}: TokenTable, word: number, markOpens: boolean): boolean {
  const markStart = starts[word - 1]!
  const markLength = ends[word - 1]! - markStart
  const code = text.charCodeAt(markStart)
  const markSpaced = (flags[word - 1]! & spacedBit) !== 0
  if (markLength === 1) {
    if (code === 58) return true // :
    if ((flags[word]! & spacedBit) === 0 && (markSpaced || markOpens) && quoteCodes.has(code)) return true
  }
  return markSpaced && (markLength === 1 ? dashCodes.has(code) : markLength === 2 && code === 45) // "--"
}

const quoteCodes = new Set([34, 0x201c, 0x2018, 39, 0xab]) // " “ ‘ ' «
const dashCodes = new Set([45, 0x2013, 0x2014]) // - – —

/** A bit of `ArticleWords.wordBits` above the `WordKind` bits: the article capitalises the word inside a sentence. */
const midCapitalBit = 256

export const emptyArticleWords = (table: TokenTable, vocabulary: Vocabulary): ArticleWords => ({
  wordIds: new Map(),
  wordBits: [],
  wordKinds: vocabulary.wordKinds,
  text: table.text,
  table,
  sentences: [],
  lowerCaseWords: new Map()
})

/** Pass one, a sentence at a time: the article's capitalised words, and which it capitalises inside sentences. */
export function addArticleWords(article: ArticleWords, sentence: ScannedSentence): void {
  article.sentences.push(sentence)
  const {tokens, titleCase} = sentence
  const {flags, names} = tokens.table
  const {wordIds, wordBits} = article
  for (let index = 0; index < tokens.length; index++) {
    const bits = flags[tokens.first + index]!
    if ((bits & capitalBit) === 0) continue
    const value = withoutPossessive(tokens.value(index)!)
    let id = wordIds.get(value)
    if (id === undefined) {
      id = wordBits.length
      wordIds.set(value, id)
      wordBits.push(article.wordKinds.get(value) ?? 0)
    }
    if (!titleCase && (bits & startBit) === 0) wordBits[id]! |= midCapitalBit
    names[tokens.first + index] = id
  }
}

/** What the lists and the article say of the capitalised token at `index` of the table: `WordKind` bits and `midCapitalBit`. */
const capitalWordBits = (article: ArticleWords, index: number): number => article.wordBits[article.table.names[index]!]!

/**
 * The article writes `lower` as a word of its own somewhere: a run of letters and digits, between
 * marks or spaces. Each word asked is searched for in the text, and the answer kept for the
 * article: few words are asked (a sentence's first word, when the word after it is capitalised),
 * a search stops at the first lower-case use, which most have, and one pass over all the
 * article's words for all its first words cost more than these searches.
 */
function writtenInLowerCase(article: ArticleWords, lower: string): boolean {
  const known = article.lowerCaseWords.get(lower)
  if (known !== undefined) return known
  const written = writtenAsWord(article.text, lower)
  article.lowerCaseWords.set(lower, written)
  return written
}

function writtenAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length
    if ((at === 0 || !isWordCode(text.charCodeAt(at - 1))) && (end === text.length || !isWordCode(text.charCodeAt(end)))) return true
  }
  return false
}

export type Tracer = (rule: string, start: number, end: number, kept?: boolean) => void

/** Pass two: the candidates of one sentence, runs of capitalised words cut at titles. */
export function findCandidates(sentence: ScannedSentence, article: ArticleWords, vocabulary: Vocabulary, trace?: Tracer): Candidate[] {
  const {tokens} = sentence
  const found: SentenceCandidate[] = []
  const scan = new SentenceScan(sentence, article, vocabulary, trace)
  const {flags} = tokens.table
  for (let index = 0; index < tokens.length; index++) {
    // Most tokens are neither capitalised nor hyphenated, and start no name: their bits tell it.
    if ((flags[tokens.first + index]! & (capitalBit | hyphenBit)) === 0) continue
    const isName = scan.nameWord(index)
    const prefixed = isName ? scan.stateAfterParty(index) : scan.nameAfterPrefix(index)
    if (!isName && prefixed === undefined) continue
    const run = readRun(scan, index)
    // "growth in GDP", "on TV", "I'm OK": a common acronym alone is a common noun; in a run it can name ("TV Azteca").
    if (run.last === index && isName && (capitalWordBits(article, tokens.first + index) & WordKind.commonAcronym) !== 0) {
      trace?.('common-acronym', tokens.start(index), tokens.end(index), false)
      index = run.last
      continue
    }
    const start = prefixed ?? tokens.start(index)
    splitAtTitles(found, tokens, index, run, start, article, vocabulary, trace)
    index = run.last
  }
  for (const [at, candidate] of found.entries()) {
    numberName(candidate, vocabulary)
    if (!stateAbbreviation(candidate, vocabulary)) continue
    // "Olympia, Wash.": the name right before a state's comma is a town's.
    const town = found[at - 1]
    const afterComma = candidate.start === tokens.start(candidate.first) && tokens.value(candidate.first - 1) === ','
    if (town && afterComma && !town.titled && town.last === candidate.first - 2) town.place = town.placeIn(vocabulary) ?? town.name
  }
  return found
}

/** What the scan of one sentence asks of its words: one object a sentence, where closures over the sentence were five. */
class SentenceScan {
  constructor(
    readonly sentence: ScannedSentence,
    readonly article: ArticleWords,
    readonly vocabulary: Vocabulary,
    readonly trace: Tracer | undefined
  ) {}

  nameWord(index: number): boolean {
    const {tokens, titleCase} = this.sentence
    if (!tokens.capital(index)) return false
    const value = withoutPossessive(tokens.value(index)!)
    const kind = capitalWordBits(this.article, tokens.first + index)
    // "SRBMs", "NGOs": the plural of an acronym is a kind of thing, not a name.
    // A capitalised "The" or "In" inside a sentence starts a sentence the segmenter missed, or a title ("The Hague" is named Hague).
    // A page's "Subscribe" or "Invalid Email" runs into the sentence after it, and is no name's word.
    if ((kind & (WordKind.notName | WordKind.functionWord | WordKind.interfaceWord)) !== 0 || pluralAcronym(value)) return value.length === 1 && initialBeforeAmpersand(tokens, index)
    if ((kind & WordKind.scaleName) !== 0 && measuresScale(tokens, index)) return false
    if (!tokens.startLike(index) && !titleCase) return true
    const kept = this.withEvidence(index, value, kind)
    if (!kept) this.trace?.('sentence-start', tokens.start(index), tokens.end(index), false)
    return kept
  }

  /**
   * "the Harlow Police": an organisation's head word that the lists keep from opening a name
   * ("Police said") ends one; before a title ("Harlow Police Chief Ann Lee") it is the title's.
   */
  headAfterName(index: number): boolean {
    const {tokens, titleCase} = this.sentence
    if (titleCase || !tokens.capital(index) || tokens.startLike(index) || !this.vocabulary.organisationHeads.has(tokens.value(index)!.toLowerCase())) return false
    return !(tokens.word(index + 1) && tokens.capital(index + 1) && this.titleAt(index + 1))
  }

  /** Whether the capitalised word at `index` is a title, by its bits (see `capitalWordBits`). */
  titleAt(index: number): boolean {
    return (capitalWordBits(this.article, this.sentence.tokens.first + index) & WordKind.title) !== 0
  }

  /** A capitalised word (no function word, of `kind`, see `capitalWordBits`) that starts a sentence, or stands in a headline, is a name only with evidence. */
  withEvidence(index: number, value: string, kind: number): boolean {
    const {vocabulary, article} = this
    if ((kind & (WordKind.title | midCapitalBit)) !== 0 || vocabulary.listedNames.has(value) || (acronym(value) && (kind & WordKind.commonAcronym) === 0)) return true
    if (this.sentence.titleCase) return false
    // The next word is asked first: it is most often in lower case, and then the text need not be searched.
    const {tokens} = this.sentence
    // "Procter & Gamble", "Doctors Without Borders": an ampersand or a name's preposition between capitalised words joins a name.
    if (tokens.capital(index + 2) && (tokens.value(index + 1) === '&' || vocabulary.namePrepositions.has(tokens.value(index + 1)!))) return true
    if (!tokens.word(index + 1) || !tokens.spaced(index + 1) || !tokens.capital(index + 1) || ((vocabulary.wordKinds.get(tokens.value(index + 1)!) ?? 0) & WordKind.functionWord) !== 0) return false
    return !writtenInLowerCase(article, value.toLowerCase())
  }

  /** "Jim Jordan, R-Ohio,", "(D-Calif.)": a lawmaker's party and state, where the state is the name. */
  stateAfterParty(index: number): number | undefined {
    const {tokens} = this.sentence
    if (!tokens.hyphen(index) || !partyTag.test(tokens.value(index)!)) return undefined
    const before = tokens.value(index - 1)
    return before === ',' || before === '(' ? tokens.start(index) + 2 : undefined
  }

  /** "al-Assad" is a name word; "pro-Russian" holds one after its hyphen. */
  nameAfterPrefix(index: number): number | undefined {
    const {tokens} = this.sentence
    if (!tokens.hyphen(index)) return undefined
    const value = tokens.value(index)!
    const hyphen = value.indexOf('-')
    if (hyphen <= 0 || !capitalised(value.charAt(hyphen + 1))) return undefined
    return this.vocabulary.nameParticles.has(value.slice(0, hyphen).toLowerCase()) ? tokens.start(index) : tokens.start(index) + hyphen + 1
  }
}

/** "Texas A&M", "A&E", "I&M": a letter written onto an ampersand is a name's initial, not "a" or "I". */
function initialBeforeAmpersand(tokens: TableSentence, index: number): boolean {
  return !tokens.spaced(index + 1) && tokens.value(index + 1) === '&' && !tokens.spaced(index + 2) && tokens.capital(index + 2)
}

/** The scale's name at `index` measures: "degrees" before it, or "scale" after it. */
function measuresScale(tokens: TableSentence, index: number): boolean {
  const before = tokens.value(index - 1)
  return before === 'degrees' || before === 'degree' || tokens.value(index + 1) === 'scale'
}

/** A party's initial (Republican, Democrat, independent) and a hyphen before a capital. */
const partyTag = /^[DIR]-[A-Z]/

interface Run {
  /** Index of the run's last token, and the run's end offset (before a possessive or a hyphenated suffix). */
  last: number
  end: number
  possessive: boolean
  /** A possessive inside the run does not end the name ("Prince George's County"). */
  innerPossessive: boolean
}

function readRun(scan: SentenceScan, first: number): Run {
  const {vocabulary} = scan
  const {tokens} = scan.sentence
  let index = first
  let innerPossessive = false
  let organisationTail = false
  for (;;) {
    const value = tokens.value(index)!
    const start = tokens.start(index)
    let last = index
    // "Mr.", "Inc.", "J." keep their full stop; a title's, or an initial's after an ampersand, ends the
    // sentence when nothing follows ("Larry King.", "Texas A&M.").
    // (Most words are followed by white space: the next token's string is cut only when none is.)
    if (!tokens.spaced(index + 1) && tokens.value(index + 1) === '.') {
      const kind = vocabulary.wordKinds.get(value) ?? 0
      if ((kind & WordKind.abbreviation) !== 0 || ((kind & WordKind.title) !== 0 && index + 2 < tokens.length) || (value.length === 1 && tokens.capital(index) && (index + 2 < tokens.length || tokens.value(index - 1) !== '&'))) last = index + 1
    }
    const hyphen = value.indexOf('-')
    const suffix = hyphen > 0 ? value.slice(hyphen + 1) : ''
    if (suffix && (vocabulary.hyphenSuffixes.has(suffix) || (suffix.endsWith('ed') && suffix === suffix.toLowerCase()))) {
      return {last, end: start + hyphen, possessive: false, innerPossessive}
    }
    const bareValue = withoutPossessive(value)
    if (bareValue !== value) {
      if (!possessiveInsideName(scan, first, last)) return {last, end: start + bareValue.length, possessive: true, innerPossessive}
      innerPossessive = true
      index = last + 1
      continue
    }
    // A capitalised "The" or "In" inside a run starts a sentence the segmenter missed ("in Leeds The mayor").
    // (A word in lower case is no name word: its string is not asked for.)
    if (tokens.spaced(last + 1) && (scan.nameWord(last + 1) || scan.headAfterName(last + 1))) {
      index = last + 1
      continue
    }
    // "Doctors Without Borders", "Mothers Against Drunk Driving": a capitalised "Without" or "Against" inside a sentence joins a group's name.
    if (tokens.spaced(last + 1) && tokens.capital(last + 1) && !tokens.startLike(last + 1) && !scan.sentence.titleCase && vocabulary.namePrepositions.has(tokens.value(last + 1)!) && tokens.spaced(last + 2) && scan.nameWord(last + 2)) {
      index = last + 2
      continue
    }
    // "Procter & Gamble", "Oklahoma Gas & Electric", "AT&T": an ampersand joins a company's name; "the EU & IMF" are two.
    const ampersand = !tokens.word(last + 1) && tokens.capital(last + 2) && tokens.value(last + 1) === '&' && tokens.word(last + 2) && tokens.spaced(last + 1) === tokens.spaced(last + 2)
    if (ampersand && scan.nameWord(last + 2) && !(tokens.spaced(last + 1) && acronym(tokens.value(last)!) && acronym(tokens.value(last + 2)!))) {
      index = last + 2
      continue
    }
    if (tokens.word(last + 1) && tokens.spaced(last + 1) && tokens.spaced(last + 2) && scan.nameWord(last + 2)) {
      const connector = tokens.value(last + 1)!
      // "Ministry of Defence", "Institute for Strategic Studies", "Ludwig van Beethoven".
      if (joins(connector, tokens.value(last)!, vocabulary) || (connector === 'of' && lawNameAhead(scan, last + 2))) {
        // "The Bank of England and Goldman Sachs": after a place's name, the organisation's name is whole.
        organisationTail ||= (connector === 'of' || connector === 'for') && vocabulary.organisationOpeners.has(tokens.value(last)!.toLowerCase()) && !vocabulary.listedNames.has(withoutPossessive(tokens.value(last + 2)!))
        index = last + 2
        continue
      }
      // "Department of Health and Human Services", "Centers for Disease Control and Prevention": one "and" inside what follows an organisation's "of" or "for".
      if (organisationTail && connector === 'and' && continuesOrganisation(scan, last + 2)) {
        organisationTail = false
        index = last + 2
        continue
      }
      // "the Food and Drug Administration", "the Fish and Wildlife Service": a word, "and", and an
      // institution's name; two companies are two ("Intel and Samsung Electronics Co.").
      if (last === first && connector === 'and' && continuesOrganisation(scan, first) && continuesOrganisation(scan, last + 2)) {
        const rest = readRun(scan, last + 2)
        const head = tokens.value(rest.last)!.toLowerCase()
        if (!rest.possessive && vocabulary.organisationHeads.has(head) && !vocabulary.companyHeads.has(head)) return rest
      }
    }
    return {last, end: tokens.end(last), possessive: false, innerPossessive}
  }
}

/**
 * "Prince George's County", "St. Mary's Hospital", "King's College London": a run opened by a word
 * of `possessiveNameOpeners`, or whose possessive is a title's ("the Sheriff's Office"), goes on
 * past its possessive where capitalised words follow, up to the head word of an organisation or a
 * place within three words ("Queen Elizabeth's funeral" and "Prince Harry's Netflix deal" end at
 * theirs).
 */
function possessiveInsideName(scan: SentenceScan, first: number, possessive: number): boolean {
  const {vocabulary} = scan
  const {tokens} = scan.sentence
  // "the Ocean County Prosecutor's Office", "the Sheriff's Department": an officer's possessive before an office's head.
  if (!scan.titleAt(possessive) && !vocabulary.possessiveNameOpeners.has(withoutPossessive(tokens.value(first)!).toLowerCase())) return false
  for (let index = possessive + 1; index <= possessive + 3; index++) {
    if (!tokens.spaced(index) || !scan.nameWord(index)) return false
    const word = tokens.value(index)!.toLowerCase()
    if (vocabulary.organisationHeads.has(word) || vocabulary.placeHeads.has(word)) return true
  }
  return false
}

/**
 * The name word at `index`, after an "and" inside an organisation's name, goes on with it, unless
 * it opens a name of its own: another organisation ("the University of Leeds and University College
 * London"), a place ("the Ministry of Defence and Ukraine"), a person ("the Institute of Physics and
 * Ann Lee", "the Department of Justice and Attorney General Ann Lee") or an acronym ("the
 * Department of Health and NHS England").
 */
function continuesOrganisation(scan: SentenceScan, index: number): boolean {
  const {vocabulary} = scan
  const {tokens} = scan.sentence
  const value = withoutPossessive(tokens.value(index)!)
  if (scan.titleAt(index) || vocabulary.organisationOpeners.has(value.toLowerCase()) || acronym(value)) return false
  if (!vocabulary.listedNames.has(value)) return true
  // "Housing and Urban Development": a given name before the field's last word is no person's.
  return vocabulary.givenNames.has(value) && tokens.spaced(index + 1) && tokens.word(index + 1) && vocabulary.portfolioWords.has(tokens.value(index + 1)!.toLowerCase())
}

/** The words between an organisation's first word and the rest of its name ("Ministry of Defence", "Institute for Fiscal Studies"). */
export const organisationConnectors: ReadonlySet<string> = new Set(['of', 'for', 'on'])

function joins(connector: string, before: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.nameParticles.has(connector)) return true
  if (!organisationConnectors.has(connector)) return false
  const word = before.toLowerCase()
  return vocabulary.organisationOpeners.has(word) || vocabulary.placeOpeners.has(word) || vocabulary.titles.has(word) || vocabulary.lawHeads.has(word)
}

/** The capitalised words from `index` end in a law's head word within four ("Crime Act" in "the Proceeds of Crime Act"). */
function lawNameAhead(scan: SentenceScan, index: number): boolean {
  const {tokens} = scan.sentence
  for (let at = index; at < index + 4 && tokens.word(at) && (at === index || tokens.spaced(at)) && scan.nameWord(at); at++) {
    if (scan.vocabulary.lawHeads.has(tokens.value(at)!.toLowerCase())) return true
  }
  return false
}

/**
 * "Russian President Vladimir Putin" is a place, a title and a person: a run is cut at each title
 * (with the words that make one title with it: "Prime Minister", "Secretary of State"), unless the
 * whole run names an organisation or a place ("General Motors", "Prince Edward Island"). The
 * pieces are added to the sentence's `found`.
 */
function splitAtTitles(found: SentenceCandidate[], tokens: TableSentence, first: number, run: Run, start: number, article: ArticleWords, vocabulary: Vocabulary, trace?: Tracer): void {
  let titles = false
  // A capitalised word's bits tell a title (`WordKind.title` marks the titles): only the few others in a run are looked up.
  for (let index = first; index <= run.last && !titles; index++) {
    if (!tokens.word(index)) continue
    titles = tokens.capital(index) ? (capitalWordBits(article, tokens.first + index) & WordKind.title) !== 0 : vocabulary.titles.has(withoutPossessive(tokens.value(index)!))
  }
  if (!titles) {
    found.push(candidate(tokens, first, run.last, start, run.end, false, undefined, run.possessive))
    return
  }
  const bare = (index: number) => withoutPossessive(tokens.value(index)!).toLowerCase()
  const wordIndices: number[] = []
  for (let index = first; index <= run.last; index++) if (tokens.word(index)) wordIndices.push(index)
  const lastWord = bare(wordIndices.at(-1)!)
  const whole = (from: number, to: number) => spanText(tokens, from, to)
  // "Minister of Communications", "Chief of Police", "Minister for Sport": a title whose "of" or "for" names the head word is a title.
  const titleOfHead = wordIndices.length >= 3 && organisationConnectors.has(bare(wordIndices.at(-2)!)) && vocabulary.titles.has(bare(wordIndices.at(-3)!))
  // "King Street", "Queen Victoria Square", "Sheikh Zayed Road": a place named for a titled person keeps
  // the title; a title before a given name and a head word ("Mr. Tom Park", "Insp Ann Lane"), or
  // before the head word alone ("President Park"), is a person's.
  // (Asked only of a run that ends in a place's head word.)
  const namedForTitle = () => {
    const firstWord = bare(wordIndices[0]!)
    const beforeHead = wordIndices.length === 2 || vocabulary.givenNames.has(tokens.value(wordIndices.at(-2)!)!)
    return !vocabulary.titles.has(firstWord) || vocabulary.possessiveNameOpeners.has(firstWord) || !beforeHead
  }
  if (run.innerPossessive || (!titleOfHead && vocabulary.organisationHeads.has(lastWord)) || (vocabulary.placeHeads.has(lastWord) && namedForTitle()) || vocabulary.organisations.has(whole(first, run.last)) || vocabulary.places.has(whole(first, run.last))) {
    found.push(candidate(tokens, first, run.last, start, run.end, false, undefined, run.possessive))
    return
  }
  let pieceStart = 0
  let titled = false
  // "Billy King", "Janice Leader": a title word that ends the run right after a given name is the surname.
  const surnameAfterGivenName = (position: number) =>
    position === wordIndices.length - 1 && position > 0 && vocabulary.givenNames.has(tokens.value(wordIndices[position - 1]!)!)
  // "Department of Justice", "Court of Justice": a title after an organisation's "of" or "for" names what the organisation does.
  const namesOrganisationsWork = (position: number) =>
    position >= 2 && organisationConnectors.has(bare(wordIndices[position - 1]!)) && vocabulary.organisationOpeners.has(bare(wordIndices[position - 2]!))
  // The title's first word: the modifiers before it ("Prime", "Deputy"), back to the piece's start.
  const modifiedFrom = (at: number) => {
    while (at > pieceStart && vocabulary.titleModifiers.has(bare(wordIndices[at - 1]!))) at--
    return at
  }
  for (let position = 0; position < wordIndices.length; position++) {
    if (!vocabulary.titles.has(bare(wordIndices[position]!)) || namesOrganisationsWork(position) || surnameAfterGivenName(position)) continue
    let groupStart = modifiedFrom(position)
    // "Tourism Minister", "Homeland Security Secretary", "Former Urban Development Minister": a field
    // before a title is the title's, and so is the word that says which field, unless it names a place
    // ("Kenya Tourism Minister").
    if (groupStart > pieceStart && vocabulary.portfolioWords.has(bare(wordIndices[groupStart - 1]!))) {
      groupStart--
      if (groupStart > pieceStart && !vocabulary.places.has(withoutPossessive(tokens.value(wordIndices[groupStart - 1]!)!))) groupStart--
      groupStart = modifiedFrom(groupStart)
    }
    let groupEnd = position
    // "Chief Executive Ann Lee", "Chief Economist Tom Hale": a role right after a title, before the name, is the title's.
    if (groupEnd + 2 < wordIndices.length && vocabulary.roles.has(bare(wordIndices[groupEnd + 1]!))) groupEnd++
    // "Secretary of State", "Minister for Europe": the word after "of" or "for" belongs to the title,
    // or the words up to a given name with a surname after it ("Secretary of Homeland Security Ann Lee",
    // "Representative for South Sudan Tom Hale").
    while (groupEnd + 2 < wordIndices.length && (bare(wordIndices[groupEnd + 1]!) === 'of' || bare(wordIndices[groupEnd + 1]!) === 'for')) {
      groupEnd += 2
      // "Minister of Foreign Affairs", "Secretary of Homeland Security": the field's last words.
      while (groupEnd + 1 < wordIndices.length && vocabulary.portfolioWords.has(bare(wordIndices[groupEnd + 1]!))) groupEnd++
      for (let next = groupEnd + 1; next + 1 < wordIndices.length && next <= groupEnd + 3; next++) {
        if (!vocabulary.givenNames.has(tokens.value(wordIndices[next]!)!)) continue
        groupEnd = next - 1
        break
      }
    }
    if (groupStart > pieceStart) found.push(piece(pieceStart, groupStart - 1, titled, bare(wordIndices[position]!)))
    trace?.('title', tokens.start(wordIndices[groupStart]!), tokens.end(wordIndices[groupEnd]!))
    titled = true
    pieceStart = groupEnd + 1
    position = groupEnd
  }
  if (pieceStart < wordIndices.length) found.push(piece(pieceStart, wordIndices.length - 1, titled, undefined))

  function piece(from: number, to: number, titledBefore: boolean, titleAfter: string | undefined): SentenceCandidate {
    const firstToken = wordIndices[from]!
    const lastToken = to === wordIndices.length - 1 ? run.last : wordIndices[to]!
    const pieceStartOffset = from === 0 ? start : tokens.start(firstToken)
    const end = lastToken === run.last ? run.end : tokens.end(lastToken)
    return candidate(tokens, firstToken, lastToken, pieceStartOffset, end, titledBefore, titleAfter, lastToken === run.last && run.possessive)
  }
}

function spanText(tokens: TableSentence, from: number, to: number): string {
  let value = ''
  for (let index = from; index <= to; index++) value += (index > from && tokens.spaced(index) ? ' ' : '') + tokens.value(index)!
  return withoutPossessive(value)
}

function candidate(tokens: TableSentence, first: number, last: number, start: number, end: number, titled: boolean, titleAfter: string | undefined, possessive: boolean): SentenceCandidate {
  const words: string[] = []
  let word = ''
  for (let index = first; index <= last; index++) {
    const tokenStart = tokens.start(index)
    const from = Math.max(tokenStart, start) - tokenStart
    const to = Math.min(tokens.end(index), end) - tokenStart
    if (to <= from) continue
    if (tokens.spaced(index) && word) {
      words.push(word)
      word = ''
    }
    word += tokens.value(index)!.slice(from, to)
  }
  if (word) words.push(word)
  return new SentenceCandidate(start, end, words, tokens, first, last, titled, titleAfter, possessive)
}

/**
 * A candidate whose lower-case words and the words around it are read when a rule first asks for
 * them: most candidates are typed by a list before any rule does, and building them all cost
 * more than the rest of making a candidate.
 */
class SentenceCandidate implements Candidate {
  name: string
  numbered = false
  #lowerWords: string[] | undefined
  #lastLowerWord: string | undefined
  #before: string[] | undefined
  #nearestBefore: string | null | undefined
  #nearestAfter: string | null | undefined
  #after: string[] | undefined
  #place: string | null | undefined
  #tokens: Token[] | undefined

  constructor(
    public start: number,
    public end: number,
    public words: string[],
    readonly sentence: SentenceTokens,
    public first: number,
    public last: number,
    public titled: boolean,
    public titleAfter: string | undefined,
    public possessive: boolean
  ) {
    this.name = words.length === 1 ? words[0]! : words.join(' ')
  }

  /** The sentence's tokens as objects, made when a rule first asks for them. */
  get tokens(): Token[] {
    return (this.#tokens ??= this.sentence instanceof ListSentence ? [...this.sentence.tokens] : (this.sentence as TableSentence).objects())
  }

  set tokens(tokens: Token[]) {
    this.#tokens = tokens
  }

  /** The place the candidate names whatever the lists say of its words (a state's abbreviation where a state stands). */
  set place(name: string) {
    this.#place = name
  }

  /** See `candidatePlace`. */
  placeIn(vocabulary: Vocabulary): string | undefined {
    if (this.#place === undefined) this.#place = placeNamed(vocabulary, this.name) ?? null
    return this.#place ?? undefined
  }

  /** One of `lowerWords`, without making them all: most candidates ask only their last, and match no rule. */
  lowerWord(index: number): string {
    if (this.#lowerWords !== undefined) return this.#lowerWords[index]!
    return index === this.words.length - 1 ? (this.#lastLowerWord ??= lowerWord(this.words[index]!)) : lowerWord(this.words[index]!)
  }

  /** One of `before`, or of `after`, without making the list; the nearest word before, which three rules ask, is put in lower case once. */
  wordBefore(nth: number): string | undefined {
    if (this.#before !== undefined) return this.#before[nth]
    if (nth !== 0) return wordBefore(this.sentence, this.first, nth)
    if (this.#nearestBefore === undefined) this.#nearestBefore = wordBefore(this.sentence, this.first, 0) ?? null
    return this.#nearestBefore ?? undefined
  }

  /** The nearest word after, which four rules ask, is read once. */
  wordAfter(nth: number): string | undefined {
    if (this.#after !== undefined) return this.#after[nth]
    if (nth !== 0) return wordAfter(this.sentence, this.last, nth)
    if (this.#nearestAfter === undefined) this.#nearestAfter = wordAfter(this.sentence, this.last, 0) ?? null
    return this.#nearestAfter ?? undefined
  }

  get lowerWords(): string[] {
    return (this.#lowerWords ??= this.words.map(lowerWord))
  }

  set lowerWords(words: string[]) {
    this.#lowerWords = words
  }

  get before(): string[] {
    return (this.#before ??= wordsBefore(this.sentence, this.first, 2))
  }

  set before(words: string[]) {
    this.#before = words
  }

  get after(): string[] {
    return (this.#after ??= wordsAfter(this.sentence, this.last, 4))
  }

  set after(words: string[]) {
    this.#after = words
  }
}

/** The tokens of a candidate's sentence, read by index without making an object a token. */
export function candidateTokens(candidate: Candidate): SentenceTokens {
  return candidate instanceof SentenceCandidate ? candidate.sentence : new ListSentence(candidate.tokens)
}

/**
 * The place a candidate names (see `placeNamed`), asked once a candidate: the known-place rule
 * asks it, and naming the mention asks it again.
 */
export function candidatePlace(candidate: Candidate, vocabulary: Vocabulary): string | undefined {
  return candidate instanceof SentenceCandidate ? candidate.placeIn(vocabulary) : placeNamed(vocabulary, candidate.name)
}

/** A word in lower case, without the full stop of an abbreviation ("Inc.": "inc"). */
export const lowerWord = (word: string) => (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase()

function wordsBefore(tokens: SentenceTokens, first: number, count: number): string[] {
  const words: string[] = []
  for (let nth = 0; nth < count; nth++) {
    const word = wordBefore(tokens, first, nth)
    if (word === undefined) break
    words.push(word)
  }
  return words
}

/** The `nth` word before the token at `first`, nearest first, in lower case (see `Candidate.before`). */
function wordBefore(tokens: SentenceTokens, first: number, nth: number): string | undefined {
  for (let index = first - 1; index >= first - 1 - nth; index--) if (index < 0 || !tokens.word(index) || !tokens.spaced(index + 1)) return undefined
  return tokens.value(first - 1 - nth)!.toLowerCase()
}

function wordsAfter(tokens: SentenceTokens, last: number, count: number): string[] {
  const words: string[] = []
  for (let nth = 0; nth < count; nth++) {
    const word = wordAfter(tokens, last, nth)
    if (word === undefined) break
    words.push(word)
  }
  return words
}

/** The `nth` word after the token at `last`, as written (see `Candidate.after`). */
function wordAfter(tokens: SentenceTokens, last: number, nth: number): string | undefined {
  for (let index = last + 1; index <= last + 1 + nth; index++) if (!tokens.word(index) || !tokens.spaced(index)) return undefined
  return tokens.value(last + 1 + nth)
}

/** What the rules ask of a candidate's words: from the candidate's lists, or read one word at a time for one the stage made. */
export const candidateWords = {
  lower: (candidate: Candidate, index: number): string => (candidate instanceof SentenceCandidate ? candidate.lowerWord(index) : candidate.lowerWords[index]!),
  before: (candidate: Candidate, nth: number): string | undefined => (candidate instanceof SentenceCandidate ? candidate.wordBefore(nth) : candidate.before[nth]),
  after: (candidate: Candidate, nth: number): string | undefined => (candidate instanceof SentenceCandidate ? candidate.wordAfter(nth) : candidate.after[nth])
}

/** One to three digits. */
export function smallNumber(value: string): boolean {
  if (value.length > 3) return false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return true
}

const pluralAcronym = (value: string) => value.length > 2 && value.endsWith('s') && acronymUpTo(value, value.length - 1)

/**
 * "Fresno, Calif., said", "Sen. Ann Lee, D-Wash.,", "in Salem, Ore.": a state's abbreviation after
 * a town's comma or a lawmaker's party names the state, full stop included. Elsewhere "Wash." and
 * "Mass." are words, so the lists alone do not make them places.
 */
function stateAbbreviation(candidate: SentenceCandidate, vocabulary: Vocabulary): boolean {
  const {sentence: tokens, first} = candidate
  if (candidate.words.length !== 1) return false
  const afterParty = candidate.start !== tokens.start(first)
  if (!afterParty && (tokens.value(first - 1) !== ',' || !tokens.word(first - 2))) return false
  const word = candidate.words[0]!
  const withStop = !word.endsWith('.') && tokens.value(candidate.last + 1) === '.' && !tokens.spaced(candidate.last + 1)
  const written = withStop ? `${word}.` : word
  const state = vocabulary.stateAbbreviations.get(written)
  if (state === undefined) return false
  if (withStop) {
    candidate.last += 1
    candidate.end = tokens.end(candidate.last)
    candidate.words = [written]
    candidate.name = written
    candidate.lowerWords = [lowerWord(written)]
  }
  candidate.place = state
  return true
}

/** "38 North", "20th Century Studios": capitalised words right after a small number are a name with it, not a place; "5 Russians", "30 December" and "12 NATO jets" are not. */
function numberName(candidate: SentenceCandidate, vocabulary: Vocabulary): void {
  const {sentence: tokens, first} = candidate
  const word = candidate.words[0]!
  // (A word of more than three letters is passed over before its string is cut.)
  if (!tokens.word(first - 1) || !tokens.spaced(first) || tokens.end(first - 1) - tokens.start(first - 1) > 3 || !smallNumber(tokens.value(first - 1)!) || candidate.start !== tokens.start(first)) return
  if (candidate.words.at(-1)!.endsWith('s') || vocabulary.places.has(word) || vocabulary.notNames.has(word) || acronym(word)) return
  candidate.start = tokens.start(first - 1)
  candidate.first -= 1
  candidate.words = [tokens.value(first - 1)!, ...candidate.words]
  candidate.name = candidate.words.join(' ')
  candidate.lowerWords = candidate.words.map(lowerWord)
  candidate.before = wordsBefore(tokens, candidate.first, 2)
  candidate.numbered = true
}
