import {createPipeline, defaultMaxInputLength, type PipelineInput} from '@tidings/core'
import {Queue} from 'bullmq'
import {connect, type ConnectionOptions, jobId, keysOf, queueName, register} from './keys.js'

export interface EnqueueOptions extends ConnectionOptions {
  /** Reference date (YYYY-MM-DD) the workers give documents without `publishedAt` (as `tidings run --published`). */
  published?: string
  /**
   * Longest `text` or `html` accepted, in UTF-16 code units (default 8,000,000, as the local
   * pipeline). A longer document never enters Redis: its `input-too-large` error record is stored at once.
   */
  maxInputLength?: number
  /** Documents sent to Redis in one round trip (default 200). */
  chunkSize?: number
  /**
   * Documents a job carries (default 10): each job costs a worker some Redis round trips and
   * BullMQ's bookkeeping, which over one document was a fifth of a worker's time. A job is
   * retried whole, so a worker that dies costs up to this many documents' work again.
   */
  documentsPerJob?: number
}

export interface EnqueueResult {
  /** Documents that became jobs (or error records, for those over the size limit). */
  added: number
  /** Documents whose id was enqueued before: processed once, so not again. */
  skipped: number
}

/** A job whose worker could not store its record (Redis away) is tried again, waiting longer each time. */
const retries = {attempts: 8, backoff: {type: 'exponential', delay: 500}}

/** What a job holds: inputs in enqueue order, each with a non-empty string id, and the reference date for them. */
export interface JobPayload {
  inputs: PipelineInput[]
  published?: string
}

/**
 * Add documents to the queue in order, a few to a job named by its first document id. A document
 * id seen before is skipped, so enqueueing the same input twice processes it once; a run that
 * stopped half-way can simply be started again.
 */
export async function enqueue(
  inputs: Iterable<PipelineInput> | AsyncIterable<PipelineInput>,
  options: EnqueueOptions
): Promise<EnqueueResult> {
  const prefix = options.prefix ?? 'tidings'
  const maxInputLength = options.maxInputLength ?? defaultMaxInputLength
  // Builds no stage: it only turns an input that cannot be processed into the same error record as the local pipeline.
  const admission = createPipeline({maxInputLength, ...(options.published === undefined ? {} : {published: options.published})})
  const chunkSize = options.chunkSize ?? 200
  const documentsPerJob = options.documentsPerJob ?? 10
  if (!Number.isInteger(documentsPerJob) || documentsPerJob < 1) throw new TypeError(`Expected \`documentsPerJob\` to be a positive integer, not ${documentsPerJob}`)
  const connection = connect(options, 'tidings enqueue')
  const queue = new Queue(queueName, {connection, prefix})
  // The connection says when Redis is away; the queue's copy of that error adds nothing.
  queue.on('error', () => {})
  const keys = keysOf(prefix)
  const result: EnqueueResult = {added: 0, skipped: 0}
  let position = 0

  async function send(chunk: PipelineInput[]): Promise<void> {
    const ready = await Promise.all(chunk.map(async (input) => admitted(input, ++position)))
    const registered = await register(connection, keys, ready.map((entry) => entry.id))
    const unprocessed: Array<{id: string; input: PipelineInput}> = []
    const rejected = connection.multi()
    for (const [at, [, hasRecord, isNew]] of registered.entries()) {
      const entry = ready[at]!
      if (isNew) result.added++
      else result.skipped++
      // A document registered by an enqueue that stopped before adding its job gets its job now;
      // BullMQ ignores a job id it holds already, and a document that ends up in two jobs is
      // stored twice as the same bytes.
      if (hasRecord) continue
      if (entry.rejected !== undefined) rejected.hset(keys.articles, entry.id, entry.rejected)
      else unprocessed.push(entry)
    }
    const jobs = []
    for (let start = 0; start < unprocessed.length; start += documentsPerJob) {
      const batch = unprocessed.slice(start, start + documentsPerJob)
      const data: JobPayload = {inputs: batch.map((entry) => entry.input), ...(options.published === undefined ? {} : {published: options.published})}
      jobs.push({name: 'documents', data, opts: {jobId: jobId(batch[0]!.id), ...retries}})
    }
    await rejected.exec()
    if (jobs.length > 0) await queue.addBulk(jobs)
  }

  async function admitted(input: PipelineInput, line: number): Promise<{id: string; input: PipelineInput; rejected?: string}> {
    const id = (input as {id?: unknown}).id
    // Without an id there is no job id: the input's place in the stream names its error record.
    if (typeof id !== 'string' || id === '') {
      const record = await admission.article(input, {line})
      return {id: record.id, input, rejected: JSON.stringify(record)}
    }
    const length = ((input as {html?: string}).html ?? (input as {text?: string}).text ?? '').length
    if ('kind' in input || length <= maxInputLength) return {id, input}
    return {id, input, rejected: JSON.stringify(await admission.article(input))}
  }

  try {
    let chunk: PipelineInput[] = []
    for await (const input of inputs) {
      chunk.push(input)
      if (chunk.length >= chunkSize) {
        await send(chunk)
        chunk = []
      }
    }
    if (chunk.length > 0) await send(chunk)
  } finally {
    await queue.close()
    connection.disconnect()
  }
  return result
}
