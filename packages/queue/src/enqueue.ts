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
}

export interface EnqueueResult {
  /** Documents that became jobs (or error records, for those over the size limit). */
  added: number
  /** Documents whose id was enqueued before: processed once, so not again. */
  skipped: number
}

/** A job whose worker could not store its record (Redis away) is tried again, waiting longer each time. */
const retries = {attempts: 8, backoff: {type: 'exponential', delay: 500}}

/** What a job holds: one input and the reference date for it. */
export interface JobPayload {
  input: PipelineInput
  published?: string
}

/**
 * Add documents to the queue as jobs whose id is the document id, in order. A document id seen
 * before is skipped, so enqueueing the same input twice processes it once; a run that stopped
 * half-way can simply be started again.
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
    const jobs = []
    const rejected = connection.multi()
    for (const [at, [, hasRecord, isNew]] of registered.entries()) {
      const entry = ready[at]!
      if (isNew) result.added++
      else result.skipped++
      // A document registered by an enqueue that stopped before adding its job gets its job now;
      // BullMQ ignores a job id it holds already.
      if (hasRecord) continue
      if (entry.rejected !== undefined) rejected.hset(keys.articles, entry.id, entry.rejected)
      else {
        const data: JobPayload = {input: entry.input, ...(options.published === undefined ? {} : {published: options.published})}
        jobs.push({name: 'document', data, opts: {jobId: jobId(entry.id), ...retries}})
      }
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
