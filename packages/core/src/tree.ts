import type {Paragraph, Root, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import type {Node, Point, Position} from 'unist'
import {isSpace} from '@tidings/lexicon'
import {ParseEnglish} from 'parse-english'
import type {Span} from './span.js'

type TokenType = SentenceContent['type']

/**
 * retext-english's parser with its first step, cutting text into runs of one kind of character,
 * done by character code, and its points starting where a piece sits in the whole text. The
 * parser's own step tests three Unicode regexes a character and counts from line 1 of each piece,
 * which every piece's nodes then had to be copied to undo. Each character's kind is still the
 * parser's own: asked of the parser once per code unit and kept.
 */
class PlacedParser extends ParseEnglish {
  origin: Point = {line: 1, column: 1, offset: 0}
  /** The retext plugins' paragraph steps alone, for paragraphs built from sentences cut elsewhere. */
  paragraphExtensions: ReadonlyArray<(node: Paragraph) => undefined | void> = []

  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    const point = {line: this.origin.line, column: this.origin.column, offset: this.origin.offset ?? 0}
    let from = 0
    let start = {...point}
    let previousType: TokenType | undefined
    let previousCode = -1
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const type = tokenType(code)
      // As the parser does: a run goes on while the kind stays a word or white space, or the same
      // punctuation or symbol character repeats, or the character is half of a surrogate pair.
      const continues = previousType === type && (type === 'WordNode' || type === 'WhiteSpaceNode' || code === previousCode || (code >= 0xd800 && code <= 0xdfff))
      if (previousType !== undefined && !continues) {
        children.push(placedNode(previousType, value.slice(from, index), start, {...point}))
        from = index
        start = {...point}
      }
      if (code === 13 || (code === 10 && previousCode !== 13)) {
        point.line++
        point.column = 1
      } else if (code !== 10) {
        point.column++
      }
      point.offset++
      previousType = type
      previousCode = code
    }
    if (previousType !== undefined) children.push(placedNode(previousType, value.slice(from), start, {...point}))
    return children
  }
}

const tokenTypes: TokenType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']
const tokenTypeOfCode = new Uint8Array(0x10000)
const asker = new ParseEnglish()

function tokenType(code: number): TokenType {
  let known = tokenTypeOfCode[code] ?? 0
  if (known === 0) {
    const type = asker.tokenize(String.fromCharCode(code))[0]?.type ?? 'SymbolNode'
    known = tokenTypes.indexOf(type) + 1
    tokenTypeOfCode[code] = known
  }
  return tokenTypes[known - 1] as TokenType
}

function placedNode(type: TokenType, value: string, start: Point, end: Point): SentenceContent {
  if (type === 'WordNode') {
    return {type, children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end: {...end}}}
  }
  return {type, value, position: {start, end}}
}

/**
 * What retext plugins add to the parser, as retext-english reads them from the processor's data
 * (retext-syntax-urls, retext-emoji and their like push to `nlcstSentenceExtensions`).
 */
export interface ParserExtensions {
  nlcstParagraphExtensions?: ReadonlyArray<(node: Paragraph) => undefined | void>
  nlcstSentenceExtensions?: ReadonlyArray<(node: Sentence) => undefined | void>
}

const defaultParser = new PlacedParser()
// The parser each tree was built with, so the stages that re-cut a tree (clean, segment) tokenize
// its new nodes with the same extensions.
const treeParsers = new WeakMap<Root, PlacedParser>()

/**
 * A parser for trees whose nodes are tokenized with `extensions` before retext-english's own
 * steps, as retext-english orders them; the shared default parser when there are none.
 */
function placedParser(extensions: ParserExtensions = {}): PlacedParser {
  const paragraph = extensions.nlcstParagraphExtensions ?? []
  const sentence = extensions.nlcstSentenceExtensions ?? []
  if (paragraph.length === 0 && sentence.length === 0) return defaultParser
  const parser = new PlacedParser()
  parser.paragraphExtensions = paragraph
  parser.tokenizeParagraphPlugins.unshift(...paragraph)
  parser.tokenizeSentencePlugins.unshift(...sentence)
  return parser
}

/**
 * Core's tree of a text, one paragraph a non-blank line, its words tokenized with the retext
 * plugins' `extensions` when first read. The stages that re-cut it keep them.
 */
export function parseText(text: string, extensions?: ParserExtensions): Root {
  return buildRoot(text, lineSpans(text), undefined, placedParser(extensions))
}

/**
 * Build one NLCST tree over chosen pieces of `text`, one paragraph a piece, whose node positions
 * are offsets into `text` itself. Stages that drop or re-cut text (clean) rebuild the tree this way,
 * so every later mention still points into what the user gave. `reuse`, a tree over the same text,
 * lends its paragraphs to the pieces they cover exactly.
 */
export function parseParagraphs(text: string, pieces: ReadonlyArray<Span> = lineSpans(text), reuse?: Root): Root {
  return buildRoot(text, pieces, reuse, parserOf(reuse))
}

/** The parser `tree` was built with (and its retext extensions), or the default one. */
function parserOf(tree: Root | undefined): PlacedParser {
  return (tree && treeParsers.get(tree)) ?? defaultParser
}

const noParagraphs: ReadonlyMap<number, Paragraph> = new Map()

function buildRoot(text: string, pieces: ReadonlyArray<Span>, reuse: Root | undefined, parser: PlacedParser): Root {
  const lines = lineStarts(text)
  // A stage that keeps most lines whole (clean) hands in the tree it had: its paragraphs over the
  // same spans of the same text are reused rather than tokenized a second time.
  // Keyed by where a paragraph starts, which no other paragraph that is not empty shares: a key of
  // start and end together outgrew a small integer in a long text, and the map's hashing slowed.
  // Made only for a tree to reuse: the first parse of a text has none.
  const parsed = reuse && reuse.children.length > 0 ? new Map<number, Paragraph>() : noParagraphs
  for (const paragraph of reuse?.children ?? []) {
    const start = paragraph.position?.start.offset
    const end = paragraph.position?.end.offset
    if (paragraph.type === 'ParagraphNode' && start !== undefined && end !== undefined && end > start && end <= text.length) (parsed as Map<number, Paragraph>).set(start, paragraph)
  }
  const children: Paragraph[] = []
  for (const piece of pieces) {
    if (piece.end <= piece.start) continue
    const candidate = parsed.size > 0 ? parsed.get(piece.start) : undefined
    const reused = candidate?.position?.end.offset === piece.end ? candidate : undefined
    children.push(reused ?? lazyParent(parser, 'ParagraphNode', text, piece, lines))
  }
  const root: Root = {
    type: 'RootNode',
    children,
    position: {start: pointAt(lines, 0), end: pointAt(lines, text.length)}
  }
  if (parser !== defaultParser) treeParsers.set(root, parser)
  return root
}

/**
 * The parser merges and splits sentences with array splices, which grows quadratically with the
 * sentences of one paragraph: a 2 MB paragraph would take minutes. A long paragraph is tokenized in
 * chunks that end after a sentence's closing punctuation and white space, and the chunks' sentences
 * are joined into one paragraph, so the cost stays linear. Segmenting later fixes any boundary.
 */
export const paragraphChunkLength = 8_000

/**
 * Most of a tree's cost is its words, and our stages read only where paragraphs and sentences
 * are: a node's children are tokenized when something first reads them (a user's retext plugin,
 * a visitor), then kept as a plain own property. JSON.stringify gives the whole tree.
 *
 * The accessor sits on the class, not on each node: an accessor of a node's own is allocated
 * straight into V8's old generation and keeps what it reads alive through collections of
 * the young one, so each article left old garbage behind (a worker's heap grew to three times
 * its size) and building a node took three times as long.
 */
class LazyParent {
  type: 'ParagraphNode' | 'SentenceNode'
  position: Position
  // What tokenizing needs, in fields rather than a closure a node: two allocations fewer a
  // sentence, of the tree's most numerous lazy nodes.
  readonly #tokenize: typeof paragraphTokens | typeof sentenceTokens
  readonly #parser: PlacedParser
  readonly #text: string
  readonly #span: Span
  readonly #lines: ReadonlyArray<number>

  constructor(parser: PlacedParser, type: 'ParagraphNode' | 'SentenceNode', text: string, span: Span, lines: ReadonlyArray<number>) {
    this.type = type
    this.position = {start: pointAt(lines, span.start), end: pointAt(lines, span.end)}
    this.#tokenize = type === 'ParagraphNode' ? paragraphTokens : sentenceTokens
    this.#parser = parser
    this.#text = text
    this.#span = span
    this.#lines = lines
  }

  get children(): Node[] {
    const children = tokenizeInChunks(this.#parser, this.#text, this.#span, this.#lines, this.#tokenize)
    settleChildren(this, children)
    return children
  }

  set children(children: Node[]) {
    settleChildren(this, children)
  }

  /** The node as the parser would give it: type, children, position, then anything a stage added. */
  toJSON(): object {
    const children = this.children
    const own: Record<string, unknown> = {...(this as object)}
    return {type: this.type, children, ...own}
  }
}

function lazyParent<Type extends 'ParagraphNode' | 'SentenceNode'>(
  parser: PlacedParser,
  type: Type,
  text: string,
  span: Span,
  lines: ReadonlyArray<number>
): Type extends 'ParagraphNode' ? Paragraph : Sentence {
  return new LazyParent(parser, type, text, span, lines) as never
}

function paragraphTokens(parser: PlacedParser, value: string): Paragraph {
  return parser.tokenizeParagraph(value)
}

/**
 * One sentence. The parser merges the tokens of a word (`year-earlier`, `U.S.`) with array
 * splices, quadratic in the tokens of one sentence, so a long sentence is tokenized in chunks cut
 * at white space, which no word crosses, and their tokens joined.
 */
function sentenceTokens(parser: PlacedParser, value: string): Sentence {
  return parser.tokenizeSentence(value)
}

function settleChildren(node: object, children: unknown[]): void {
  Object.defineProperty(node, 'children', {value: children, writable: true, enumerable: true, configurable: true})
}

/** The children of `span` tokenized chunk by chunk, their positions moved into `text`. */
function tokenizeInChunks(
  parser: PlacedParser,
  text: string,
  span: Span,
  lines: ReadonlyArray<number>,
  tokenize: (parser: PlacedParser, value: string) => Paragraph | Sentence
): Node[] {
  const children: Node[] = []
  for (const chunk of chunkSpans(text, span)) {
    parser.origin = pointAt(lines, chunk.start)
    children.push(...tokenize(parser, text.slice(chunk.start, chunk.end)).children)
  }
  return children
}

function chunkSpans(text: string, piece: Span): Span[] {
  const chunks: Span[] = []
  let start = piece.start
  while (piece.end - start > paragraphChunkLength) {
    const end = chunkEnd(text, start + paragraphChunkLength, Math.min(piece.end, start + 2 * paragraphChunkLength))
    chunks.push({start, end})
    start = end
  }
  chunks.push({start, end: piece.end})
  return chunks
}

/** After the first sentence end and its white space from `from`, else after any white space, else `limit`. */
function chunkEnd(text: string, from: number, limit: number): number {
  let afterSpace = -1
  for (let index = from; index < limit; index++) {
    if (!isSpace(text.charCodeAt(index))) continue
    let end = index
    while (end < limit && isSpace(text.charCodeAt(end))) end++
    const before = text.charCodeAt(index - 1)
    if (before === 46 || before === 33 || before === 63) return end
    if (afterSpace === -1) afterSpace = end
    index = end
  }
  if (afterSpace !== -1) return afterSpace
  // No white space at all: cut between code points, never inside a surrogate pair.
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}

/**
 * A paragraph of `text` from its sentences' spans, each tokenized on its own, with the white space
 * between them as paragraph children. For stages that re-cut sentences (segment) or paragraphs.
 * `tree`, the tree the paragraph goes into, lends the retext plugins' extensions it was parsed with.
 */
export function paragraphFromSentences(text: string, paragraph: Span, sentences: ReadonlyArray<Span>, tree?: Root): Paragraph {
  const parser = parserOf(tree)
  const lines = lineStarts(text)
  const children: Paragraph['children'] = []
  let cursor = paragraph.start
  for (const span of sentences) {
    if (span.start > cursor) children.push(whiteSpace(text, {start: cursor, end: span.start}, lines))
    children.push(lazyParent(parser, 'SentenceNode', text, span, lines))
    cursor = span.end
  }
  if (paragraph.end > cursor) children.push(whiteSpace(text, {start: cursor, end: paragraph.end}, lines))
  const node: Paragraph = {type: 'ParagraphNode', children, position: {start: pointAt(lines, paragraph.start), end: pointAt(lines, paragraph.end)}}
  // Paragraph extensions see the sentences as cut here; retext-english's own paragraph steps, which
  // would merge them back, do not run again.
  for (const extend of parser.paragraphExtensions) extend(node)
  return node
}

function whiteSpace(text: string, span: Span, lines: ReadonlyArray<number>): WhiteSpace {
  return {type: 'WhiteSpaceNode', value: text.slice(span.start, span.end), position: {start: pointAt(lines, span.start), end: pointAt(lines, span.end)}}
}

/** Non-blank lines of `text`, trimmed of surrounding white space: the paragraphs of a plain-text article. */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    // Trimmed here rather than by `trimSpan`: one span a line made, not two, and none for a blank one.
    let start = lineStart
    let end = lineEnd
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    if (end > start) spans.push({start, end})
    lineStart = lineEnd + 1
  }
  return spans
}

/** The offsets of a node, as a span into the text the tree was built over. */
export function nodeSpan(node: Node): Span {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}

export function paragraphNodes(tree: Root): Paragraph[] {
  return tree.children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
}

export function sentenceNodes(tree: Root): Sentence[] {
  const sentences: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) if (child.type === 'SentenceNode') sentences.push(child)
  }
  return sentences
}

// The line starts of the whole text, which the tree of the text was built with, are kept: a
// message's place reads them rather than counting the lines before it again (lines that start
// after a point do not move it).

/** The point (line, column, offset) of `offset` in `text`, for `file.message` places. */
export function textPoint(text: string, offset: number): Point {
  return pointAt(lineStarts(text), offset)
}

/** The position of a span of `text`, for `file.message` places. */
export function textPosition(text: string, span: Span): {start: Point; end: Point} {
  const lines = lineStarts(text)
  return {start: pointAt(lines, span.start), end: pointAt(lines, span.end)}
}

// Stages ask for the line starts of the same text once a paragraph: the last answer is kept.
let lastLines: {text: string; starts: number[]} | undefined

function lineStarts(text: string): number[] {
  if (lastLines?.text === text) return lastLines.starts
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  lastLines = {text, starts}
  return starts
}

// The line of the last point asked for: a tree is built front to back, so the next point is
// most often on that line or the next, found without a search.
let lastLine = 0

function pointAt(lines: ReadonlyArray<number>, offset: number): Point {
  let line = onLine(lines, lastLine, offset) ? lastLine : onLine(lines, lastLine + 1, offset) ? lastLine + 1 : -1
  if (line === -1) {
    let low = 0
    let high = lines.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lines[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    line = low
  }
  lastLine = line
  return {line: line + 1, column: offset - (lines[line] ?? 0) + 1, offset}
}

/**
 * Whether `offset` is on line `line` (counted from 0) of the text whose line starts are `lines`.
 * Reads stay within the array: a read past its end deoptimized the tree's builders.
 */
function onLine(lines: ReadonlyArray<number>, line: number, offset: number): boolean {
  if (line >= lines.length || (lines[line] as number) > offset) return false
  return line + 1 === lines.length || (lines[line + 1] as number) > offset
}
