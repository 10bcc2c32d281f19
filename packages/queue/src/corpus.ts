import {randomUUID} from 'node:crypto'
import {setTimeout as sleep} from 'node:timers/promises'
import type {ArticleRecord, TidingsRecord} from '@tidings/core'
import {bandKeys, bucketSize, dedupeSettings, nearestCopy, type Options as DedupeOptions} from '@tidings/dedupe'
import {events, type Options as EventsOptions} from '@tidings/events'
import type {Redis} from 'ioredis'
import {connect, type ConnectionOptions, type Keys, keysOf} from './keys.js'

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
 * enqueued document is through dedupe; its index is rebuilt from the stored records, batch by
 * batch, when a process takes over. One process runs at a time (a lock in Redis); others stand by.
 */
export function startCorpus(options: CorpusOptions): CorpusProcess {
  const keys = keysOf(options.prefix ?? 'tidings')
  const {threshold, bands, hasher} = dedupeSettings(options.dedupe)
  const eventsStage = events(options.events)
  const settle = options.settle ?? 2000
  const lockDuration = options.lockDuration ?? 10_000
  const pollInterval = options.pollInterval ?? 50
  const redis = connect(options, 'tidings corpus')
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

  async function dedupeArticle(sequence: number, id: string, line: string): Promise<void> {
    const write = redis.multi()
    let final = line
    const record = JSON.parse(line) as TidingsRecord
    const signature = record.kind === 'article' ? hasher.signature(record.cleanText ?? record.text) : undefined
    if (signature) {
      const bandKeyList = bandKeys(signature, bands)
      const read = redis.pipeline()
      for (const key of bandKeyList) read.hgetBuffer(keys.bucket(key), String(key))
      const buckets = new Map<number, Buffer>()
      for (const [at, [error, value]] of ((await read.exec()) ?? []).entries()) {
        if (error) throw error
        buckets.set(bandKeyList[at]!, (value as Buffer | null) ?? Buffer.alloc(0))
      }
      const candidates = [...new Set([...buckets.values()].flatMap((bucket) => sequencesIn(bucket)))]
      const best = nearestCopy(signature, await signaturesOf(redis, keys, candidates), threshold)
      if (best) {
        const article = await redis.lindex(keys.order, best.index)
        final = JSON.stringify({...(record as ArticleRecord), duplicateOf: {article, similarity: best.similarity}})
      }
      const entry = Buffer.alloc(4)
      entry.writeUInt32LE(sequence)
      for (const key of bandKeyList) {
        const bucket = buckets.get(key)!
        if (bucket.length / 4 >= bucketSize) continue
        const grown = Buffer.concat([bucket, entry])
        buckets.set(key, grown)
        write.hset(keys.bucket(key), String(key), grown)
      }
      write.hset(keys.signatures(sequence), String(sequence), Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength))
    }
    write.hset(keys.records, id, final)
    write.hset(keys.corpus, 'cursor', sequence + 1)
    await write.exec()
  }

  /** Cluster the articles since the last batch into events, and store the events with the batch's end. */
  async function clusterEvents(from: number, to: number, store: boolean): Promise<void> {
    const clustered: TidingsRecord[] = []
    for await (const record of eventsStage.transform(recordsBetween(redis, keys, from, to))) {
      if (record.kind === 'event') clustered.push(record)
    }
    if (!store) return
    const write = redis.multi()
    for (const record of clustered) write.hset(keys.events, record.id, JSON.stringify(record))
    // Events that joined an earlier one in this batch are gone from the index, and from the output.
    eventsStage.index.events.forEach((members, number) => {
      if (members.length === 0) write.hdel(keys.events, `event-${number + 1}`)
    })
    write.zadd(keys.batches, to, String(to))
    write.hset(keys.corpus, 'eventsThrough', to)
    await write.exec()
  }

  async function run(): Promise<void> {
    if (!(await acquire())) return
    renewal = setInterval(() => {
      holdLock().then(
        (held) => {
          if (held || lost) return
          lost = true
          options.log?.('tidings corpus: another corpus process took the lock; stopping')
        },
        () => {}
      )
    }, lockDuration / 3)
    const [storedCursor] = await redis.hmget(keys.corpus, 'cursor')
    let cursor = Number(storedCursor ?? 0)
    let eventsThrough = 0
    for (const end of (await redis.zrange(keys.batches, 0, -1)).map(Number)) {
      await clusterEvents(eventsThrough, end, false)
      eventsThrough = end
    }
    let lastProgress = Date.now()
    while (!stopping && !lost) {
      const ids = await redis.lrange(keys.order, cursor, cursor + chunk - 1)
      const lines = ids.length > 0 ? await redis.hmget(keys.articles, ...ids) : []
      let progressed = false
      for (const [at, line] of lines.entries()) {
        if (line === null || stopping || lost) break
        await dedupeArticle(cursor, ids[at]!, line)
        cursor++
        progressed = true
      }
      if (progressed) {
        lastProgress = Date.now()
        continue
      }
      if (cursor > eventsThrough && Date.now() - lastProgress >= settle && cursor === (await redis.llen(keys.order))) {
        await clusterEvents(eventsThrough, cursor, true)
        eventsThrough = cursor
      }
      await sleep(pollInterval)
    }
  }

  const running = run().catch((error: unknown) => {
    options.log?.(`tidings corpus: stopped: ${error instanceof Error ? error.message : String(error)}`)
  })

  return {
    async close() {
      stopping = true
      await running
      clearInterval(renewal)
      await redis.eval(releaseLockScript, 1, keys.corpusLock, token).catch(() => {})
      redis.disconnect()
    }
  }
}

function sequencesIn(bucket: Buffer): number[] {
  const sequences: number[] = []
  for (let offset = 0; offset < bucket.length; offset += 4) sequences.push(bucket.readUInt32LE(offset))
  return sequences
}

async function signaturesOf(redis: Redis, keys: Keys, sequences: ReadonlyArray<number>): Promise<Array<[number, Uint32Array]>> {
  if (sequences.length === 0) return []
  const read = redis.pipeline()
  for (const sequence of sequences) read.hgetBuffer(keys.signatures(sequence), String(sequence))
  return ((await read.exec()) ?? []).map(([error, value], at) => {
    if (error) throw error
    const bytes = value as Buffer
    return [sequences[at]!, new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))]
  })
}

/** The final records of a range of sequence numbers, read a chunk at a time. */
async function* recordsBetween(redis: Redis, keys: Keys, from: number, to: number): AsyncGenerator<TidingsRecord> {
  for (let start = from; start < to; start += chunk) {
    const ids = await redis.lrange(keys.order, start, Math.min(to, start + chunk) - 1)
    if (ids.length === 0) return
    for (const line of await redis.hmget(keys.records, ...ids)) if (line !== null) yield JSON.parse(line) as TidingsRecord
  }
}
