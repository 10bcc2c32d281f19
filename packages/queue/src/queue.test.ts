import {setTimeout as sleep} from 'node:timers/promises'
import {createPipeline, type PipelineInput} from '@tidings/core'
import {dedupe} from '@tidings/dedupe'
import {events} from '@tidings/events'
import {Queue} from 'bullmq'
import {Redis} from 'ioredis'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {collect, complete, type ConnectionOptions, enqueue, type RedisServer, redisServerVersion, startCorpus, startRedisServer, startWorker, status} from './index.js'
import {keysOf, register, storeRecords} from './keys.js'
import {articleRecords} from './test-articles.js'

const version = redisServerVersion()
if (!version) console.warn('queue tests skipped: no redis-server on the PATH (Debian: apt-get install redis-server)')

/** Three stories, each told by a few papers, one of them a near copy of another. */
function documents(): PipelineInput[] {
  const stories = [
    (n: number) => `The harbour bridge in Teller Bay closed on Monday after a barge struck pier ${n}. Engineers found cracks in two of its steel beams.`,
    (n: number) => `Voters in Norland approved a new library tax of ${n} cents, the county clerk said. The branch on Mill Street will reopen in spring.`,
    (n: number) => `A fire at the Ostby paper mill burned for ${n} hours before crews put it out. Nobody was hurt, the fire chief said.`
  ]
  const result: PipelineInput[] = []
  for (let index = 0; index < 24; index++) {
    const story = stories[index % 3]!
    result.push({id: `doc-${index}`, text: `${story(index % 5 === 0 ? 4 : index)}\nPaper ${index} reports.`, publishedAt: '2026-03-02'})
  }
  result.push({id: 'copy', text: `${stories[0]!(4)}\nPaper 0 reports.\nShare this article`, publishedAt: '2026-03-02'})
  return result
}

async function localRun(inputs: PipelineInput[], maxInputLength?: number): Promise<string> {
  const pipeline = createPipeline({corpus: [dedupe(), events()], ...(maxInputLength ? {maxInputLength} : {})})
  let output = ''
  for await (const record of pipeline.run(inputs)) output += `${JSON.stringify(record)}\n`
  return output
}

async function collected(connection: ConnectionOptions): Promise<string> {
  let output = ''
  for await (const line of collect(connection)) output += line
  return output
}

/** Wait until every enqueued document, `enqueued` of them, is through the corpus stage. */
async function finished({enqueued, ...connection}: ConnectionOptions & {enqueued: number}): Promise<void> {
  for (;;) {
    const counts = await status(connection)
    if (counts.enqueued === enqueued && complete(counts)) return
    await sleep(50)
  }
}

describe.skipIf(!version)('the queue mode over a real Redis', () => {
  let server: RedisServer
  beforeAll(async () => {
    server = await startRedisServer()
  })
  afterAll(async () => {
    await server?.remove()
  })

  it('gives the records of a local run, processes a document enqueued twice once, and reports what it cannot process', async () => {
    const messages: string[] = []
    const log = (message: string) => messages.push(message)
    const connection = {redis: server.url, prefix: 'first', log}
    const inputs = documents()
    expect(await enqueue(inputs, {...connection, maxInputLength: 400})).toEqual({added: 25, skipped: 0})
    const tooLong = {id: 'long', text: 'word '.repeat(100), publishedAt: '2026-03-02'}
    expect(await enqueue([inputs[0]!, tooLong], {...connection, maxInputLength: 400})).toEqual({added: 1, skipped: 1})
    const queue = new Queue('documents', {connection: {host: '127.0.0.1', port: server.port}, prefix: 'first'})
    await queue.add('document', 'not a document', {jobId: 'garbage'})
    // Ten documents a job: 25 documents make three jobs, named by their first documents.
    expect((await queue.getJobs(['waiting'])).map((job) => [job.id, (job.data as {inputs?: unknown[]}).inputs?.length]).sort()).toEqual([
      ['doc-0', 10],
      ['doc-10', 10],
      ['doc-20', 5],
      ['garbage', undefined]
    ])
    await queue.close()

    const worker = startWorker({...connection, pipeline: () => createPipeline()})
    const corpus = startCorpus({...connection, settle: 300})
    await finished({...connection, enqueued: 27})
    await Promise.all([worker.close(), corpus.close()])

    const lines = (await collected(connection)).split('\n')
    const expected = await localRun([...inputs, tooLong], 400)
    const garbage = lines.find((line) => line.includes('"id":"garbage"'))
    expect(lines.filter((line) => line !== garbage).join('\n')).toBe(expected)
    expect(JSON.parse(garbage!)).toEqual({
      kind: 'error',
      id: 'garbage',
      error: {code: 'invalid-job', message: 'Job garbage holds no documents: expected {inputs: [{id, text|html}, ...]}, got "not a document"'}
    })
    expect(messages).toContain('tidings worker: Job garbage holds no documents: expected {inputs: [{id, text|html}, ...]}, got "not a document"')
  })
  it('goes on from what Redis holds when its connection is cut in the middle of its work', {timeout: 120_000}, async () => {
    const records = await articleRecords(120)
    const admin = new Redis(server.url)
    /** The corpus stage over records stored as the workers store them; `cut` ends its connections while it works. */
    async function corpusRun(prefix: string, cut: boolean): Promise<{output: string; messages: string[]}> {
      const keys = keysOf(prefix)
      await register(admin, keys, records.map((record) => record.id))
      await storeRecords(admin, keys, records.map((record) => [record.id, JSON.stringify(record)]))
      const messages: string[] = []
      const connection = {redis: server.url, prefix, log: (message: string) => messages.push(message)}
      const corpus = startCorpus({...connection, settle: 100, lockDuration: 400, pollInterval: 10})
      let cuts = 0
      while (Number(await admin.hget(keys.corpus, 'eventsThrough')) < records.length) {
        // Every connection but this one; the corpus process's pipelines in flight are aborted.
        if (cut && cuts < 40) cuts += Number(await admin.client('KILL', 'TYPE', 'normal', 'SKIPME', 'yes'))
        await sleep(cut ? 15 : 50)
      }
      await corpus.close()
      return {output: await collected(connection), messages}
    }
    const calm = await corpusRun('calm', false)
    expect(calm.messages).toEqual([])
    // A cut that lands while the stage waits between polls goes unnoticed: on a loaded machine a
    // run can miss its work altogether, so the cuts are tried again until one lands mid-work.
    let landed = 0
    for (let attempt = 0; attempt < 5 && landed === 0; attempt++) {
      const cut = await corpusRun(`cut-${attempt}`, true)
      expect(cut.output).toBe(calm.output)
      landed = cut.messages.filter((message) => message.endsWith('; going on from what Redis holds')).length
    }
    admin.disconnect()
    expect(landed).toBeGreaterThan(0)
  })
})
