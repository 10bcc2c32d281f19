import {type ArticleRecord, checkOptions, type CorpusStage, type EventRecord, lazySchema, type TidingsRecord} from '@tidings/core'
import {type ClusteredEvent, type ClusterSettings, EventIndex, type Vector} from './cluster.js'
import {type ArticleFeatures, type ArticleSummary, readFeatures} from './features.js'
import type {EventIndexStore} from './index-store.js'
import {eventRecord, type RecordSettings} from './record.js'
import {defaultSiteWords} from './sites.js'
import {defaultStopWords} from './stopwords.js'

export {defaultSiteWords} from './sites.js'
export {defaultStopWords} from './stopwords.js'
export type {ArticleSummary} from './features.js'
export {
  type BatchOutcome,
  decodeArticle,
  decodeSummary,
  encodeArticle,
  encodeSummary,
  type EventIndexStore,
  type Groups,
  type IndexedArticle,
  type Neighbourhood,
  type Vector
} from './index-store.js'

const OptionsSchema = lazySchema(({type}) => type({
  'threshold?': '0 < number < 1',
  'weights?': {words: 'number >= 0', names: 'number >= 0', numbers: 'number >= 0'},
  'attachThreshold?': '0 < number < 1',
  'apartFactor?': '0 <= number <= 1',
  'maxDaysApart?': 'number.integer >= 0',
  'maxKmApart?': 'number >= 0',
  'factTolerance?': '0 <= number < 1',
  'sameHappening?': '0 < number <= 1',
  'passingFacts?': 'boolean',
  'stopWords?': 'string[]',
  'siteWords?': 'string[]',
  'store?': 'object'
}))

export interface Options {
  /** Average similarity from which two groups of articles report one event (default 0.24). */
  threshold?: number
  /** Average similarity from which a group of at most three articles joins the larger event it is most like (default 0.1). */
  attachThreshold?: number
  /** Weights of the cosine similarities of content words, names and numbers (default 0.3, 0.4, 0.3). */
  weights?: {words: number; names: number; numbers: number}
  /** Factor on the similarity of articles whose dates name only different years, that were published far apart, or that are each about a place or a person the other does not name (default 0.3). */
  apartFactor?: number
  /** Publication dates further apart than this many days count as far apart (default 90). */
  maxDaysApart?: number
  /** Places further apart than this many km are two places, for articles each about a place the other does not name (default 150). */
  maxKmApart?: number
  /** Quantities within this relative distance are one fact (default 0.05: 550 mi, 560 mi and 900 km are one). */
  factTolerance?: number
  /** Share of content words that makes two sources' dated sentences one happening (default 0.5). */
  sameHappening?: number
  /** Keep facts that only one source of several states, once and past its opening sentences ("two armies"): default false. */
  passingFacts?: boolean
  /** Words added to `defaultStopWords`. */
  stopWords?: string[]
  /** Head nouns added to `defaultSiteWords`: a name ending in one is a building or ground ("Ashford Stadium"). */
  siteWords?: string[]
  /** Where the index lives (default: in this process's memory). `@tidings/queue` keeps it in Redis. */
  store?: EventIndexStore
}

export interface EventsStage extends CorpusStage {
  /** The index of every article seen, across batches: its size is what the stage keeps in memory. */
  readonly index: EventIndex
  /**
   * Cluster a batch that `records` reads afresh on each call (it is read twice), so that the batch
   * need not be held: the event records that gained articles, made one at a time as they are read,
   * and the ids of the events merged into them.
   */
  cluster(records: () => AsyncIterable<TidingsRecord>): Promise<{events: AsyncIterable<EventRecord>; emptied: string[]}>
}

/**
 * Story clustering: article records that report one real-world event become one event record with
 * its sources, dates, timeline, reconciled facts and conflicts. Article records pass through as they
 * come; the event records of the batch follow its last article. The index is kept across
 * `transform` calls, so a later batch joins the events of earlier ones.
 */
export function events(options: Options = {}): EventsStage {
  checkOptions('events', OptionsSchema, options)
  const cluster: ClusterSettings = {
    threshold: options.threshold ?? 0.24,
    smallGroup: 3,
    attachThreshold: options.attachThreshold ?? 0.1,
    weights: options.weights ?? {words: 0.3, names: 0.4, numbers: 0.3},
    apartFactor: options.apartFactor ?? 0.3,
    maxDaysApart: options.maxDaysApart ?? 90,
    maxKmApart: options.maxKmApart ?? 150,
    candidateTerms: 20,
    maxPostings: 200,
    maxEdges: 30
  }
  const record: RecordSettings = {factTolerance: options.factTolerance ?? 0.05, sameHappening: options.sameHappening ?? 0.5, passingFacts: options.passingFacts ?? false}
  const stopWords = new Set([...defaultStopWords, ...(options.stopWords ?? []).map((word) => word.toLowerCase())])
  const siteWords = new Set([...defaultSiteWords, ...(options.siteWords ?? []).map((word) => word.toLowerCase())])
  const index = new EventIndex(cluster, options.store)

  async function* eventRecords(clustered: ReadonlyArray<ClusteredEvent>): AsyncGenerator<EventRecord> {
    for (const {number, members} of clustered) {
      const articles = await index.store.summaries(members)
      yield eventRecord(`event-${number + 1}`, articles.map((article) => article.features), title(articles), record)
    }
  }

  return {
    name: 'events',
    index,
    async *transform(records: AsyncIterable<TidingsRecord>) {
      const batch: ArticleFeatures[] = []
      for await (const record of records) {
        if (record.kind === 'article') batch.push(readFeatures(record as ArticleRecord, stopWords, siteWords))
        yield record
      }
      yield* eventRecords((await index.add(() => batch)).events)
    },
    async cluster(records) {
      async function* features(): AsyncGenerator<ArticleFeatures> {
        for await (const record of records()) if (record.kind === 'article') yield readFeatures(record as ArticleRecord, stopWords, siteWords)
      }
      const {events, emptied} = await index.add(features)
      return {events: eventRecords(events), emptied: emptied.map((number) => `event-${number + 1}`)}
    }
  }
}

/**
 * The headline of the article closest to the event's centre, the one most like all the others;
 * the lead sentence of that article when no article has a headline.
 */
function title(members: ReadonlyArray<{features: ArticleSummary; words: Vector}>): string {
  const centre = new Map<number, number>()
  for (const {words} of members) words.ids.forEach((id, at) => centre.set(id, (centre.get(id) ?? 0) + words.weights[at]!))
  const towardsCentre = ({words}: {words: Vector}) => words.ids.reduce((sum, id, at) => sum + words.weights[at]! * centre.get(id)!, 0)
  const headed = members.filter((member) => member.features.headline !== undefined)
  let best = (headed.length > 0 ? headed : members)[0]!
  let bestScore = -1
  for (const member of headed.length > 0 ? headed : members) {
    const score = towardsCentre(member)
    if (score > bestScore) {
      best = member
      bestScore = score
    }
  }
  return best.features.headline ?? best.features.lead
}
