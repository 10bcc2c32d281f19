import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Node, Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import type {Span} from './span.js'

const parser = new ParseEnglish()

/**
 * Build one NLCST tree over chosen pieces of `text`, one paragraph a piece, whose node positions
 * are offsets into `text` itself. Stages that drop or re-cut text (clean) rebuild the tree this way,
 * so every later mention still points into what the user gave.
 */
export function parseParagraphs(text: string, pieces: ReadonlyArray<Span> = lineSpans(text)): Root {
  const lines = lineStarts(text)
  const children: Paragraph[] = []
  for (const piece of pieces) {
    if (piece.end <= piece.start) continue
    const paragraph = parser.tokenizeParagraph(text.slice(piece.start, piece.end))
    shiftPositions(paragraph, pointAt(lines, piece.start))
    children.push(paragraph)
  }
  return {
    type: 'RootNode',
    children,
    position: {start: pointAt(lines, 0), end: pointAt(lines, text.length)}
  }
}

/** Non-blank lines of `text`, trimmed of surrounding white space: the paragraphs of a plain-text article. */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const span = trimSpan(text, {start: lineStart, end: lineEnd})
    if (span.end > span.start) spans.push(span)
    lineStart = lineEnd + 1
  }
  return spans
}

/** Narrow a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, span: Span): Span {
  let {start, end} = span
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return {start, end}
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
  for (const paragraph of paragraphNodes(tree)) {
    for (const child of paragraph.children) if (child.type === 'SentenceNode') sentences.push(child)
  }
  return sentences
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

function pointAt(lines: ReadonlyArray<number>, offset: number): Point {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((lines[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: offset - (lines[low] ?? 0) + 1, offset}
}

/**
 * Move positions computed for a piece parsed on its own to where the piece sits in the whole text.
 * The parser shares point objects between a node and its children, so each point moves once.
 */
function shiftPositions(node: Node, origin: Point, moved = new Set<Point>()): void {
  const position = node.position
  if (position) {
    for (const point of [position.start, position.end]) {
      if (moved.has(point)) continue
      moved.add(point)
      if (point.line === 1) point.column += origin.column - 1
      point.line += origin.line - 1
      point.offset = (point.offset ?? 0) + (origin.offset ?? 0)
    }
  }
  const children = (node as Node & {children?: Node[]}).children
  if (children) for (const child of children) shiftPositions(child, origin, moved)
}
