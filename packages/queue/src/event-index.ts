import {
  type ArticleSummary,
  type BatchOutcome,
  decodeArticle,
  decodeSummary,
  encodeArticle,
  encodeSummary,
  type EventIndexStore,
  type Groups,
  type IndexedArticle,
  type Neighbourhood
} from '@tidings/events'
import type {ChainableCommander, Redis} from 'ioredis'
import {pack, results, unpack} from './keys.js'

/** Fields a command reads or writes at most at once: long commands would stall Redis for everyone else. */
const fieldsPerCommand = 2000

/** The keys of the events index, under the queue's prefix. Per-number entries sit in hashes of 1,024 fields. */
function indexKeys(prefix: string) {
  const bucket = (name: string) => (number: number) => `${prefix}:events:${name}:${Math.floor(number / 1024)}`
  return {
    /** `documents`, `articles` and `events` counted, and `frequenciesOf`: the batch whose terms are counted. */
    meta: `${prefix}:events:meta`,
    /** Term -> articles that hold it. */
    frequency: `${prefix}:events:frequency`,
    /** Term -> term id. */
    terms: `${prefix}:events:terms`,
    /** Article id -> article number. */
    numbers: `${prefix}:events:numbers`,
    /** Salient term id -> packed article numbers. */
    postings: bucket('postings'),
    /** Article number -> packed vectors and similarity features. */
    articles: bucket('articles'),
    /** Article number -> its summary as JSON: what its events' records are made of. */
    summaries: bucket('summaries'),
    /** Article number -> event number. */
    eventOf: bucket('event-of'),
    /** Event number -> packed article numbers. */
    members: bucket('members')
  }
}

/**
 * The events index in Redis, so that the corpus process holds no more than a run of articles and
 * the terms of one batch. A batch's writes are safe to repeat: its term counts are applied once
 * (marked with the batch), articles and postings are written under their numbers (postings read
 * back only below the run's first article), and its events, with the article count, wait for the
 * caller's transaction (`stage`), so a process that dies mid-batch leaves the index as the batch
 * found it, and the next process clusters the same batch again to the same result.
 */
export class RedisIndexStore implements EventIndexStore {
  private readonly keys: ReturnType<typeof indexKeys>
  private first = 0
  private termCount = 0
  private documents = 0
  private marker = ''
  private readonly counted = {numbers: new Map<string, number>(), frequency: new Map<string, number>()}
  private outcome: BatchOutcome | undefined

  constructor(
    private readonly redis: Redis,
    prefix: string
  ) {
    this.keys = indexKeys(prefix)
  }

  /** Name the batch about to be clustered: its term counts are applied once under this name. */
  startBatch(name: string): void {
    this.marker = name
    this.outcome = undefined
  }

  async size(): Promise<number> {
    const [[articles, documents], terms] = await Promise.all([this.redis.hmget(this.keys.meta, 'articles', 'documents'), this.redis.hlen(this.keys.terms)])
    this.first = Number(articles ?? 0)
    this.documents = Number(documents ?? 0)
    this.termCount = terms
    this.counted.numbers.clear()
    this.counted.frequency.clear()
    return this.first
  }

  countArticle(id: string, terms: ReadonlySet<string>): void {
    const {numbers, frequency} = this.counted
    numbers.set(id, this.first + numbers.size)
    for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  }

  async frequencies(): Promise<{documents: number; frequency: ReadonlyMap<string, number>}> {
    const {numbers, frequency: counted} = this.counted
    const terms = [...counted.keys()]
    const stored = await this.fields(this.keys.frequency, terms)
    const [countedBatch] = await this.redis.hmget(this.keys.meta, 'frequenciesOf')
    const applied = countedBatch === this.marker
    const frequency = new Map<string, number>()
    terms.forEach((term, at) => frequency.set(term, Number(stored[at] ?? 0) + (applied ? 0 : counted.get(term)!)))
    // Articles of a batch count once: the counts go in with the mark of the batch, in one transaction.
    if (!applied) {
      this.documents += numbers.size
      const write = this.redis.multi()
      for (let start = 0; start < terms.length; start += fieldsPerCommand) {
        write.hset(this.keys.frequency, ...terms.slice(start, start + fieldsPerCommand).flatMap((term) => [term, frequency.get(term)!]))
      }
      const entries = [...numbers]
      for (let start = 0; start < entries.length; start += fieldsPerCommand) write.hset(this.keys.numbers, ...entries.slice(start, start + fieldsPerCommand).flat())
      write.hset(this.keys.meta, 'documents', this.documents, 'frequenciesOf', this.marker)
      await results(write)
    }
    numbers.clear()
    counted.clear()
    return {documents: this.documents, frequency}
  }

  async termIds(terms: ReadonlyArray<string>): Promise<ReadonlyMap<string, number>> {
    const unique = [...new Set(terms)]
    const stored = await this.fields(this.keys.terms, unique)
    const ids = new Map<string, number>()
    const added: Array<string | number> = []
    unique.forEach((term, at) => {
      const known = stored[at]
      if (known !== null && known !== undefined) ids.set(term, Number(known))
      else {
        ids.set(term, this.termCount)
        added.push(term, this.termCount++)
      }
    })
    // Ids are given in the order terms first come, so a batch run again gives the same ones.
    if (added.length > 0) await this.redis.hset(this.keys.terms, ...added)
    return ids
  }

  async neighbourhood(first: number, salient: ReadonlyArray<number>, duplicates: ReadonlyArray<string>, maxPostings: number): Promise<Neighbourhood> {
    const terms = [...new Set(salient)]
    const read = this.redis.pipeline()
    for (const term of terms) read.hgetBuffer(this.keys.postings(term), String(term))
    if (duplicates.length > 0) read.hmget(this.keys.numbers, ...duplicates)
    const replies = await results(read)
    const postings = new Map<number, number[]>()
    const wanted = new Set<number>()
    terms.forEach((term, at) => {
      const packed = replies[at] as Buffer | null
      if (!packed) return
      // Entries from this run on were written by a process that died in this batch: not there yet.
      const posting = unpack(packed).filter((number) => number < first)
      if (posting.length === 0) return
      postings.set(term, posting)
      if (posting.length <= maxPostings) for (const number of posting) wanted.add(number)
    })
    const numbers = new Map<string, number>()
    if (duplicates.length > 0) {
      ;(replies.at(-1) as Array<string | null>).forEach((number, at) => {
        if (number !== null) numbers.set(duplicates[at]!, Number(number))
      })
    }
    const articles = new Map<number, IndexedArticle>()
    const wantedList = [...wanted]
    const stored = await this.each(wantedList, (batch, part) => {
      for (const number of part) batch.hgetBuffer(this.keys.articles(number), String(number))
    })
    wantedList.forEach((number, at) => articles.set(number, decodeArticle(stored[at] as Buffer)))
    return {postings, article: (number) => articles.get(number)!, numberOf: (id) => numbers.get(id)}
  }

  async addArticles(first: number, articles: ReadonlyArray<IndexedArticle & {features: ArticleSummary}>, postings: ReadonlyMap<number, number[]>): Promise<void> {
    const write = this.redis.pipeline()
    articles.forEach((article, at) => {
      const number = first + at
      write.hset(this.keys.articles(number), String(number), encodeArticle(article))
      write.hset(this.keys.summaries(number), String(number), encodeSummary(article.features))
    })
    for (const [term, posting] of postings) write.hset(this.keys.postings(term), String(term), pack(posting))
    await results(write)
  }

  async groups(articles: ReadonlyArray<number>): Promise<Groups> {
    const [[count], eventNumbers] = await Promise.all([
      this.redis.hmget(this.keys.meta, 'events'),
      this.each(articles, (batch, part) => {
        for (const number of part) batch.hget(this.keys.eventOf(number), String(number))
      })
    ])
    const events = [...new Set(eventNumbers.map(Number))]
    const lists = await this.each(events, (batch, part) => {
      for (const event of part) batch.hgetBuffer(this.keys.members(event), String(event))
    })
    const members = new Map<number, number[]>()
    const eventOf = new Map<number, number>()
    events.forEach((event, at) => {
      const list = unpack(lists[at] as Buffer)
      members.set(event, list)
      for (const number of list) eventOf.set(number, event)
    })
    return {event: (number) => eventOf.get(number) ?? -1, members: (event) => members.get(event)!, count: Number(count ?? 0)}
  }

  /** Kept until `stage` adds it to the caller's transaction. */
  async commit(outcome: BatchOutcome): Promise<void> {
    this.outcome = outcome
  }

  /** Add the batch's events, and the article and event counts after it, to a transaction. */
  stage(write: ChainableCommander): void {
    if (!this.outcome) return
    const {events, moved, articles, eventCount} = this.outcome
    for (const [event, members] of events) {
      if (members.length === 0) write.hdel(this.keys.members(event), String(event))
      else write.hset(this.keys.members(event), String(event), pack(members))
    }
    for (const [number, event] of moved) write.hset(this.keys.eventOf(number), String(number), event)
    write.hset(this.keys.meta, 'articles', articles, 'events', eventCount)
    this.outcome = undefined
  }

  async summaries(articles: ReadonlyArray<number>): Promise<Array<{features: ArticleSummary; words: IndexedArticle['words']}>> {
    const replies = await this.each(articles, (batch, part) => {
      for (const number of part) {
        batch.hget(this.keys.summaries(number), String(number))
        batch.hgetBuffer(this.keys.articles(number), String(number))
      }
    })
    return articles.map((_, at) => ({features: decodeSummary(replies[2 * at] as string), words: decodeArticle(replies[2 * at + 1] as Buffer).words}))
  }

  /** Values of many fields of one hash, a bounded number of fields a command. */
  private async fields(key: string, fields: ReadonlyArray<string>): Promise<Array<string | null>> {
    const values: Array<string | null> = []
    for (let start = 0; start < fields.length; start += fieldsPerCommand) values.push(...(await this.redis.hmget(key, ...fields.slice(start, start + fieldsPerCommand))))
    return values
  }

  /** Replies to commands over many items, a pipeline of a bounded number of items at a time. */
  private async each<T>(items: ReadonlyArray<T>, add: (batch: ChainableCommander, part: T[]) => void): Promise<unknown[]> {
    const replies: unknown[] = []
    for (let start = 0; start < items.length; start += fieldsPerCommand) {
      const batch = this.redis.pipeline()
      add(batch, items.slice(start, start + fieldsPerCommand))
      replies.push(...(await results(batch)))
    }
    return replies
  }
}
