import type {ArticleSummary, DatedSentence} from './features.js'

/**
 * A unit-length term vector as two typed arrays sorted by term id: some 12 bytes a term, where a
 * Map of strings took about 80, and a cosine is one merge of two sorted lists.
 */
export interface Vector {
  ids: Int32Array
  weights: Float64Array
}

/** What tells two reports of alike words apart: their years, publication days and places, and the person each is about. */
export type SimilarityFeatures = Pick<ArticleSummary, 'years' | 'publishedDay' | 'places' | 'leadPlaces' | 'mainPerson' | 'surnames'>

/** An article as the index keeps it: its compact vectors, and the terms that find its candidates. */
export interface IndexedArticle {
  features: SimilarityFeatures
  words: Vector
  names: Vector
  numbers: Vector
  /** Ids of the heaviest words and names, the terms that find candidates. */
  salient: number[]
}

/** What finding candidates for a run of new articles, from article number `first` on, reads of the index. */
export interface Neighbourhood {
  /** Article numbers by salient term, for the run's salient terms; the caller appends the run's own articles. */
  postings: Map<number, number[]>
  /** An article before the run that one of its postings holds. */
  article(number: number): IndexedArticle
  /** The number of an article by its id, for every article of the index and of the batch. */
  numberOf(id: string): number | undefined
}

/** The events around a batch's new articles: the event of each earlier article it touches, and their members. */
export interface Groups {
  /** The event of an earlier article, -1 for none. */
  event(article: number): number
  /** Article numbers of an event, in order. */
  members(event: number): ReadonlyArray<number>
  /** Events numbered so far: the next new event takes this number. */
  count: number
}

/** What a batch changed: every event whose members changed (empty: merged into another), and every article's new event. */
export interface BatchOutcome {
  events: Map<number, number[]>
  moved: Map<number, number>
  /** Articles in the index after the batch. */
  articles: number
  /** Events numbered after the batch. */
  eventCount: number
}

/**
 * Where the events index lives. Clustering calls it a batch, or a run of a batch's articles, at a
 * time, so a store in another process (Redis) costs a few round trips a run, never one an article:
 * 1. `countArticle` for every article of the batch, then `frequencies`;
 * 2. for each run: `termIds`, `neighbourhood`, `addArticles`;
 * 3. `groups`, then `commit`. Until `commit`, the index as the next batch sees it is unchanged.
 */
export interface EventIndexStore {
  /** Articles in the index before this batch: the batch's first article gets this number. */
  size(): Promise<number>
  /** Count one more article of the batch, its id and its distinct terms. */
  countArticle(id: string, terms: ReadonlySet<string>): void
  /** Documents counted so far, the batch included, and the document frequency of every term of the batch. */
  frequencies(): Promise<{documents: number; frequency: ReadonlyMap<string, number>}>
  /** Ids of terms; terms new to the index get the next ids, in the order given. */
  termIds(terms: ReadonlyArray<string>): Promise<ReadonlyMap<string, number>>
  /** `salient`: the run's salient terms; `duplicates`: the ids its near copies copy. */
  neighbourhood(first: number, salient: ReadonlyArray<number>, duplicates: ReadonlyArray<string>, maxPostings: number): Promise<Neighbourhood>
  /** Keep a run of new articles, numbered from `first`, with their summaries and the postings the run changed. */
  addArticles(first: number, articles: ReadonlyArray<IndexedArticle & {features: ArticleSummary}>, postings: ReadonlyMap<number, number[]>): Promise<void>
  groups(articles: ReadonlyArray<number>): Promise<Groups>
  commit(outcome: BatchOutcome): Promise<void>
  /** What an event record is made of: the summary and word vector of each member. */
  summaries(articles: ReadonlyArray<number>): Promise<Array<{features: ArticleSummary; words: Vector}>>
}

interface Kept extends IndexedArticle {
  features: ArticleSummary
}

/**
 * The index in this process's memory: what `tidings run` uses. It is its own neighbourhood, one
 * object for every run, so the calls of the hot loop that finds candidates stay monomorphic.
 */
export class MemoryIndexStore implements EventIndexStore, Neighbourhood {
  readonly articles: Kept[] = []
  /** Members (article numbers) of each event, by event number. */
  readonly events: number[][] = []
  private readonly eventOf: number[] = []
  private readonly documentFrequency = new Map<string, number>()
  private documentCount = 0
  readonly postings = new Map<number, number[]>()
  private readonly ids = new Map<string, number>()
  private readonly byId = new Map<string, number>()
  private counted = 0

  async size(): Promise<number> {
    return this.articles.length
  }

  countArticle(id: string, terms: ReadonlySet<string>): void {
    this.documentCount++
    this.byId.set(id, this.articles.length + this.counted++)
    for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1)
  }

  async frequencies() {
    this.counted = 0
    return {documents: this.documentCount, frequency: this.documentFrequency}
  }

  async termIds(terms: ReadonlyArray<string>): Promise<ReadonlyMap<string, number>> {
    for (const term of terms) if (!this.ids.has(term)) this.ids.set(term, this.ids.size)
    return this.ids
  }

  async neighbourhood(): Promise<Neighbourhood> {
    return this
  }

  article(number: number): IndexedArticle {
    return this.articles[number]!
  }

  numberOf(id: string): number | undefined {
    return this.byId.get(id)
  }

  async addArticles(_first: number, articles: ReadonlyArray<Kept>): Promise<void> {
    for (const article of articles) {
      this.articles.push(article)
      this.eventOf.push(-1)
    }
  }

  async groups(): Promise<Groups> {
    return {event: (article) => this.eventOf[article]!, members: (event) => this.events[event]!, count: this.events.length}
  }

  async commit({events, moved}: BatchOutcome): Promise<void> {
    for (const [event, members] of events) this.events[event] = members
    for (const [article, event] of moved) this.eventOf[article] = event
  }

  async summaries(articles: ReadonlyArray<number>) {
    return articles.map((article) => this.articles[article]!)
  }
}

/**
 * Bytes of an indexed article, for a store outside the process: the three vectors and the salient
 * terms packed, then the similarity features as JSON. Decoding gives back the same numbers, so
 * clustering over a stored index gives the same events.
 */
export function encodeArticle({features, words, names, numbers, salient}: IndexedArticle): Buffer {
  const vectors = [words, names, numbers]
  const terms = vectors.reduce((sum, vector) => sum + vector.ids.length, 0)
  const similarity = Buffer.from(
    JSON.stringify({years: [...features.years], publishedDay: features.publishedDay, places: features.places, leadPlaces: features.leadPlaces, mainPerson: features.mainPerson, surnames: features.surnames})
  )
  const bytes = Buffer.alloc(16 + terms * 12 + salient.length * 4 + similarity.length)
  let offset = 0
  for (const count of [words.ids.length, names.ids.length, numbers.ids.length, salient.length]) offset = bytes.writeUInt32LE(count, offset)
  for (const vector of vectors) {
    for (const id of vector.ids) offset = bytes.writeInt32LE(id, offset)
    for (const weight of vector.weights) offset = bytes.writeDoubleLE(weight, offset)
  }
  for (const term of salient) offset = bytes.writeInt32LE(term, offset)
  similarity.copy(bytes, offset)
  return bytes
}

export function decodeArticle(bytes: Buffer): IndexedArticle {
  const counts = [0, 4, 8, 12].map((at) => bytes.readUInt32LE(at))
  let offset = 16
  const vector = (length: number): Vector => {
    const ids = new Int32Array(length)
    const weights = new Float64Array(length)
    for (let at = 0; at < length; at++, offset += 4) ids[at] = bytes.readInt32LE(offset)
    for (let at = 0; at < length; at++, offset += 8) weights[at] = bytes.readDoubleLE(offset)
    return {ids, weights}
  }
  const [words, names, numbers] = [vector(counts[0]!), vector(counts[1]!), vector(counts[2]!)]
  const salient: number[] = []
  for (let at = 0; at < counts[3]!; at++, offset += 4) salient.push(bytes.readInt32LE(offset))
  const {years, ...rest} = JSON.parse(bytes.subarray(offset).toString()) as Omit<SimilarityFeatures, 'years'> & {years: string[]}
  return {features: {...rest, years: new Set(years)}, words, names, numbers, salient}
}

/** An article summary as JSON, its sets as arrays. */
export function encodeSummary(summary: ArticleSummary): string {
  return JSON.stringify({...summary, years: [...summary.years], dates: [...summary.dates], dated: summary.dated.map((item) => ({...item, words: [...item.words]}))})
}

export function decodeSummary(json: string): ArticleSummary {
  type Stored = Omit<ArticleSummary, 'years' | 'dates' | 'dated'> & {years: string[]; dates: string[]; dated: Array<Omit<DatedSentence, 'words'> & {words: string[]}>}
  const stored = JSON.parse(json) as Stored
  return {...stored, years: new Set(stored.years), dates: new Set(stored.dates), dated: stored.dated.map((item) => ({...item, words: new Set(item.words)}))}
}
