import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {setTimeout as sleep} from 'node:timers/promises'
import {createPipeline} from '@tidings/core'
import {enqueue, progress, type QueueProgress, redisServerVersion, startRedisServer, startWorker} from '@tidings/queue'
import {Redis} from 'ioredis'
import {runCli, startCli, writeDocuments} from '../cli-run.js'
import {eventRecords} from '../event-records.js'
import {type BenchRow, type BenchSuite, medianRate} from '../measure.js'

const cli = createRequire(import.meta.url).resolve('tidings').replace(/index\.js$/, 'cli.js')

/**
 * Issue 20, on loopback: two worker processes give at least 1.6x the articles a second of one; one
 * worker is within 25% of the local `tidings articles --workers 1`; the corpus process, its index
 * in Redis, takes at most 12x the time for 10x the articles, and its peak memory stays flat.
 * Rates are steady rates over the same stretch of each process's life: the local rate is the long
 * run's time less the short run's (its documents 2,000 to 5,000), and the queue's rate runs from
 * 2,000 documents done for each worker process to 5,000 for each, while jobs still wait, so process
 * start, warm-up and the queue's end count for none. Warm-up lasts that long: over its documents
 * 500 to 2,000 a worker's threads other than the main one (V8's optimizing compiler, still making
 * some 200 functions' optimized code, and GC helpers) took 0.54 ms of CPU a document, against 0.11
 * over 2,000-5,000 and 0.07 over 10,000-15,000, and its main thread 1.42 ms against 1.21-1.27.
 * Timed over 500-2,000, a worker wanted 1.3 cores and two on two cores read 1.15-1.34x one: the
 * optimizing compiler's start-up, which a worker that runs for hours pays once.
 *
 * Each worker runs in a session of its own, as a service manager starts workers. Linux's autogroup
 * scheduler shares a busy machine's CPU between sessions, not processes: in the bench's session,
 * two workers got 0.22 of a core each where one alone got 0.42, and read 1.0x. In sessions of their
 * own each gets a session's share, so on a loaded machine the two-process row reads the share of
 * the machine two services would get; on a quiet one sessions change nothing. The CPU time a
 * document, in the workers together and in Redis, is in each row's note: it says how the two
 * processes scale whatever the load.
 */
export const suite: BenchSuite = {
  name: 'queue',
  async run(context) {
    if (!redisServerVersion()) {
      process.stderr.write('bench queue: skipped: no redis-server on the PATH (Debian: apt-get install redis-server)\n')
      return []
    }
    const server = await startRedisServer()
    // One connection for the whole suite: what it polls, and Redis's memory figures.
    const redis = new Redis(server.url)
    const until = progressWaiter(redis)
    const folder = mkdtempSync(join(tmpdir(), 'tidings-bench-queue-'))
    try {
      const short = 2000
      const count = 5000
      const mostWorkers = 2
      const inputs = {short: join(folder, 'short.jsonl'), long: join(folder, 'long.jsonl'), queue: join(folder, 'queue.jsonl')}
      // Real articles where the development data is present: a job's own cost (some Redis round
      // trips) weighs on a short template article as it never does on news.
      await writeDocuments(inputs.short, short, context.articles)
      const bytes = await writeDocuments(inputs.long, count, context.articles)
      // Enough for every process's warm-up and timed documents, and the jobs the processes hold
      // when the timing ends (32 jobs of 10 documents each), with jobs to spare.
      await writeDocuments(inputs.queue, count * mostWorkers + 1000, context.articles)
      const localRate = async () => {
        const run = (input: string) => runCli(['articles', '--jsonl', input, '--out', '/dev/null', '--workers', '1', '--quiet'])
        const first = await run(inputs.short)
        const second = await run(inputs.long)
        // Its CPU a document (all threads: the pool's worker and the main thread that reads and writes) compares with the queue's whatever the load.
        return {articlesPerSecond: (count - short) / (second.seconds - first.seconds), cpu: ((second.cpuSeconds - first.cpuSeconds) * 1000) / (count - short)}
      }
      let runs = 0
      const queueRate = async (workers: number) => {
        const connection = {redis: server.url, prefix: `workers-${++runs}`}
        const enqueued = spawnSync(process.execPath, [cli, 'enqueue', '--jsonl', inputs.queue, '--redis', server.url, '--prefix', connection.prefix, '--quiet'])
        if (enqueued.status !== 0) throw new Error(`tidings enqueue failed: ${enqueued.stderr}`)
        const processes = Array.from({length: workers}, () => startCli(['worker', '--redis', server.url, '--prefix', connection.prefix, '--quiet'], {session: true}))
        const cpu = async (): Promise<CpuSample> => ({workers: processes.map((process) => process.cpuSeconds()), redis: await redisCpuSeconds(redis)})
        const from = await until(connection, (counts) => counts.done >= short * workers)
        const cpuFrom = await cpu()
        const to = await until(connection, (counts) => counts.done >= count * workers)
        const cpuTo = await cpu()
        for (const process of processes) process.stop()
        const peaks = await Promise.all(processes.map(async (process) => (await process.exited).peakMegabytes))
        // Each round's records and jobs go, so Redis (and its append-only file) holds one round's at most.
        await redis.flushdb()
        const documents = to.counts.done - from.counts.done
        const seconds = (to.at - from.at) / 1000
        return {articlesPerSecond: documents / seconds, peakMegabytes: Math.max(...peaks), cpu: cpuCost(cpuFrom, cpuTo, documents, seconds)}
      }
      const rounds = {local: [] as Array<Awaited<ReturnType<typeof localRate>>>, one: [] as Array<Awaited<ReturnType<typeof queueRate>>>, two: [] as Array<Awaited<ReturnType<typeof queueRate>>>}
      // In turns, each its median round: a shared machine's slow spell falls on every side.
      for (let round = 0; round < 3; round++) {
        rounds.local.push(await localRate())
        rounds.one.push(await queueRate(1))
        rounds.two.push(await queueRate(2))
      }
      const [local, one, two] = [medianRate(rounds.local), medianRate(rounds.one), medianRate(rounds.two)]
      const megabytes = (rate: number) => ((bytes / count) * rate) / 1e6

      const records = await eventRecords(context.generatedArticles)
      const corpusRun = async (articles: number) => {
        const connection = {redis: server.url, prefix: `corpus-${articles}`}
        await enqueue(records(articles), connection)
        const worker = startWorker({...connection, pipeline: () => createPipeline()})
        await until(connection, (counts) => counts.done === articles)
        await worker.close()
        const before = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1])
        const started = performance.now()
        const corpus = startCli(['corpus', '--redis', server.url, '--prefix', connection.prefix, '--settle', '100', '--quiet'])
        const done = await until(connection, (counts) => counts.clustered === articles, 20)
        corpus.stop()
        const {peakMegabytes} = await corpus.exited
        const after = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1])
        return {seconds: (done.at - started) / 1000, peakMegabytes, redisBytes: after - before}
      }
      const small = await corpusRun(1000)
      const large = await corpusRun(10_000)
      const perArticle = (large.redisBytes - small.redisBytes) / 9000

      const rows: BenchRow[] = [
        {
          suite: 'queue',
          name: 'tidings worker: 2 processes',
          articlesPerSecond: two.articlesPerSecond,
          megabytesPerSecond: megabytes(two.articlesPerSecond),
          peakMegabytes: two.peakMegabytes,
          baseline: {name: '1 worker process', articlesPerSecond: one.articlesPerSecond},
          ratio: two.articlesPerSecond / one.articlesPerSecond,
          target: 1.6,
          note: `steady rate from each process's document ${short} to its ${count}, Redis on loopback; ${cpuNote(two.cpu)}`
        },
        {
          suite: 'queue',
          name: 'tidings worker: 1 process',
          articlesPerSecond: one.articlesPerSecond,
          megabytesPerSecond: megabytes(one.articlesPerSecond),
          peakMegabytes: one.peakMegabytes,
          baseline: {name: 'tidings articles --workers 1', articlesPerSecond: local.articlesPerSecond},
          ratio: one.articlesPerSecond / local.articlesPerSecond,
          target: 0.75,
          note: `within 25% of the local rate; ${cpuNote(one.cpu)}; local CPU a document ${local.cpu.toFixed(2)} ms`
        },
        {
          suite: 'queue',
          name: 'tidings corpus: 10,000 vs 1,000 article records',
          articlesPerSecond: 10_000 / large.seconds,
          megabytesPerSecond: 0,
          peakMegabytes: large.peakMegabytes,
          baseline: {name: '1,000 article records', articlesPerSecond: 1000 / small.seconds},
          ratio: large.seconds / small.seconds,
          target: 12,
          atMost: true,
          note: `time for 10x the articles over time for 1x; Redis grows ${(perArticle / 1024).toFixed(1)} KB an article (${((perArticle * 1e6) / 2 ** 30).toFixed(1)} GiB a million)`
        },
        {
          suite: 'queue',
          name: 'tidings corpus: peak memory, 10,000 vs 1,000',
          articlesPerSecond: 10_000 / large.seconds,
          megabytesPerSecond: 0,
          peakMegabytes: large.peakMegabytes,
          baseline: {name: `1,000 article records (${small.peakMegabytes.toFixed(0)} MB peak)`, articlesPerSecond: 1000 / small.seconds},
          ratio: large.peakMegabytes / small.peakMegabytes,
          target: 1.5,
          atMost: true,
          note: 'the corpus process, with the dedupe and events indexes in Redis'
        }
      ]
      return rows
    } finally {
      redis.disconnect()
      await server.remove()
      rmSync(folder, {recursive: true, force: true})
    }
  }
}

/** CPU seconds Redis has used (user and system), from `INFO cpu`. */
async function redisCpuSeconds(redis: Redis): Promise<number> {
  const info = await redis.info('cpu')
  return Number(/used_cpu_user:([\d.]+)/.exec(info)?.[1]) + Number(/used_cpu_sys:([\d.]+)/.exec(info)?.[1])
}

interface CpuSample {
  workers: Array<{all: number; mainThread: number} | undefined>
  redis: number
}

interface CpuCost {
  /** CPU ms a document in the workers together, and in their main threads (where the stages run). */
  worker?: {all: number; mainThread: number}
  /** Cores each worker kept busy on average, all its threads and its main thread. */
  workerCores?: {all: number; mainThread: number}
  /** CPU ms a document in Redis, and the cores it kept busy. */
  redis: number
  redisCores: number
}

/** What the timed documents cost in CPU between two samples: figures the machine's other load changes far less than the rate. */
function cpuCost(from: CpuSample, to: CpuSample, documents: number, seconds: number): CpuCost {
  const redisSeconds = to.redis - from.redis
  const redis = {redis: (redisSeconds * 1000) / documents, redisCores: redisSeconds / seconds}
  const spans = from.workers.map((start, at) => {
    const end = to.workers[at]
    return start && end ? {all: end.all - start.all, mainThread: end.mainThread - start.mainThread} : undefined
  })
  if (spans.some((span) => span === undefined)) return redis
  const total = (part: 'all' | 'mainThread') => spans.reduce((sum, span) => sum + span![part], 0)
  const per = (divisor: number) => ({all: total('all') / divisor, mainThread: total('mainThread') / divisor})
  return {...redis, worker: per(documents / 1000), workerCores: per(seconds * spans.length)}
}

/**
 * The CPU a document and the cores used. Two workers reach 1.6x one on two cores only when a
 * document's whole CPU (every worker thread, and Redis) is at most 1.25x what one worker's main
 * thread spends on it, as one worker runs at the pace of its main thread.
 */
function cpuNote(cpu: CpuCost): string {
  const redis = `Redis ${cpu.redis.toFixed(2)} ms`
  if (!cpu.worker || !cpu.workerCores) return `CPU a document: workers ?, ${redis}`
  return (
    `CPU a document: workers ${cpu.worker.all.toFixed(2)} ms (main threads ${cpu.worker.mainThread.toFixed(2)}), ${redis}; ` +
    `cores: each worker ${cpu.workerCores.all.toFixed(2)} (main thread ${cpu.workerCores.mainThread.toFixed(2)}), Redis ${cpu.redisCores.toFixed(2)}`
  )
}

/** Waits for counts, polling `progress` over the suite's one connection: `status()` opens a connection and a BullMQ queue on every call, which ten times a second took CPU from the workers being timed. */
function progressWaiter(redis: Redis) {
  /** Poll until `ready` holds; when it did, and the counts then. */
  return async (connection: {redis: string; prefix: string}, ready: (counts: QueueProgress) => boolean, interval = 100): Promise<{at: number; counts: QueueProgress}> => {
    for (;;) {
      const counts = await progress(redis, connection.prefix)
      if (ready(counts)) return {at: performance.now(), counts}
      await sleep(interval)
    }
  }
}
