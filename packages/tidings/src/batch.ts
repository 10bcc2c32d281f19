import type {PipelineInput, TidingsRecord} from '@tidings/core'
import {defaultWorkers, parallelArticles, type SerializedRecord, type WorkerSetup} from './pool.js'
import {tidings, type TidingsOptions} from './pipeline.js'
import {articleStageNames} from './stages.js'

export interface BatchOptions extends TidingsOptions {
  /** Worker threads for the per-article stages (default: the cores available; 1 runs in this thread). */
  workers?: number
}

/**
 * The batch API: documents in (any iterable or async iterable), records out as an async iterable,
 * one per input in input order, then the event records. Streams: memory holds only the inputs in
 * flight and the corpus stages' index. Output is identical for any number of workers.
 */
export function processBatch(
  inputs: Iterable<PipelineInput> | AsyncIterable<PipelineInput>,
  options: BatchOptions = {}
): AsyncIterable<TidingsRecord> {
  const workers = checkedWorkers(options)
  if (workers === 1) return tidings(options).run(inputs)
  const corpusOnly = tidings({...options, stages: []})
  return corpusOnly.run(parsed(parallelArticles(inputs, workerSetup(options), {workers})))
}

/**
 * Per-article output as JSON lines made on the workers, for jobs with no corpus stage: the command's
 * output for each article (no line where it prints nothing) and error records whole.
 */
export function processBatchLines(
  inputs: Iterable<PipelineInput> | AsyncIterable<PipelineInput>,
  command: string,
  options: BatchOptions = {}
): AsyncIterable<SerializedRecord> {
  return parallelArticles(inputs, {...workerSetup(options), command}, {workers: checkedWorkers(options)})
}

function checkedWorkers(options: BatchOptions): number {
  const workers = options.workers ?? defaultWorkers()
  if (!Number.isInteger(workers) || workers < 1) throw new TypeError(`Expected \`workers\` to be a positive integer, not ${workers}`)
  if (workers > 1 && options.extraArticleStages?.length) {
    throw new TypeError('Your own per-article stages run in this thread: set `workers: 1` to use them')
  }
  return workers
}

function workerSetup(options: BatchOptions): WorkerSetup {
  return {
    stages: options.stages ?? articleStageNames,
    ...(options.published ? {published: options.published} : {}),
    ...(options.traceRules ? {traceRules: true} : {})
  }
}

const decoder = new TextDecoder()

async function* parsed(records: AsyncIterable<SerializedRecord>): AsyncGenerator<PipelineInput> {
  for await (const {line} of records) yield JSON.parse(decoder.decode(line)) as PipelineInput
}
