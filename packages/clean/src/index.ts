import {type ArticleMetadata, checkOptions, escapeRegExp, lazySchema, lineSpans, parseParagraphs, type RemovedSpan, type Span, textPosition, traceRule, tracingRules} from '@tidings/core'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Page, renderPage} from './html.js'
import {type BoilerplatePhrases, defaultPhrases} from './phrases.js'
import {applyTextRules, type Block} from './text.js'

export {type BoilerplatePhrases, defaultPhrases} from './phrases.js'

declare module 'vfile' {
  interface DataMap {
    /** The article's text: the kept pieces of `file.data.text`, one paragraph a line. */
    cleanText: string
    /** Every span of `file.data.text` the stage removed (or, with `keepAll`, marked), and the rule why. */
    removed: RemovedSpan[]
    /** What the stage lifted out of the text or the page: headline, author, date... */
    metadata: ArticleMetadata
  }
}

const OptionsSchema = lazySchema(({type}) => type({
  'keepAll?': 'boolean',
  'phrases?': type('string | RegExp').array(),
  'lines?': type('string | RegExp').array(),
  'openings?': type('string | RegExp').array()
}))

export interface Options {
  /** Keep every line and only report in `removed` what would have gone (default false). */
  keepAll?: boolean
  /**
   * More boilerplate phrases: a sentence holding one is removed (rule `phrase`). A string matches
   * case-insensitively between word boundaries; a RegExp is tested as it is.
   */
  phrases?: ReadonlyArray<string | RegExp>
  /** More boilerplate lines: a whole line matching one is removed (rule `line`). Strings match the whole line, ignoring case. */
  lines?: ReadonlyArray<string | RegExp>
  /**
   * More interface text glued to the start of a line (rule `opening`): a run of these at a line's
   * start is cut off when a capital follows it. Strings match at the start, ignoring case.
   */
  openings?: ReadonlyArray<string | RegExp>
}

/**
 * The article and nothing else, out of scraped text or a whole HTML page, with its headline,
 * standfirst, author, dateline, contact, wire attribution and date lifted into `file.data.metadata`.
 * Runs first: the tree it leaves holds only the article, with offsets into `file.data.text`.
 */
export const clean: Plugin<[Options?], Root> = function (options = {}) {
  checkOptions('clean', OptionsSchema, options)
  const phrases = mergePhrases(options)
  const keepAll = options.keepAll ?? false
  return (tree, file) => {
    const document = file.data.document
    if (document?.format === 'html' && document.html !== undefined) {
      const {html} = document
      return pageRenderer().then((renderPage) => cleanArticle(tree, file, renderPage(html)))
    }
    cleanArticle(tree, file, undefined)
  }

  function cleanArticle(tree: Root, file: VFile, page: Page | undefined): undefined {
    const document = file.data.document
    let blocks: Block[]
    let pageMetadata: ArticleMetadata = {}
    let droppedLinkLists: ReadonlyArray<number> = []
    if (page) {
      file.data.text = page.text
      blocks = page.blocks
      pageMetadata = page.metadata
      droppedLinkLists = page.droppedLinkLists
      if (page.invalidJsonLd > 0) {
        file.message(`${page.invalidJsonLd} JSON-LD block(s) of the page are not JSON; read the page without them`, {ruleId: 'invalid-json-ld', source: '@tidings/clean'})
      }
    } else {
      blocks = lineSpans(file.data.text ?? '')
    }
    const text = file.data.text ?? ''
    const result = applyTextRules(text, blocks, {phrases, keepAll, headline: pageMetadata.headline})
    const metadata: ArticleMetadata = {...result.metadata, ...pageMetadata}
    if (document?.url !== undefined) metadata.url ??= document.url
    if (document?.source !== undefined) metadata.source ??= document.source
    if (!result.found && text.trim()) {
      file.message('Found no run of lines that reads as an article; removed only the lines a boilerplate rule names', {place: textPosition(text, {start: 0, end: text.length}), ruleId: 'no-article', source: '@tidings/clean'})
    }
    // Core parsed the lines of a text document already (a page's tree, parsed before its text
    // existed, holds none): the new tree reuses its paragraphs and keeps its retext extensions.
    const rebuilt = parseParagraphs(text, result.kept, tree)
    tree.children = rebuilt.children
    if (rebuilt.position) tree.position = rebuilt.position
    if (tracingRules(file)) {
      // Every signal fires here: what it removed (its span in `removed`), and what it took in.
      for (const offset of droppedLinkLists) traceRule(file, {stage: 'clean', rule: 'embedded-link-list', start: offset, end: offset, kept: false})
      for (const span of result.removed) traceRule(file, {stage: 'clean', rule: span.rule, start: span.start, end: span.end, kept: false})
      for (const span of result.vouched) traceRule(file, {stage: 'clean', rule: span.rule, start: span.start, end: span.end, kept: true})
    }
    file.data.cleanText = result.kept.map((span: Span) => text.slice(span.start, span.end)).join('\n')
    file.data.removed = result.removed
    file.data.metadata = metadata
  }
}

let loadingPageRenderer: Promise<typeof renderPage> | undefined

/**
 * The HTML reader, loaded with the first page: the parser and its entity tables are a quarter of
 * the command line's code, and loading them cost a job that reads only text about 5% of its start-up.
 */
function pageRenderer(): Promise<typeof renderPage> {
  return (loadingPageRenderer ??= import('./html.js').then((module) => module.renderPage))
}

function mergePhrases(options: Options): BoilerplatePhrases {
  const sentences = (options.phrases ?? []).map((phrase) => (typeof phrase === 'string' ? new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(phrase)}(?![\p{L}\p{N}])`, 'iu') : phrase))
  const lines = (options.lines ?? []).map((line) => (typeof line === 'string' ? new RegExp(`^${escapeRegExp(line)}$`, 'iu') : line))
  const openings = (options.openings ?? []).map((opening) => (typeof opening === 'string' ? new RegExp(`^${escapeRegExp(opening)}`, 'iu') : opening))
  return {
    lines: lines.length ? {...defaultPhrases.lines, line: lines} : defaultPhrases.lines,
    sentences: sentences.length ? {...defaultPhrases.sentences, phrase: sentences} : defaultPhrases.sentences,
    openings: openings.length ? {...defaultPhrases.openings, opening: openings} : defaultPhrases.openings
  }
}
