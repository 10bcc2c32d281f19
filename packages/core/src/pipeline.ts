import type {Root} from 'nlcst'
import {type PluggableList, type Processor, unified} from 'unified'
import {VFile} from 'vfile'
import {
  type ArticleRecord,
  articleRecordDataKeys,
  type ErrorRecord,
  checkDocument,
  type InputDocument,
  type RecordMessage,
  type TidingsRecord
} from './schema.js'
import type {ArticleMetadata} from './clean-schema.js'
import {isSchemaErrors} from './lazy-schema.js'
import {publicationDay} from './publication-date.js'
import {nodeSpan, paragraphNodes, type ParserExtensions, parseText, sentenceNodes} from './tree.js'

/** What core puts on every file before the stages run. */
export interface DocumentInfo {
  id: string
  format: 'text' | 'html'
  /** The page, for HTML input; `@tidings/clean` turns it into `file.data.text`. */
  html?: string
  /** The document's own `publishedAt`, as given (it may name no day: see the `invalid-published-at` message); null when it has none. */
  publishedAt: string | null
  /** The pipeline's `published` option: the reference date when neither the document nor its page gives one. */
  published?: string
  title?: string
  url?: string
  source?: string
}

declare module 'vfile' {
  interface DataMap {
    document: DocumentInfo
    /** The text every offset points into: the document's text, or the page's text for HTML. */
    text: string
    extensions: Record<string, unknown>
  }
}

/**
 * A stage over the stream of records (dedupe, events). It receives every record, in order, and
 * must pass on the ones it does not change, so stages compose like middleware.
 */
export interface CorpusStage {
  readonly name: string
  transform(records: AsyncIterable<TidingsRecord>): AsyncIterable<TidingsRecord>
}

export interface PipelineOptions {
  /** Per-article stages: unified plugins (or `[plugin, options]`), run in order over one tree. */
  article?: PluggableList
  /** Corpus stages, run in order over the stream of article records. */
  corpus?: ReadonlyArray<CorpusStage>
  /**
   * Reference date (YYYY-MM-DD, a day of the calendar) for documents whose own `publishedAt` and
   * page give none.
   */
  published?: string
  /**
   * Longest `text` or `html` accepted, in UTF-16 code units (default 8,000,000, some 16 MB). A
   * longer input gives an `input-too-large` error record instead of holding a worker for minutes.
   */
  maxInputLength?: number
  /**
   * Record every rule that fires in the article record's `ruleHits` (default false): to see why a
   * mention is there, or to count how often each rule fires (`pnpm eval --rules`).
   */
  traceRules?: boolean
}

export const defaultMaxInputLength = 8_000_000

export interface InputOrigin {
  path?: string
  line?: number
}

/**
 * An input as loaders hand it over: a document to process, an article record processed earlier
 * (it goes straight to the corpus stages), or an error record for an input that could not be read.
 */
export type PipelineInput = InputDocument | ArticleRecord | ErrorRecord

export interface Pipeline {
  /** The frozen unified processor of the per-article stages. */
  readonly processor: Processor<Root, Root, Root>
  /** Process one document; never throws: bad content gives an error record. */
  article(document: unknown, origin?: InputOrigin): Promise<ArticleRecord | ErrorRecord>
  /** Article records (and passed-through error records), one per input, in input order. */
  articles(inputs: Iterable<PipelineInput> | AsyncIterable<PipelineInput>): AsyncIterable<ArticleRecord | ErrorRecord>
  /** The whole pipeline: the article records through every corpus stage. */
  run(inputs: Iterable<PipelineInput> | AsyncIterable<PipelineInput>): AsyncIterable<TidingsRecord>
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * Build a pipeline. Plugins are attached here, so bad options throw now, not on the first article.
 */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  if (options.published !== undefined && !isoDate.test(options.published)) {
    throw new TypeError(`Expected \`published\` as YYYY-MM-DD, not \`${options.published}\``)
  }
  if (options.published !== undefined && publicationDay(options.published) === undefined) {
    throw new TypeError(`Expected \`published\` as a day of the calendar: there is no \`${options.published}\``)
  }
  const maxInputLength = options.maxInputLength ?? defaultMaxInputLength
  if (!Number.isInteger(maxInputLength) || maxInputLength < 1) {
    throw new TypeError(`Expected \`maxInputLength\` to be a positive integer, not \`${options.maxInputLength}\``)
  }
  for (const stage of options.corpus ?? []) {
    if (typeof stage?.transform !== 'function') {
      throw new TypeError('Expected each corpus stage to have a `transform(records)` method')
    }
  }
  const processor = unified()
    .use(tidingsParse)
    .use(options.article ?? [])
    .freeze() as unknown as Processor<Root, Root, Root>
  if ((processor.data() as {nlcstRootExtensions?: unknown[]}).nlcstRootExtensions?.length) {
    // Core's root holds the paragraphs that clean and segment cut anew; a step on the root as
    // parsed would be undone, and dropping it silently would hide that.
    throw new TypeError('Retext plugins that extend the root (`nlcstRootExtensions`) are not supported; paragraph and sentence extensions are')
  }

  async function article(document: unknown, origin?: InputOrigin): Promise<ArticleRecord | ErrorRecord> {
    const checked = checkDocument(document)
    if (isSchemaErrors(checked)) {
      const id = typeof (document as {id?: unknown})?.id === 'string' ? (document as {id: string}).id : fallbackId(origin)
      return errorRecord(id, 'invalid-document', checked.summary, origin)
    }
    const length = (checked.html ?? checked.text ?? '').length
    if (length > maxInputLength) {
      return errorRecord(
        checked.id,
        'input-too-large',
        `The input is ${length} characters long, over the limit of ${maxInputLength} (pipeline option \`maxInputLength\`)`,
        origin
      )
    }
    const file = createFile(checked, options.published)
    if (options.traceRules) file.data.traceRules = true
    try {
      const tree = await processor.run(processor.parse(file), file)
      return articleRecord(file, tree, origin)
    } catch (error) {
      return errorRecord(checked.id, 'stage-failed', error instanceof Error ? error.message : String(error), origin)
    }
  }

  async function* articles(inputs: Iterable<PipelineInput> | AsyncIterable<PipelineInput>) {
    for await (const input of inputs) {
      yield isRecord(input) ? input : await article(input)
    }
  }

  function run(inputs: Iterable<PipelineInput> | AsyncIterable<PipelineInput>): AsyncIterable<TidingsRecord> {
    let records: AsyncIterable<TidingsRecord> = articles(inputs)
    for (const stage of options.corpus ?? []) records = stage.transform(records)
    return records
  }

  return {processor, article, articles, run}
}

export function errorRecord(id: string, code: string, message: string, origin?: InputOrigin): ErrorRecord {
  const record: ErrorRecord = {kind: 'error', id, error: {code, message}}
  if (origin && (origin.path !== undefined || origin.line !== undefined)) record.input = {...origin}
  return record
}

export function isErrorRecord(value: unknown): value is ErrorRecord {
  return (value as {kind?: unknown})?.kind === 'error'
}

function isRecord(input: PipelineInput): input is ArticleRecord | ErrorRecord {
  return 'kind' in input && (input.kind === 'article' || input.kind === 'error')
}

function fallbackId(origin?: InputOrigin): string {
  return origin ? `${origin.path ?? 'input'}${origin.line === undefined ? '' : `:${origin.line}`}` : 'input'
}

function createFile(document: InputDocument, published: string | undefined): VFile {
  const html = document.html
  const info: DocumentInfo = {id: document.id, format: html === undefined ? 'text' : 'html', publishedAt: document.publishedAt ?? null}
  if (published !== undefined) info.published = published
  if (html !== undefined) info.html = html
  if (document.title !== undefined) info.title = document.title
  if (document.url !== undefined) info.url = document.url
  if (document.source !== undefined) info.source = document.source
  const file = new VFile({path: document.id, value: html ?? document.text ?? ''})
  file.data.document = info
  if (html === undefined) file.data.text = document.text
  if (info.publishedAt !== null && publicationDay(info.publishedAt) === undefined) {
    file.message(
      `\`publishedAt\` \`${info.publishedAt}\` names no day of the calendar (YYYY-MM-DD, alone or followed by a time): kept as given, not used as the reference date`,
      {ruleId: 'invalid-published-at', source: '@tidings/core'}
    )
  }
  return file
}

/**
 * Core's parser: one paragraph a line. A page (HTML wins over text) has no text until
 * `@tidings/clean` extracts it. Like retext-english, it honours the paragraph and sentence
 * extensions retext plugins put on the processor's data (retext-syntax-urls, retext-emoji).
 */
function tidingsParse(this: Processor) {
  this.parser = (_document, file) => parseText(file.data.text ?? '', this.data() as ParserExtensions)
}

function articleRecord(file: VFile, tree: Root, origin: InputOrigin | undefined): ArticleRecord | ErrorRecord {
  const info = file.data.document
  if (!info) throw new Error('file.data.document is missing')
  if (file.data.text === undefined) {
    return errorRecord(info.id, 'html-needs-clean', 'HTML input needs the clean stage (@tidings/clean) to extract its text', origin)
  }
  // A page is read for its article: with none, it is as empty as an empty file (the clean stage writes `cleanText`).
  if (info.format === 'html' && ((file.data as {cleanText?: string}).cleanText ?? file.data.text).trim() === '') {
    const reason = file.data.text.trim() === '' ? 'The page has no text' : 'The page has no article text: every line of it is boilerplate'
    return errorRecord(info.id, 'empty-input', reason, origin)
  }
  const record: ArticleRecord = {
    kind: 'article',
    id: info.id,
    // The document's own date as given; for a document without one, the date its page states, then the pipeline's option.
    publishedAt: info.publishedAt ?? (file.data as {metadata?: ArticleMetadata}).metadata?.publishedAt ?? info.published ?? null,
    text: file.data.text,
    paragraphs: paragraphNodes(tree).map(nodeSpan),
    sentences: sentenceNodes(tree).map(nodeSpan),
    messages: file.messages.map(recordMessage)
  }
  if (info.title !== undefined) record.title = info.title
  if (info.url !== undefined) record.url = info.url
  if (info.source !== undefined) record.source = info.source
  const data = file.data as Record<string, unknown>
  for (const key of articleRecordDataKeys) {
    if (data[key] !== undefined) (record as Record<string, unknown>)[key] = data[key]
  }
  return record
}

function recordMessage(message: VFile['messages'][number]): RecordMessage {
  const result: RecordMessage = {reason: message.reason}
  if (message.ruleId) result.ruleId = message.ruleId
  if (message.source) result.source = message.source
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  if (start?.offset !== undefined) result.start = start.offset
  if (end?.offset !== undefined) result.end = end.offset
  return result
}
