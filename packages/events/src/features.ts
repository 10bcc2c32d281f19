import type {ArticleRecord, EventSource, MentionRef, Span} from '@tidings/core'
import {dayNumber, parseDay} from '@tidings/lexicon'
import {defaultSiteWords, leadSites, type SiteMention} from './sites.js'
import {mainClause} from './what.js'

/** A sentence that carries a date the event may have happened on. */
export interface DatedSentence {
  /** The day, YYYY-MM-DD, or XXXX-MM-DD when the year is not known. */
  day: string
  mention: MentionRef
  sentence: MentionRef
  /** The sentence's content words, without the date: what it says happened. */
  words: ReadonlySet<string>
}

export interface QuantityMention {
  dimension: string
  unit?: string
  value: number
  of?: string
  /**
   * The head nouns of what is counted, singular: ["drone", "missile"] for "500 drones and
   * missiles", where the quantity's `of` names the first and the coordinated noun follows it.
   */
  heads?: string[]
  bound: string
  mention: MentionRef
  /** Stated in the article's opening sentences, where it says what matters most. */
  inLead: boolean
}

/** What the events stage reads of an article: its terms, and the summary it keeps. */
export interface ArticleFeatures extends ArticleSummary {
  words: Map<string, number>
  names: Map<string, number>
  numbers: Map<string, number>
}

/** What the events stage keeps of an article once its terms are weighted: its index entry, not the article. */
export interface ArticleSummary {
  id: string
  source: EventSource
  /** Days since 1970-01-01 of the publication date, when the article has one. */
  publishedDay?: number
  /** The headline the document or the clean stage gives, if any. */
  headline?: string
  /** The first sentence long enough to say what happened. */
  lead: string
  /** Years of the dates the article mentions. */
  years: ReadonlySet<string>
  /** Resolved dates (YYYY-MM or YYYY-MM-DD) the article mentions. */
  dates: ReadonlySet<string>
  dated: DatedSentence[]
  quantities: QuantityMention[]
  /** The day the lead's first dated sentence names, else the publication day: the day the article reports. */
  reportedDay?: string
  /** The words of the lead that name the reported day ("on Sunday"); none when it is the publication day. */
  reportedAs?: string
  /** The people, organisations and other names the article mentions, one entry per canonical name. */
  actors: NamedMention[]
  /** The surname of the person the article is about (see `mainPerson`), lower case, when it is about one. */
  mainPerson?: string
  /** The last words of the names it mentions, lower case: one outlet writes "Tara Reid", another "Reid". */
  surnames: string[]
  /** The places the article mentions, one entry per place on the map. */
  places: PlaceMention[]
  /** The places its headline or opening sentences name: where the reported event happened. */
  leadPlaces: PlaceMention[]
  /** The named buildings and grounds its opening sentences place the news at ("at the Elden Palace"). */
  sites: SiteMention[]
  duplicateOf?: string
}

/** How often and how early an article names one actor or place. */
export interface Prominence {
  mentions: number
  /** Index of the sentence of the first mention: 0 is the lead. */
  firstSentence: number
  /** Which word of the headline names it, when the headline does: the subject comes first. */
  headlineWord?: number
}

export interface NamedMention extends Prominence {
  name: string
  type: 'person' | 'organisation' | 'place' | 'other'
}

export interface PlaceMention extends Prominence {
  /** The gazetteer id: two names of one place ("Ukraine", "Ukrainian") are one entry. */
  key: string
  name: string
  country: string
  /** The first-level division the place is in, when it is inside one (a country is not). */
  admin1?: string
  lat: number
  lon: number
}

const wordPattern = /\p{L}[\p{L}\p{M}'’-]*/gu
/** A word's closing apostrophe or hyphen ("Reuters'"): the word pattern ends with at most a few. */
const trailingMarks = /(?<=\p{L}|\p{M})['’-]{1,8}$/u
const dayValue = /^(\d{4}|XXXX)-(\d{2})-(\d{2})/
const resolvedValue = /^\d{4}-\d{2}(?:-\d{2})?/
/** The opening sentences say what the article is about; they count this much more. */
const leadWeight = 1.5
const leadSentences = 2
/** Sentences in which a date says when the reported event happened; later ones tell background. */
const reportingSentences = 3

export function readFeatures(record: ArticleRecord, stopWords: ReadonlySet<string>, siteWords: ReadonlySet<string> = defaultSiteWords): ArticleFeatures {
  const text = record.text
  const sentences: Span[] = record.sentences.length > 0 ? record.sentences : [{start: 0, end: text.length}]
  const words = new Map<string, number>()
  const names = new Map<string, number>()
  const sentenceWords = new Map<number, Set<string>>()
  sentences.forEach((sentence, index) => {
    const weight = index < leadSentences ? leadWeight : 1
    const seen = new Set<string>()
    let first = true
    for (const match of text.slice(sentence.start, sentence.end).matchAll(wordPattern)) {
      const word = match[0]
      const lower = word.toLowerCase().replace(trailingMarks, '')
      const isName = !first && word[0] !== lower[0]
      first = false
      if (lower.length < 2 || stopWords.has(lower)) continue
      const stem = singular(lower)
      seen.add(stem)
      add(words, stem, weight)
      if (isName) add(names, lower, weight)
    }
    sentenceWords.set(sentence.start, seen)
  })

  const numbers = new Map<string, number>()
  const quantities: QuantityMention[] = []
  for (const quantity of record.quantities ?? []) {
    add(numbers, String(quantity.value), 1)
    const mention = ref(record, quantity)
    const normalized = quantity.normalized
    const item: QuantityMention = {
      dimension: quantity.dimension,
      value: normalized?.value ?? quantity.value,
      bound: quantity.bound,
      mention,
      inLead: sentenceIndex(sentences, quantity.start) < reportingSentences
    }
    if (normalized) item.unit = normalized.unit
    else if (quantity.unit) item.unit = quantity.unit.symbol
    if (quantity.of) {
      item.of = quantity.of.toLowerCase()
      const heads = [...headsOf(item.of), coordinatedNoun(text, quantity.end)].filter((head) => head !== undefined)
      if (heads.length > 0) item.heads = [...new Set(heads)]
    }
    quantities.push(item)
  }

  const years = new Set<string>()
  const dates = new Set<string>()
  const dated: DatedSentence[] = []
  for (const date of record.dates ?? []) {
    if (date.type !== 'DATE' && date.type !== 'TIME') continue
    const resolved = resolvedValue.exec(date.value)
    if (resolved) {
      years.add(date.value.slice(0, 4))
      dates.add(resolved[0])
    }
    const day = dayValue.exec(date.value)
    if (day) add(numbers, `${day[2]}-${day[3]}`, 1)
    const sentence = sentences.find((span) => span.start <= date.start && date.end <= span.end)
    if (!day || !sentence) continue
    const dateWords = new Set(wordsOf(date.text))
    const said = [...(sentenceWords.get(sentence.start) ?? [])].filter((word) => !dateWords.has(word))
    dated.push({day: day[0], mention: ref(record, date), sentence: ref(record, sentence), words: new Set(said)})
  }

  const headline = record.title ?? record.metadata?.headline
  const places = placeMentions(record, sentences, headline)
  const actors = namedMentions(record, sentences, headline)
  const features: ArticleFeatures = {
    id: record.id,
    source: eventSource(record),
    lead: leadOf(record, sentences),
    words,
    names,
    numbers,
    years,
    dates,
    dated,
    quantities,
    actors,
    surnames: [...new Set(actors.map((actor) => surname(actor.name)))],
    places,
    leadPlaces: places.filter((place) => place.headlineWord !== undefined || place.firstSentence < reportingSentences),
    sites: leadSites(record, sentences, reportingSentences, siteWords)
  }
  const publishedAt = record.publishedAt ?? record.metadata?.publishedAt
  const publishedDay = epochDay(publishedAt)
  if (publishedDay !== undefined) features.publishedDay = publishedDay
  const reported = reportedDayOf(record, sentences, publishedAt)
  if (reported) features.reportedDay = reported.day
  if (reported?.as) features.reportedAs = reported.as
  if (headline) features.headline = headline
  const person = mainPerson(actors)
  if (person) features.mainPerson = surname(person.name)
  if (record.duplicateOf) features.duplicateOf = record.duplicateOf.article
  return features
}

/** "and" or "or", then up to three words: the nouns a count goes on to name ("40 boats and ferries"). */
const coordination = /^\s{1,4}(?:and|or|&)\s{1,4}(\p{L}{1,40})(?:\s{1,4}(\p{L}{1,40}))?(?:\s{1,4}(\p{L}{1,40}))?/iu
/** Words that end a coordinated noun phrase: what follows them is no longer the thing counted. */
const phraseEnd = new Set(['in', 'at', 'on', 'to', 'for', 'from', 'by', 'with', 'into', 'over', 'during', 'since', 'across', 'against', 'that', 'which', 'who', 'were', 'was', 'are', 'is', 'had', 'have'])

/** The head noun of each coordinated part of a counted thing: "ferries and boats" is ferry and boat. */
export function headsOf(counted: string): string[] {
  return counted
    .split(/\s(?:and|or|&)\s/u)
    .map((part) => wordsOf(part).at(-1))
    .filter((head) => head !== undefined)
}

/**
 * The plural noun coordinated right after a count's counted thing: "missiles" in "500 drones and
 * missiles in five days", "ferries" in "12 boats or ferries". Words up to the first that ends the phrase.
 */
function coordinatedNoun(text: string, end: number): string | undefined {
  const match = coordination.exec(text.slice(end, end + 140))
  if (!match) return undefined
  const words: string[] = []
  for (const word of match.slice(1)) {
    if (word === undefined || phraseEnd.has(word.toLowerCase())) break
    words.push(word.toLowerCase())
  }
  const plural = words.findLast((word) => /[^su]s$/.test(word))
  return plural === undefined ? undefined : singular(plural)
}

const dayOf = /^\d{4}-\d{2}-\d{2}/
const momentOf = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?/
const relativePronoun = /^\s*(?:who|which|whose)\s/i

/**
 * The day the article reports: the first day its opening sentences give for a happening, else its
 * publication day (a report that names no day tells today's news). A date later than the
 * publication is a plan, not the happening ("will meet on Friday"), and a date inside a relative
 * clause tells the background of someone or something ("Varga, who took office on Monday, said").
 */
function reportedDayOf(
  record: ArticleRecord,
  sentences: ReadonlyArray<Span>,
  publishedAt: string | null | undefined
): {day: string; as?: string} | undefined {
  const published = publishedAt ? momentOf.exec(publishedAt)?.[0] : undefined
  const opening = [...(record.dates ?? [])].filter((date) => date.type === 'DATE' || date.type === 'TIME').sort((a, b) => a.start - b.start)
  for (const date of opening) {
    const index = sentenceIndex(sentences, date.start)
    if (index >= reportingSentences) break
    const day = dayOf.exec(date.value)?.[0]
    if (!day || (published && later(date.value, published)) || inRelativeClause(record.text, sentences[index]!, date.start)) continue
    return {day, as: date.text}
  }
  return published ? {day: published.slice(0, 10)} : undefined
}

/** The date's day, or its time on the same day when both give one, comes after the publication. */
function later(value: string, published: string): boolean {
  const moment = momentOf.exec(value)?.[0] ?? value
  const comparable = moment.length === published.length ? [moment, published] : [moment.slice(0, 10), published.slice(0, 10)]
  return comparable[0]! > comparable[1]!
}

/** The clause between the last comma before the date and the date opens with who, which or whose. */
function inRelativeClause(text: string, sentence: Span, start: number): boolean {
  const comma = text.lastIndexOf(',', start)
  return comma >= sentence.start && relativePronoun.test(text.slice(comma + 1, start))
}

/** The sentence that holds an offset, by binary search over the sorted sentence spans. */
function sentenceIndex(sentences: ReadonlyArray<Span>, offset: number): number {
  let low = 0
  let high = sentences.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (sentences[middle]!.start <= offset) low = middle
    else high = middle - 1
  }
  return low
}

function namedMentions(record: ArticleRecord, sentences: ReadonlyArray<Span>, headline: string | undefined): NamedMention[] {
  const byName = new Map<string, NamedMention>()
  // A name the entities stage left untyped, or read as a person's, that the places stage put on the
  // map is a place: "Bologna" alone is untyped, and "in Thornton Heath" opens with a given name.
  const placeSpans = new Set((record.places ?? []).map((place) => `${place.start}:${place.end}`))
  for (const entity of record.entities ?? []) {
    if (agencyCredit(record.text, entity)) continue
    const seen = byName.get(entity.name)
    if (seen) seen.mentions++
    else {
      const type = (entity.type === 'other' || entity.type === 'person') && placeSpans.has(`${entity.start}:${entity.end}`) ? 'place' : entity.type
      byName.set(entity.name, {name: entity.name, type, ...firstMention(entity.name, entity.start, sentences, headline)})
    }
  }
  return mostProminent([...byName.values()])
}

/** "MILAN (Reuters) -", "WASHINGTON (AP) —": the agency a dateline credits wrote the story, and did nothing in it. */
function agencyCredit(text: string, span: Span): boolean {
  return text.charAt(span.start - 1) === '(' && text.charAt(span.end) === ')' && datelineDash.test(text.slice(span.end + 1, span.end + 6))
}

const datelineDash = /^\s*(?:--?|[–—])/

/**
 * One entry per place on the map, named as the article writes it most often ("UK" rather than the
 * gazetteer's "United Kingdom"). Adjectives and demonyms ("British officials") say whose, not where:
 * they are left out.
 */
function placeMentions(record: ArticleRecord, sentences: ReadonlyArray<Span>, headline: string | undefined): PlaceMention[] {
  const byKey = new Map<string, PlaceMention>()
  const written = new Map<string, Map<string, number>>()
  for (const place of record.places ?? []) {
    if (place.adjective || place.modifier) continue
    const key = String(place.geonameId)
    const forms = written.get(key) ?? new Map<string, number>()
    written.set(key, forms.set(place.text, (forms.get(place.text) ?? 0) + 1))
    const seen = byKey.get(key)
    if (seen) {
      seen.mentions++
      const word = headlineWord(headline, place.text)
      if (word !== undefined && word < (seen.headlineWord ?? Number.POSITIVE_INFINITY)) seen.headlineWord = word
    } else {
      const {country, lat, lon, admin1} = place
      const mention: PlaceMention = {key, name: place.text, country, lat, lon, ...firstMention(place.text, place.start, sentences, headline)}
      if (admin1) mention.admin1 = admin1
      byKey.set(key, mention)
    }
  }
  for (const [key, mention] of byKey) mention.name = mostWritten(written.get(key)!)
  return mostProminent([...byKey.values()])
}

/** The form written most often; the first written among equals. */
function mostWritten(forms: ReadonlyMap<string, number>): string {
  let best = ''
  let count = 0
  for (const [form, times] of forms) {
    if (times > count) {
      best = form
      count = times
    }
  }
  return best
}

/** Mentions that make a person the one an article is about, rather than a passing or misread name. */
const mainPersonMentions = 2

/** The person an article is about: of those its headline or opening sentences name, the one named most, at least twice. */
function mainPerson(actors: ReadonlyArray<NamedMention>): NamedMention | undefined {
  let best: NamedMention | undefined
  for (const actor of actors) {
    if (actor.type !== 'person' || actor.mentions < mainPersonMentions || (actor.firstSentence >= reportingSentences && actor.headlineWord === undefined)) continue
    if (!best || actor.mentions > best.mentions) best = actor
  }
  return best
}

function surname(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase()
}

/** Names and places an article keeps in the index: enough for who and where, and a bounded memory. */
const keptMentions = 20

function mostProminent<T extends Prominence>(mentions: T[]): T[] {
  if (mentions.length <= keptMentions) return mentions
  const kept = new Set(
    [...mentions]
      .sort((a, b) => Number(b.headlineWord !== undefined) - Number(a.headlineWord !== undefined) || b.mentions - a.mentions || a.firstSentence - b.firstSentence)
      .slice(0, keptMentions)
  )
  return mentions.filter((mention) => kept.has(mention))
}

function firstMention(name: string, start: number, sentences: ReadonlyArray<Span>, headline: string | undefined): Prominence {
  const prominence: Prominence = {mentions: 1, firstSentence: sentenceIndex(sentences, start)}
  const word = headlineWord(headline, name)
  if (word !== undefined) prominence.headlineWord = word
  return prominence
}

/** Past every word of a headline's main clause: names in a label before a colon rank after the clause's. */
const outsideClause = 1000

/**
 * The first headline word that names it, by its last word ("Varga" for "Ines Varga": headlines
 * call people by their surname), counted in the headline's main clause, where the subject comes
 * first; a name only in the rest of the headline ranks after every name in the clause.
 */
function headlineWord(headline: string | undefined, name: string): number | undefined {
  const last = wordsOf(name).at(-1)
  if (!headline || last === undefined) return undefined
  const inClause = wordsOf(mainClause(headline)).indexOf(last)
  if (inClause !== -1) return inClause
  const at = wordsOf(headline).indexOf(last)
  return at === -1 ? undefined : outsideClause + at
}

function eventSource(record: ArticleRecord): EventSource {
  const source: EventSource = {article: record.id}
  const outlet = record.source ?? record.metadata?.source ?? hostname(record.url ?? record.metadata?.url)
  if (outlet) source.outlet = outlet
  const url = record.url ?? record.metadata?.url
  if (url) source.url = url
  const publishedAt = record.publishedAt ?? record.metadata?.publishedAt
  if (publishedAt) source.publishedAt = publishedAt
  if (record.duplicateOf) source.duplicateOf = record.duplicateOf.article
  return source
}

const longestTitle = 200
/** A lead shorter than this is a label or a stray mark, not a sentence that says what happened. */
const titleWords = 5

function leadOf(record: ArticleRecord, sentences: ReadonlyArray<Span>): string {
  const spans = sentences.map((span) => record.text.slice(span.start, span.end).trim())
  const lead = spans.find((sentence) => sentence.split(/\s+/).length >= titleWords) ?? spans[0] ?? ''
  return lead.length > longestTitle ? `${lead.slice(0, longestTitle - 1).trimEnd()}…` : lead
}

function hostname(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return undefined
  }
}

function epochDay(value: string | null | undefined): number | undefined {
  const day = value ? parseDay(value) : undefined
  return day ? dayNumber(day) : undefined
}

function ref(record: ArticleRecord, span: Span): MentionRef {
  return {article: record.id, start: span.start, end: span.end, text: record.text.slice(span.start, span.end)}
}

function wordsOf(text: string): string[] {
  return [...text.matchAll(wordPattern)].map((match) => singular(match[0].toLowerCase()))
}

/** "missiles" and "missile" are one word to a reader; a crude plural rule is enough for matching. */
function singular(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

function add(counts: Map<string, number>, key: string, weight: number): void {
  counts.set(key, (counts.get(key) ?? 0) + weight)
}
