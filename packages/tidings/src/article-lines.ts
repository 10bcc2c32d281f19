import type {PipelineInput} from '@tidings/core'
import type {PluggableList} from 'unified'
import {commands} from './commands.js'
import {loadStageModules, tidings} from './pipeline.js'
import type {WorkerSetup} from './pool.js'

/** A per-article record as its JSON line: the command's output for it, or the record itself. */
export interface ArticleLine {
  kind: 'article' | 'error'
  /** With its newline; empty when the command prints nothing for the record. */
  line: string
}

/**
 * The per-article pipeline of `setup` as a function from a document to its line: the same on a
 * worker thread and on the main thread, so the output is the same wherever an input is processed.
 */
export async function articleLines(setup: WorkerSetup): Promise<(input: PipelineInput) => Promise<ArticleLine>> {
  const extraArticleStages: PluggableList = await loadStageModules(setup.stageModules ?? [])
  const pipeline = tidings({
    stages: setup.stages,
    corpus: [],
    extraArticleStages,
    ...(setup.published ? {published: setup.published} : {}),
    ...(setup.traceRules ? {traceRules: true} : {})
  })
  const output = commands.find(({name}) => name === setup.command)?.output
  return async (input) => {
    const record = await pipeline.article(input)
    const shown = record.kind === 'article' && output ? output(record) : record
    return {kind: record.kind, line: shown == null ? '' : JSON.stringify(shown) + '\n'}
  }
}
