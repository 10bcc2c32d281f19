import {type CorpusStage, createPipeline, type Pipeline} from '@tidings/core'
import type {PluggableList} from 'unified'
import {
  type ArticleStageName,
  articleStageNames,
  articleStages,
  type CorpusStageName,
  corpusStageNames,
  corpusStages
} from './stages.js'

export interface TidingsOptions {
  /** Reference date (YYYY-MM-DD) for documents that carry no `publishedAt`. */
  published?: string
  /** Longest input accepted, in UTF-16 code units (see `maxInputLength` of `@tidings/core`). */
  maxInputLength?: number
  /** Record the rules that fire in each article record's `ruleHits` (see `traceRules` of `@tidings/core`; default false). */
  traceRules?: boolean
  /** Built-in per-article stages to run, in pipeline order (default: all). */
  stages?: ReadonlyArray<ArticleStageName>
  /** Built-in corpus stages to run, in pipeline order (default: all). */
  corpus?: ReadonlyArray<CorpusStageName>
  /** Your own per-article stages, run after the built-in ones. */
  extraArticleStages?: PluggableList
  /** Your own corpus stages, run after the built-in ones. */
  extraCorpusStages?: ReadonlyArray<CorpusStage>
}

/** The Tidings pipeline with the built-in stages: raw articles in, article and event records out. */
export function tidings(options: TidingsOptions = {}): Pipeline {
  const wantedArticle = new Set(options.stages ?? articleStageNames)
  const wantedCorpus = new Set(options.corpus ?? corpusStageNames)
  const article: PluggableList = []
  for (const name of articleStageNames) {
    const stage = articleStages[name]
    if (stage && wantedArticle.has(name)) article.push(stage())
  }
  const corpus: CorpusStage[] = []
  for (const name of corpusStageNames) {
    const stage = corpusStages[name]
    if (stage && wantedCorpus.has(name)) corpus.push(stage())
  }
  return createPipeline({
    article: [...article, ...(options.extraArticleStages ?? [])],
    corpus: [...corpus, ...(options.extraCorpusStages ?? [])],
    ...(options.published === undefined ? {} : {published: options.published}),
    ...(options.maxInputLength === undefined ? {} : {maxInputLength: options.maxInputLength}),
    ...(options.traceRules ? {traceRules: true} : {})
  })
}
