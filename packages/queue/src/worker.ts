import {type ArticleRecord, type ErrorRecord, errorRecord, type Pipeline, type PipelineInput} from '@tidings/core'
import {type Job, Worker} from 'bullmq'
import type {JobPayload} from './enqueue.js'
import {connect, type ConnectionOptions, documentIdOf, keysOf, queueName, register, storeRecords} from './keys.js'

export interface WorkerOptions extends ConnectionOptions {
  /**
   * The per-article pipeline for a reference date (undefined when the job has none). The `tidings`
   * package passes its built-in stages; a pipeline is built once per date and kept.
   */
  pipeline: (published: string | undefined) => Pipeline
  /**
   * Jobs this process holds at once (default 32): while the stages work on one, the Redis round
   * trips of the others are in flight. The stages use one core: run a process per core.
   */
  concurrency?: number
  /** How long a job stays locked to this worker without renewal, in ms (default 30,000): a killed worker's job is retried after about this long. */
  lockDuration?: number
  /** How often this worker looks for jobs whose worker died, in ms (default 30,000). */
  stalledInterval?: number
  /** Times a job may lose its worker before it fails (default 20): a job is retried after its worker died, or was too busy to renew the lock. */
  maxStalledCount?: number
}

export interface QueueWorker {
  /** Finish the jobs in hand, take no more, and disconnect. */
  close(): Promise<void>
}

/**
 * Take documents off the queue and run the per-article stages on them, storing each record by
 * document id. Storing is idempotent, so a job retried after its worker died stores the same bytes.
 */
export function startWorker(options: WorkerOptions): QueueWorker {
  const prefix = options.prefix ?? 'tidings'
  const keys = keysOf(prefix)
  const connection = connect(options, 'tidings worker')
  const store = connect(options, 'tidings worker')
  const pipelines = new Map<string | undefined, Pipeline>()
  const pipelineFor = (published: string | undefined): Pipeline => {
    let pipeline = pipelines.get(published)
    if (!pipeline) pipelines.set(published, (pipeline = options.pipeline(published)))
    return pipeline
  }

  async function process(job: Job): Promise<void> {
    const payload = job.data as Partial<JobPayload> | undefined
    if (!isPayload(payload)) {
      const id = documentIdOf(job.id ?? job.name)
      const message = `Job ${job.id} holds no documents: expected {inputs: [{id, text|html}, ...]}, got ${describe(payload)}`
      options.log?.(`tidings worker: ${message}`)
      // A job someone added by hand has no place in the order yet; it gets one, once.
      await register(store, keys, [id])
      await storeRecords(store, keys, [[id, JSON.stringify(errorRecord(id, 'invalid-job', message))]])
      return
    }
    const pipeline = pipelineFor(payload.published)
    const records = await inTurn(async () => {
      const lines: Array<[string, string]> = []
      for (const input of payload.inputs) lines.push([input.id, JSON.stringify(isRecord(input) ? input : await pipeline.article(input))])
      return lines
    })
    await storeRecords(store, keys, records)
  }

  /**
   * The stages take the jobs in hand one at a time, in the order they came, with a turn of the event
   * loop before each. Left to themselves, the jobs in hand took turns a document each through
   * microtasks: all of them finished together, after a round of 320 documents in which no reply was
   * read, and the stages then waited while their records were stored and the next jobs fetched;
   * and at the queue's end one process could take the last round of jobs while another had none.
   * Now one job's records are stored, and the next job fetched, while the stages work on another.
   */
  let lane: Promise<unknown> = Promise.resolve()
  function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = lane.then(() => new Promise((resolve) => setImmediate(resolve))).then(work)
    lane = turn.catch(() => {})
    return turn
  }

  const worker = new Worker(queueName, process, {
    connection,
    prefix,
    concurrency: options.concurrency ?? 32,
    lockDuration: options.lockDuration ?? 30_000,
    stalledInterval: options.stalledInterval ?? 30_000,
    maxStalledCount: options.maxStalledCount ?? 20,
    removeOnComplete: {count: 0},
    autorun: true
  })
  worker.on('error', (error) => options.log?.(`tidings worker: ${error.message}`))
  worker.on('failed', (job, error) => {
    if (!job) return
    options.log?.(`tidings worker: job ${job.id} failed (attempt ${job.attemptsMade}): ${error.message}`)
    // Out of attempts: its documents get error records, so the corpus stage is not held up for ever.
    if (job.attemptsMade < (job.opts.attempts ?? 1)) return
    const payload = job.data as Partial<JobPayload> | undefined
    const ids = isPayload(payload) ? payload.inputs.map((input) => input.id) : [documentIdOf(job.id ?? job.name)]
    const message = `Job ${job.id} failed ${job.attemptsMade} times: ${error.message}`
    storeRecords(store, keys, ids.map((id) => [id, JSON.stringify(errorRecord(id, 'job-failed', message))])).catch(() => {})
  })

  return {
    async close() {
      await worker.close()
      store.disconnect()
      connection.disconnect()
    }
  }
}

function isPayload(payload: Partial<JobPayload> | undefined): payload is JobPayload & {inputs: Array<PipelineInput & {id: string}>} {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    Array.isArray(payload.inputs) &&
    payload.inputs.length > 0 &&
    payload.inputs.every((input: unknown) => typeof input === 'object' && input !== null && typeof (input as {id?: unknown}).id === 'string' && (input as {id: string}).id !== '') &&
    (payload.published === undefined || typeof payload.published === 'string')
  )
}

function isRecord(input: PipelineInput): input is ArticleRecord | ErrorRecord {
  return 'kind' in input && (input.kind === 'article' || input.kind === 'error')
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}
