import type {ArticleRecord, EventRecord, TidingsRecord} from '@tidings/core'
import {events, type EventsStage} from '@tidings/events'
import {Redis} from 'ioredis'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {RedisIndexStore} from './event-index.js'
import {type RedisServer, redisServerVersion, startRedisServer} from './redis-server.js'
import {articleRecords} from './test-articles.js'

const version = redisServerVersion()

async function* stream(records: ReadonlyArray<TidingsRecord>): AsyncGenerator<TidingsRecord> {
  yield* records
}

/** The event records of each batch from the stage's own index in memory. */
async function inMemory(batches: ReadonlyArray<ReadonlyArray<ArticleRecord>>): Promise<string[][]> {
  const stage = events()
  const output: string[][] = []
  for (const batch of batches) {
    const lines: string[] = []
    for await (const record of stage.transform(stream(batch))) if (record.kind === 'event') lines.push(JSON.stringify(record))
    output.push(lines)
  }
  return output
}

describe.skipIf(!version)('the events index in Redis', () => {
  let server: RedisServer
  let redis: Redis
  let records: ArticleRecord[]
  beforeAll(async () => {
    server = await startRedisServer()
    redis = new Redis(server.url)
    records = await articleRecords(120)
  })
  afterAll(async () => {
    redis?.disconnect()
    await server?.remove()
  })

  /** Cluster a batch over a Redis store and commit it as the corpus process does: its event records and its ids merged away. */
  async function inRedis(stage: EventsStage, store: RedisIndexStore, batch: ReadonlyArray<ArticleRecord>, name: string): Promise<{lines: string[]; emptied: string[]}> {
    store.startBatch(name)
    const {events: clustered, emptied} = await stage.cluster(() => stream(batch))
    const lines: string[] = []
    for await (const record of clustered) lines.push(JSON.stringify(record))
    const write = redis.multi()
    store.stage(write)
    await write.exec()
    return {lines, emptied}
  }

  it('gives the events of the index in memory, batch after batch', async () => {
    const batches = [records.slice(0, 250), records.slice(250)]
    const expected = await inMemory(batches)
    const store = new RedisIndexStore(redis, 'batches')
    const stage = events({store})
    const first = await inRedis(stage, store, batches[0]!, 'first')
    const second = await inRedis(stage, store, batches[1]!, 'second')
    expect(first.lines).toEqual(expected[0])
    expect(second.lines).toEqual(expected[1])
    // The second batch's reports joined the events of the first.
    expect(second.lines.every((line) => (JSON.parse(line) as EventRecord).articles.some((id) => id.endsWith('-0')))).toBe(true)
    expect(await store.size()).toBe(360)
  })

  it('clusters a batch again to the same events after the process clustering it died, at any step', async () => {
    const [expected] = await inMemory([records])
    const died = new Error('killed')
    // Dies once its term counts are in, after its first run of articles, and before its events.
    const dying = [
      class extends RedisIndexStore {
        override async termIds(): Promise<never> {
          throw died
        }
      },
      class extends RedisIndexStore {
        private runs = 0
        override async neighbourhood(...args: Parameters<RedisIndexStore['neighbourhood']>) {
          if (++this.runs === 2) throw died
          return super.neighbourhood(...args)
        }
      },
      class extends RedisIndexStore {
        override async groups(): Promise<never> {
          throw died
        }
      }
    ]
    for (const [at, Dying] of dying.entries()) {
      const prefix = `crash-${at}`
      const store = new Dying(redis, prefix)
      store.startBatch('all')
      await expect(events({store}).cluster(() => stream(records))).rejects.toThrow('killed')
      const next = new RedisIndexStore(redis, prefix)
      expect((await inRedis(events({store: next}), next, records, 'all')).lines).toEqual(expected)
    }
  })
})
