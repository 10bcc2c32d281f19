import {isAbsolute, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {type CorpusStage, createPipeline, type Pipeline} from '@tidings/core'
import type {Pluggable, PluggableList} from 'unified'
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

/**
 * A stage module's specifier as a URL: a path is read from the current directory, so that a worker
 * thread, which imports from this package's folder, finds the same file.
 */
export function stageModuleUrl(specifier: string): string {
  if (/^(?:file|data):/.test(specifier)) return specifier
  return pathToFileURL(isAbsolute(specifier) ? specifier : resolve(specifier)).href
}

/**
 * The per-article stages of modules given by path or file URL, in order. A module's default export
 * is a unified plugin, `[plugin, options]`, or a list of those: what `extraArticleStages` takes.
 * Giving a built-in stage with options (`[dates, {rules}]`) configures that stage where it runs.
 */
export async function loadStageModules(specifiers: ReadonlyArray<string>): Promise<PluggableList> {
  const stages: PluggableList = []
  for (const specifier of specifiers) {
    const exported = ((await import(stageModuleUrl(specifier))) as {default?: unknown}).default
    // As unified's `use` reads an array: a list when each entry is a plugin or `[plugin, ...]`.
    if (typeof exported === 'function') stages.push(exported as Pluggable)
    else if (Array.isArray(exported) && exported.length > 0 && exported.every(isPluggable)) stages.push(...(exported as PluggableList))
    else if (isPluggable(exported)) stages.push(exported as Pluggable)
    else throw new TypeError(`Expected the default export of stage module \`${specifier}\` to be a unified plugin, [plugin, options] or a list of them`)
  }
  if (stages.length === 0) return stages
  const ours = await builtInStagesByPackage()
  return stages.map((stage) => (Array.isArray(stage) ? [ours.get(stage[0]) ?? stage[0], ...stage.slice(1)] : (ours.get(stage) ?? stage)) as Pluggable)
}

/**
 * Each built-in stage as its package exports it, to this build's own copy. unified configures a
 * plugin given twice only when both are the same function, and the \`tidings\` command runs a
 * bundle with copies of the stage packages of its own: a stage module's \`[dates, {rules}]\`,
 * imported from \`@tidings/dates\`, must still reach the dates stage that runs.
 */
async function builtInStagesByPackage(): Promise<Map<unknown, Pluggable>> {
  const ours = new Map<unknown, Pluggable>()
  await Promise.all(
    articleStageNames.map(async (name) => {
      const stage = articleStages[name]
      if (!stage) return
      // A name the bundler leaves alone: the package as installed, not the bundle's copy of it.
      const packageName = `@tidings/${name}`
      ours.set(((await import(packageName)) as Record<string, unknown>)[name], stage())
    })
  )
  return ours
}

function isPluggable(value: unknown): boolean {
  return typeof value === 'function' || (Array.isArray(value) && typeof value[0] === 'function')
}
