import type {PipelineInput, TidingsRecord} from '@tidings/core'
import {defaultWorkers, parallelArticles} from './pool.js'
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
  const workers = options.workers ?? defaultWorkers()
  if (!Number.isInteger(workers) || workers < 1) throw new TypeError(`Expected \`workers\` to be a positive integer, not ${workers}`)
  if (workers > 1 && options.extraArticleStages?.length) {
    throw new TypeError('Your own per-article stages run in this thread: set `workers: 1` to use them')
  }
  if (workers === 1) return tidings(options).run(inputs)
  const published = options.published
  const corpusOnly = tidings({...options, stages: []})
  const articles = parallelArticles(inputs, {stages: options.stages ?? articleStageNames, ...(published ? {published} : {})}, {workers})
  return corpusOnly.run(articles)
}
