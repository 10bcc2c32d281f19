import type {PipelineInput, TidingsRecord} from '@tidings/core'
import {defaultWorkers, parallelArticles, type ParallelOptions, type SerializedRecord, type WorkerSetup} from './pool.js'
import {loadStageModules, stageModuleUrl, tidings, type TidingsOptions} from './pipeline.js'
import {articleStageNames} from './stages.js'

export interface BatchOptions extends TidingsOptions {
  /**
   * Threads for the per-article stages, this one included (default: the cores available; 1 runs
   * in this thread). Worker threads start only once the input is long enough to gain from them
   * (`inProcessCharacters`), and by default only while the machine has an idle core.
   */
  workers?: number
  /**
   * Modules of your own per-article stages, by path (from the current directory) or file URL, run
   * after the built-in ones on every worker and on this thread. Each module's default export is a
   * unified plugin, `[plugin, options]`, or a list of them.
   */
  stageModules?: ReadonlyArray<string>
  /** Characters of input processed in this thread before the workers start (default 1,048,576; 0: workers from the start). */
  inProcessCharacters?: number
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
  if (workers === 1) return options.stageModules?.length ? inThisThread(inputs, options) : tidings(options).run(inputs)
  const corpusOnly = tidings({...options, stages: []})
  return corpusOnly.run(parsed(parallelArticles(inputs, workerSetup(options), parallelOptions(options, workers))))
}

async function* inThisThread(inputs: Iterable<PipelineInput> | AsyncIterable<PipelineInput>, options: BatchOptions): AsyncGenerator<TidingsRecord> {
  const fromModules = await loadStageModules(options.stageModules ?? [])
  yield* tidings({...options, extraArticleStages: [...(options.extraArticleStages ?? []), ...fromModules]}).run(inputs)
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
  return parallelArticles(inputs, {...workerSetup(options), command}, parallelOptions(options, checkedWorkers(options)))
}

function parallelOptions(options: BatchOptions, workers: number): ParallelOptions {
  return {
    workers,
    ...(options.workers === undefined ? {whenCoresIdle: true} : {}),
    ...(options.inProcessCharacters === undefined ? {} : {inProcessCharacters: options.inProcessCharacters})
  }
}

function checkedWorkers(options: BatchOptions): number {
  const workers = options.workers ?? defaultWorkers()
  if (!Number.isInteger(workers) || workers < 1) throw new TypeError(`Expected \`workers\` to be a positive integer, not ${workers}`)
  if (workers > 1 && options.extraArticleStages?.length) {
    throw new TypeError('Your own per-article stages run in this thread: set `workers: 1`, or give them as `stageModules` that every worker loads')
  }
  return workers
}

function workerSetup(options: BatchOptions): WorkerSetup {
  return {
    stages: options.stages ?? articleStageNames,
    ...(options.stageModules?.length ? {stageModules: options.stageModules.map(stageModuleUrl)} : {}),
    ...(options.published ? {published: options.published} : {}),
    ...(options.traceRules ? {traceRules: true} : {})
  }
}

const decoder = new TextDecoder()

async function* parsed(records: AsyncIterable<SerializedRecord>): AsyncGenerator<PipelineInput> {
  for await (const {line} of records) yield JSON.parse(decoder.decode(line)) as PipelineInput
}
