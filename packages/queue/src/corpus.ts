import {randomUUID} from 'node:crypto'
import {setTimeout as sleep} from 'node:timers/promises'
import type {ArticleRecord, TidingsRecord} from '@tidings/core'
import {bandKeys, bucketSize, dedupeSettings, nearestCopy, type Options as DedupeOptions} from '@tidings/dedupe'
import {events, type Options as EventsOptions} from '@tidings/events'
import type {Redis} from 'ioredis'
import {RedisIndexStore} from './event-index.js'
import {connect, type ConnectionOptions, type Keys, keysOf, pack, results, unpack} from './keys.js'

export interface CorpusOptions extends ConnectionOptions {
  /** Options of the dedupe stage (as `@tidings/dedupe`). */
  dedupe?: DedupeOptions
  /** Options of the events stage (as `@tidings/events`). */
  events?: EventsOptions
  /**
   * How long every enqueued document must have been through dedupe, with nothing new, before the
   * events stage clusters them as one batch, in ms (default 2,000).
   */
  settle?: number
  /** How long the corpus lock outlives a process that stopped renewing it, in ms (default 10,000): a standby takes over after this. */
  lockDuration?: number
  /** How often to look for new article records when there were none, in ms (default 50). */
  pollInterval?: number
}

export interface CorpusProcess {
  /** Stop after the article in hand; the next corpus process goes on from there. */
  close(): Promise<void>
}

/** Take the lock when it is free or already ours; keep it alive while it is ours. */
const holdLockScript = `
local holder = redis.call('GET', KEYS[1])
if holder == false or holder == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
`
const releaseLockScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`
const chunk = 500

/**
 * The corpus stages over the article records the workers store, in enqueue order. Dedupe keeps its
 * whole index in Redis (signatures, and LSH buckets of sequence numbers) and writes each article's
 * final record with its progress in one transaction, so a process killed at any point loses
 * nothing and repeats nothing. The events stage clusters each batch of articles once every
 * enqueued document is through dedupe, with its index in Redis too (`RedisIndexStore`), reading the
 * batch from Redis as it goes: the process holds neither index, and one that takes over goes on
 * from Redis's state. One process runs at a time (a lock in Redis); others stand by.
 */
export function startCorpus(options: CorpusOptions): CorpusProcess {
  const keys = keysOf(options.prefix ?? 'tidings')
  const redis = connect(options, 'tidings corpus')
  const {threshold, bands, hasher} = dedupeSettings(options.dedupe)
  // Built here so that bad events options throw now; built again for each take-over, from Redis.
  const eventsIndex = () => {
    const store = new RedisIndexStore(redis, keys.prefix)
    return {store, stage: events({...options.events, store})}
  }
  let {store, stage: eventsStage} = eventsIndex()
  const settle = options.settle ?? 2000
  const lockDuration = options.lockDuration ?? 10_000
  const pollInterval = options.pollInterval ?? 50
  const token = randomUUID()
  let stopping = false
  let lost = false
  let renewal: NodeJS.Timeout | undefined

  const holdLock = async (): Promise<boolean> =>
    (await redis.eval(holdLockScript, 1, keys.corpusLock, token, lockDuration)) === 1

  async function acquire(): Promise<boolean> {
    let told = false
    while (!stopping) {
      if (await holdLock()) return true
      if (!told) options.log?.('tidings corpus: another corpus process holds the lock; standing by')
      told = true
      await sleep(lockDuration / 4)
    }
    return false
  }

  /**
   * Dedupe a run of consecutive articles in a few round trips: read the buckets they touch and the
   * signatures in them, decide each article in order (later ones also meet the earlier ones of the
   * run, as the local stage has them), and write the run in one transaction.
   */
  async function dedupeRun(first: number, ids: ReadonlyArray<string>, lines: ReadonlyArray<string>): Promise<void> {
    // A process that stalled past its lock writes only if no other one moved the cursor since.
    await redis.watch(keys.corpus)
    const [cursor] = await redis.hmget(keys.corpus, 'cursor')
    if (Number(cursor ?? 0) !== first) {
      await redis.unwatch()
      throw new Error('another corpus process moved the cursor')
    }
    const articles = lines.map((line) => {
      const record = JSON.parse(line) as TidingsRecord
      const signature = record.kind === 'article' ? hasher.signature(record.cleanText ?? record.text) : undefined
      return {line, record, signature, bandKeyList: signature ? bandKeys(signature, bands) : []}
    })
    const bucketKeys = [...new Set(articles.flatMap((article) => article.bandKeyList))]
    const buckets = new Map<number, number[]>()
    const read = redis.pipeline()
    for (const key of bucketKeys) read.hgetBuffer(keys.bucket(key), String(key))
    for (const [at, value] of (await results(read)).entries()) buckets.set(bucketKeys[at]!, unpack(value as Buffer | null))
    const signatures = await signaturesOf(redis, keys, [...new Set([...buckets.values()].flat())])
    const changed = new Set<number>()
    const copies: Array<{at: number; index: number; similarity: number}> = []
    for (const [at, {signature, bandKeyList}] of articles.entries()) {
      if (!signature) continue
      const candidates = [...new Set(bandKeyList.flatMap((key) => buckets.get(key)!))]
      const best = nearestCopy(
        signature,
        candidates.map((sequence) => [sequence, signatures.get(sequence)!] as const),
        threshold
      )
      if (best) copies.push({at, ...best})
      signatures.set(first + at, signature)
      for (const key of bandKeyList) {
        const bucket = buckets.get(key)!
        if (bucket.length >= bucketSize) continue
        bucket.push(first + at)
        changed.add(key)
      }
    }
    const originals = copies.length > 0 ? await results(copies.reduce((lookup, {index}) => lookup.lindex(keys.order, index), redis.pipeline())) : []
    const write = redis.multi()
    for (const [number, {at, similarity}] of copies.entries()) {
      const article = originals[number] as string
      articles[at]!.line = JSON.stringify({...(articles[at]!.record as ArticleRecord), duplicateOf: {article, similarity}})
    }
    for (const key of changed) {
      write.hset(keys.bucket(key), String(key), pack(buckets.get(key)!))
    }
    for (const [at, {line, signature}] of articles.entries()) {
      const sequence = first + at
      if (signature) write.hset(keys.signatures(sequence), String(sequence), Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength))
      write.hset(keys.records, ids[at]!, line)
      write.hdel(keys.articles, ids[at]!)
    }
    write.hset(keys.corpus, 'cursor', first + articles.length)
    await results(write)
  }

  /**
   * Cluster the articles of a batch into the events index in Redis, and store the event records
   * with the batch's end in one transaction. The batch is named before it starts, so a process that
   * takes over after a crash clusters the same articles again.
   */
  async function clusterEvents(from: number, to: number): Promise<void> {
    await redis.hset(keys.corpus, 'clustering', to)
    store.startBatch(`${from}-${to}`)
    const {events: records, emptied} = await eventsStage.cluster(() => recordsBetween(redis, keys, from, to))
    const write = redis.multi()
    for await (const record of records) write.hset(keys.events, record.id, JSON.stringify(record))
    // Events that joined an earlier one in this batch are gone from the index, and from the output.
    for (const id of emptied) write.hdel(keys.events, id)
    store.stage(write)
    write.hset(keys.corpus, 'eventsThrough', to)
    write.hdel(keys.corpus, 'clustering')
    await results(write)
  }

  /** Hold the lock while the work goes on; say so if another process took it. */
  function renewLock(): NodeJS.Timeout {
    return setInterval(() => {
      holdLock().then(
        (held) => {
          if (held || lost) return
          lost = true
          options.log?.('tidings corpus: another corpus process took the lock')
        },
        () => {}
      )
    }, lockDuration / 3)
  }

  /** Dedupe articles as they come and cluster each settled batch, from the state in Redis, until stopped or the lock is lost. */
  async function work(): Promise<void> {
    const [storedCursor, storedEventsThrough, clustering] = await redis.hmget(keys.corpus, 'cursor', 'eventsThrough', 'clustering')
    let cursor = Number(storedCursor ?? 0)
    let eventsThrough = Number(storedEventsThrough ?? 0)
    // A batch begun by a process that died: the same articles again, whatever arrived since.
    if (clustering !== null && !stopping && !lost) {
      await clusterEvents(eventsThrough, Number(clustering))
      eventsThrough = Number(clustering)
    }
    let lastProgress = Date.now()
    while (!stopping && !lost) {
      const ids = await redis.lrange(keys.order, cursor, cursor + chunk - 1)
      const lines = ids.length > 0 ? await redis.hmget(keys.articles, ...ids) : []
      const ready = lines.indexOf(null) === -1 ? lines.length : lines.indexOf(null)
      const progressed = ready > 0 && !stopping && !lost
      if (progressed) {
        await dedupeRun(cursor, ids.slice(0, ready), lines.slice(0, ready) as string[])
        cursor += ready
      }
      if (progressed) {
        lastProgress = Date.now()
        continue
      }
      if (cursor > eventsThrough && Date.now() - lastProgress >= settle && cursor === (await redis.llen(keys.order))) {
        await clusterEvents(eventsThrough, cursor)
        eventsThrough = cursor
      }
      await sleep(pollInterval)
    }
  }

  /**
   * Stand by for the lock, work, and start again from Redis's state after any failure: a pipeline
   * or transaction in flight when Redis goes away is aborted, not resent, and each of them is
   * atomic or safe to repeat, so what Redis holds is where this process, or any other, goes on.
   */
  async function run(): Promise<void> {
    while (!stopping) {
      try {
        if (!(await acquire())) return
        lost = false
        renewal = renewLock()
        await work()
      } catch (error) {
        if (stopping) return
        options.log?.(`tidings corpus: ${error instanceof Error ? error.message : String(error)}; going on from what Redis holds`)
        await sleep(lockDuration / 4)
      } finally {
        clearInterval(renewal)
      }
      ;({store, stage: eventsStage} = eventsIndex())
    }
  }

  const running = run()

  return {
    async close() {
      stopping = true
      await running
      await redis.eval(releaseLockScript, 1, keys.corpusLock, token).catch(() => {})
      redis.disconnect()
    }
  }
}

async function signaturesOf(redis: Redis, keys: Keys, sequences: ReadonlyArray<number>): Promise<Map<number, Uint32Array>> {
  const read = redis.pipeline()
  for (const sequence of sequences) read.hgetBuffer(keys.signatures(sequence), String(sequence))
  const found = new Map<number, Uint32Array>()
  if (sequences.length === 0) return found
  for (const [at, value] of (await results(read)).entries()) {
    const bytes = value as Buffer
    found.set(sequences[at]!, new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)))
  }
  return found
}

/** The final records of a range of sequence numbers, read a chunk at a time. */
async function* recordsBetween(redis: Redis, keys: Keys, from: number, to: number): AsyncGenerator<TidingsRecord> {
  for (let start = from; start < to; start += chunk) {
    const ids = await redis.lrange(keys.order, start, Math.min(to, start + chunk) - 1)
    if (ids.length === 0) return
    for (const line of await redis.hmget(keys.records, ...ids)) if (line !== null) yield JSON.parse(line) as TidingsRecord
  }
}
