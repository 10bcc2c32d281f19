import type {PipelineInput, TidingsRecord} from '@tidings/core'
import {defaultWorkers, parallelArticles, type ParallelOptions, type SerializedRecord, type WorkerSetup} from './pool.js'
import {loadStageModules, stageModuleUrl, tidings, type TidingsOptions} from './pipeline.js'
import {articleStageNames} from './stages.js'

export interface BatchOptions extends TidingsOptions {
  /**
   * Threads for the per-article stages, this one included (default: the cores available; 1 runs
   * in this thread). Worker threads start only once the input is long enough to gain from them
   * (`inProcessCharacters`). Left out, they start only while the machine has an idle core, and only
   * for input long enough to repay a worker's warm-up (`inputCharacters`).
   */
  workers?: number
  /**
   * About how many characters the inputs hold in all, when known (the CLI gives its files' sizes).
   * With the default `workers`, an input shorter than `workerBreakEvenCharacters` runs in this
   * thread alone and a longer one starts its workers at once; unknown, workers start once that
   * much input has been processed here.
   */
  inputCharacters?: number
  /**
   * Modules of your own per-article stages, by path (from the current directory) or file URL, run
   * after the built-in ones on every worker and on this thread. Each module's default export is a
   * unified plugin, `[plugin, options]`, or a list of them.
   */
  stageModules?: ReadonlyArray<string>
  /**
   * Characters of input processed in this thread before the workers start (default 1,048,576 for a
   * `workers` count asked for, `workerBreakEvenCharacters` for the default one; 0: workers from the start).
   */
  inProcessCharacters?: number
}

/**
 * The input below which the default worker count runs in this thread alone: on a 2-core machine a
 * worker thread pays for itself only after about 11 million characters of news. Besides starting,
 * each thread compiles the stages' code anew, and the optimizing compiler keeps a core busy for
 * some 3 s over a thread's first 4 million characters; a single thread already has that compiler
 * on the second core. Measured as processor time per thread with `tidings articles` on the
 * development news (ECB+, TimeBank) repeated to 7.4 and 14.9 million characters: a second thread
 * added 3.5 and 3.8 s to one thread's 8.3 and 12.1 s, so on two idle cores two threads need at
 * least 5.9 and 7.9 s where one thread takes 5.2 and 8.7 s. Denser text breaks even sooner (the
 * bench's generated articles, half again the cost a character, near 4 million): the threshold is set
 * for news as it comes.
 */
export const workerBreakEvenCharacters = 12 * 1024 * 1024

/**
 * The batch API: documents in (any iterable or async iterable), records out as an async iterable,
 * one per input in input order, then the event records. Streams: memory holds only the inputs in
 * flight and the corpus stages' index. Output is identical for any number of workers.
 */
export function processBatch(
  inputs: Iterable<PipelineInput> | AsyncIterable<PipelineInput>,
  options: BatchOptions = {}
): AsyncIterable<TidingsRecord> {
  const workers = batchThreads(options)
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
  return parallelArticles(inputs, {...workerSetup(options), command}, parallelOptions(options, batchThreads(options)))
}

/**
 * The threads a job runs on: the count asked for, or by default the cores available, but one for an
 * input known to be too short for a worker to gain (see `workerBreakEvenCharacters`).
 */
export function batchThreads(options: BatchOptions): number {
  const workers = checkedWorkers(options)
  const tooShort = options.workers === undefined && options.inputCharacters !== undefined && options.inputCharacters < workerBreakEvenCharacters
  return tooShort ? 1 : workers
}

function parallelOptions(options: BatchOptions, workers: number): ParallelOptions {
  if (options.workers !== undefined) {
    return {workers, ...(options.inProcessCharacters === undefined ? {} : {inProcessCharacters: options.inProcessCharacters})}
  }
  // An input known to be long enough starts its workers with the first input (this thread goes on
  // processing until one is ready); one of unknown length, once it has shown itself long enough.
  const inProcessCharacters = options.inProcessCharacters ?? (options.inputCharacters === undefined ? workerBreakEvenCharacters : 1)
  return {workers, whenCoresIdle: true, inProcessCharacters}
}

function checkedWorkers(options: BatchOptions): number {
  const workers = options.workers ?? defaultWorkers()
  if (!Number.isInteger(workers) || workers < 1) throw new TypeError(`Expected \`workers\` to be a positive integer, not ${workers}`)
  const {inputCharacters} = options
  if (inputCharacters !== undefined && !(inputCharacters >= 0)) {
    throw new TypeError(`Expected \`inputCharacters\` to be a number of characters, not ${inputCharacters}`)
  }
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
