import type {ArticleRecord, Span} from '@tidings/core'

/**
 * Head nouns of named buildings and grounds: a name of two words or more that ends in one ("the
 * Elden Palace", "Ashford Stadium", "Mill Street") is a site. Lower case; `events({siteWords})` adds to them.
 */
export const defaultSiteWords: ReadonlySet<string> = new Set([
  'airport',
  'arena',
  'avenue',
  'barracks',
  'bridge',
  'building',
  'castle',
  'cathedral',
  'center',
  'centre',
  'chapel',
  'church',
  'embassy',
  'field',
  'gardens',
  'hall',
  'hospital',
  'hotel',
  'house',
  'library',
  'mall',
  'market',
  'memorial',
  'mosque',
  'museum',
  'palace',
  'park',
  'pier',
  'plaza',
  'prison',
  'square',
  'stadium',
  'station',
  'street',
  'synagogue',
  'temple',
  'terminal',
  'theater',
  'theatre',
  'tower'
])

/**
 * A preposition that puts what the sentence tells at the name after it: "at", "outside", "in
 * front of", with or without "the". Anchored at the end of the few characters before the name.
 */
const locative = /(?:^|[\s,(])(?:at|in|inside|outside|near|on|beside|behind|opposite|in front of)\s{1,3}(?:the\s{1,3})?$/i
/** Characters before a name that can hold its preposition and article. */
const lookBehind = 20

/** A named site an article's opening sentences place their news at. */
export interface SiteMention {
  name: string
  mentions: number
  /** Index of the sentence of the first such mention. */
  firstSentence: number
  /**
   * The gazetteer ids of the places the site may be in, as far as the article says: those named in
   * a sentence with it, or in its own name ("Ashford Arena" is in Ashford).
   */
  towns: string[]
}

/**
 * The named sites the opening sentences place what they tell at: "protesters gathered outside
 * Ashford Stadium", "the leaders met at the Elden Palace". A site named without such a preposition
 * ("the Elden Palace said") acts, and is not where anything happened.
 */
export function leadSites(record: ArticleRecord, sentences: ReadonlyArray<Span>, openingSentences: number, siteWords: ReadonlySet<string>): SiteMention[] {
  const opening = sentences.slice(0, openingSentences)
  const byName = new Map<string, SiteMention>()
  for (const entity of record.entities ?? []) {
    if (entity.type === 'person') continue
    const words = entity.name.split(/\s+/)
    if (words.length < 2 || !siteWords.has(words.at(-1)!.toLowerCase())) continue
    const sentence = opening.findIndex((span) => span.start <= entity.start && entity.end <= span.end)
    if (sentence === -1) continue
    const before = record.text.slice(Math.max(opening[sentence]!.start, entity.start - lookBehind), entity.start)
    if (!locative.test(before)) continue
    const seen = byName.get(entity.name) ?? {name: entity.name, mentions: 0, firstSentence: sentence, towns: []}
    byName.set(entity.name, seen)
    seen.mentions++
    const span = opening[sentence]!
    for (const place of record.places ?? []) {
      const town = String(place.geonameId)
      const named = (span.start <= place.start && place.end <= span.end) || entity.name.includes(place.text)
      if (named && !seen.towns.includes(town)) seen.towns.push(town)
    }
  }
  return [...byName.values()]
}
