import {type ArticleRecord, createPipeline, type EventRecord, type TidingsRecord} from '@tidings/core'
import {events, type EventsStage} from '@tidings/events'
import {Redis} from 'ioredis'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {RedisIndexStore} from './event-index.js'
import {type RedisServer, redisServerVersion, startRedisServer} from './redis-server.js'

const version = redisServerVersion()

/** Made-up place names, one per story, so that every story is its own event. */
function placeName(story: number): string {
  const syllables = ['ka', 'lo', 'mer', 'vin', 'tas', 'ru', 'bel', 'do', 'sen', 'qua', 'fis', 'nor']
  return `${syllables[story % 10]!.toUpperCase()[0]}${syllables[story % 10]!.slice(1)}${syllables[Math.floor(story / 10)]}ville`
}

/** Three reports of each story, told in turn: more articles than one run of the index, and events over both batches. */
async function articleRecords(stories: number): Promise<ArticleRecord[]> {
  const pipeline = createPipeline()
  const texts = [
    (place: string, n: number) => `Flood water closed ${n} roads in ${place} on Tuesday, the mayor of ${place} said. Pumps ran all night near the river.`,
    (place: string, n: number) => `In ${place}, ${n} roads stayed shut on Tuesday after the river flooded. The mayor asked drivers to stay home.`,
    (place: string, n: number) => `The river flooded ${place} and closed ${n} roads, officials in ${place} said on Tuesday.`
  ]
  const records: ArticleRecord[] = []
  for (let report = 0; report < 3; report++) {
    for (let story = 0; story < stories; story++) {
      const id = `story-${story}-${report}`
      const record = await pipeline.article({id, text: texts[report]!(placeName(story), 10 + story), publishedAt: '2031-04-08'})
      records.push(record as ArticleRecord)
    }
  }
  return records
}

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
