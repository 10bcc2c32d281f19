import type {ArticleMetadata} from '@tidings/core'
import {Parser} from 'htmlparser2'
import {normalize, readPageMetadata} from './page-metadata.js'
import type {Block} from './text.js'

export interface Page {
  /** The page as text: one block element a line, white space collapsed, entities decoded. */
  text: string
  blocks: Block[]
  metadata: ArticleMetadata
  /** JSON-LD blocks that are not JSON, for a message: the page still has its text. */
  invalidJsonLd: number
  /** Where in `text` a link list embedded in a sentence was left out (`embeddedLinkList`). */
  droppedLinkLists: number[]
}

// Elements that start a new line of text.
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'br'
])
// Elements whose content is never text a reader sees as the page.
const hiddenElements = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button', 'textarea', 'head', 'title', 'audio', 'video', 'map'])
// Table cells: a row is one line, its cells separated by a space.
const cellElements = new Set(['td', 'th'])
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
/**
 * Class and id words that name page furniture rather than the article. Matched as whole words of
 * the attribute ("share-bar", "comments_list"), so "shared" or "navigator" do not count.
 */
const furniturePattern =
  /(?:^|[\s_-])(comments?|comment-list|share|sharing|social|related|recommended|recirc|promo|sidebar|footer|masthead|nav|navbar|navigation|menu|newsletter|subscribe|subscription|signup|advert|advertisement|ad|ads|banner|breadcrumbs?|tags|popular|most-read|trending|outbrain|taboola|cookie|consent|paywall|byline|author-bio|caption|credit|modal|popup|skip)(?=$|[\s_-])/i
const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i

interface Element {
  id: number
  name: string
  hidden: boolean
  furniture?: string
  /** For an inline element opened inside a line of text: where the text stood, to take back an embedded link list. */
  inline?: TextMark
}

interface TextMark {
  pieces: number
  length: number
  linkLength: number
  links: number
  blockStart: number
}

/**
 * An inline element inside running text that holds three links or more and little else (a hover
 * card under a name, a list of a person's other stories) is a widget, not the sentence around it.
 */
function embeddedLinkList(mark: TextMark, now: TextMark): boolean {
  const characters = now.length - mark.length
  return now.blockStart === mark.blockStart && now.links - mark.links >= 3 && characters >= 40 && now.linkLength - mark.linkLength >= characters * 0.8
}

interface PageBlock extends Block {
  /** The ids of the elements around the block, outermost first. */
  ancestors: number[]
  /** The elements around it whose class or id names furniture. */
  furniture: Array<{id: number; label: string}>
}

interface Tally {
  score: number
  length: number
  linkLength: number
}

/**
 * How much the page's own markup says an element is the article: schema.org `articleBody` most,
 * then `<article>`, then `<main>`. A weight on the element's score, not a verdict: pages wrap
 * teasers in `<article>` too, and their text still has to outscore the article's.
 */
function articleWeight(name: string, attributes: Record<string, string>): number {
  if (attributes.itemprop === 'articleBody') return 1.5
  if (name === 'article') return 1.25
  return name === 'main' || attributes.role === 'main' ? 1.1 : 1
}

/** What the page's head and markup state about it, read as the parser passes. */
class StatementReader {
  readonly meta = new Map<string, string>()
  readonly jsonLd: string[] = []
  title: string | undefined
  firstHeading: string | undefined
  timeValue: string | undefined
  private capture: {kind: 'title' | 'json' | 'h1'; text: string} | undefined

  /** Reads a tag's statement; true when the tag is a `<meta>`, which holds nothing else. */
  open(name: string, attributes: Record<string, string>, hidden: boolean): boolean {
    if (name === 'meta') {
      const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase()
      if (key && attributes.content) this.meta.set(key, attributes.content)
      return true
    }
    if (name === 'link' && attributes.rel === 'canonical' && attributes.href) this.meta.set('canonical', attributes.href)
    if (name === 'time' && attributes.datetime) this.timeValue ??= attributes.datetime
    if (name === 'title' && this.title === undefined) this.capture = {kind: 'title', text: ''}
    if (name === 'script' && attributes.type?.toLowerCase() === 'application/ld+json') this.capture = {kind: 'json', text: ''}
    if (name === 'h1' && this.firstHeading === undefined && !hidden) this.capture = {kind: 'h1', text: ''}
    return false
  }

  text(data: string): void {
    if (this.capture) this.capture.text += data
  }

  close(name: string): void {
    const capture = this.capture
    if (!capture || (capture.kind === 'h1' ? name !== 'h1' : name !== 'title' && name !== 'script')) return
    if (capture.kind === 'title') this.title = capture.text
    else if (capture.kind === 'json') this.jsonLd.push(capture.text)
    else this.firstHeading = capture.text
    this.capture = undefined
  }
}

/** The page's text as it is written, a block a line, with what each block sits in. */
class TextWriter {
  readonly pieces: string[] = []
  readonly blocks: PageBlock[] = []
  length = 0
  links = 0
  linkDepth = 0
  pendingSpace = false
  blockStart = -1
  private blockLinkLength = 0
  private blockAncestors: number[] = []
  private blockFurniture: Array<{id: number; label: string}> = []
  private blockHeading = false
  private blockFigure = false

  constructor(private readonly stack: ReadonlyArray<Element>) {}

  mark(): TextMark {
    return {pieces: this.pieces.length, length: this.length, linkLength: this.blockLinkLength, links: this.links, blockStart: this.blockStart}
  }

  /** Takes the text back to `mark`: what was written since leaves the page. */
  restore(mark: TextMark): void {
    this.pieces.length = mark.pieces
    this.length = mark.length
    this.blockLinkLength = mark.linkLength
    this.links = mark.links
    this.pendingSpace = true
  }

  endBlock(): void {
    if (this.blockStart === -1) return
    const hint = {linkLength: this.blockLinkLength, inArticle: false, heading: this.blockHeading, figure: this.blockFigure}
    this.blocks.push({start: this.blockStart, end: this.length, hint, ancestors: this.blockAncestors, furniture: this.blockFurniture})
    this.pieces.push('\n')
    this.length += 1
    this.blockStart = -1
    this.pendingSpace = false
  }

  write(raw: string): void {
    const collapsed = raw.replace(/[\s\u00a0]+/g, ' ')
    if (collapsed === ' ') {
      this.pendingSpace = true
      return
    }
    const leading = collapsed.startsWith(' ')
    const trailing = collapsed.endsWith(' ')
    const body = collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined)
    if (this.blockStart === -1) this.startBlock()
    else if (leading || this.pendingSpace) this.append(' ')
    this.append(body)
    this.pendingSpace = trailing
  }

  private startBlock(): void {
    const stack = this.stack
    this.blockStart = this.length
    this.blockLinkLength = 0
    this.blockAncestors = stack.map((element) => element.id)
    this.blockFurniture = stack.flatMap((element) => (element.furniture ? [{id: element.id, label: element.furniture}] : []))
    this.blockHeading = stack.some((element) => headings.has(element.name))
    this.blockFigure = stack.some((element) => element.name === 'figure' || element.name === 'figcaption')
  }

  private append(value: string): void {
    this.pieces.push(value)
    this.length += value.length
    if (this.linkDepth > 0) this.blockLinkLength += value.length
  }
}

/** Render a page to text and read its structure and metadata in one streaming pass. */
export function renderPage(html: string): Page {
  const stack: Element[] = []
  const writer = new TextWriter(stack)
  const statements = new StatementReader()
  const droppedLinkLists: number[] = []
  const weights = new Map<number, number>()
  let nextId = 0
  let hiddenDepth = 0
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (statements.open(name, attributes, hiddenDepth > 0)) return
        if (blockElements.has(name)) writer.endBlock()
        else if (cellElements.has(name)) writer.pendingSpace = true
        if (voidElements.has(name)) return
        const element = openElement(nextId++, name, attributes)
        const weight = articleWeight(name, attributes)
        if (weight > 1) weights.set(element.id, weight)
        if (name !== 'a' && !element.hidden && writer.blockStart !== -1 && !cellElements.has(name)) element.inline = writer.mark()
        stack.push(element)
        if (element.hidden) hiddenDepth++
        if (name === 'a') {
          writer.linkDepth++
          if (hiddenDepth === 0) writer.links++
        }
      },
      ontext(data) {
        statements.text(data)
        if (hiddenDepth === 0) writer.write(data)
      },
      onclosetag(name, implied) {
        statements.close(name)
        if (voidElements.has(name)) {
          if (name === 'br' && !implied) writer.endBlock()
          return
        }
        // Pop to the matching element; a stray closing tag closes nothing.
        const at = stack.findLastIndex((element) => element.name === name)
        if (at === -1) return
        for (const element of stack.splice(at).reverse()) {
          if (element.inline && embeddedLinkList(element.inline, writer.mark())) {
            writer.restore(element.inline)
            droppedLinkLists.push(writer.length)
          }
          if (element.hidden) hiddenDepth--
          if (element.name === 'a') writer.linkDepth--
        }
        if (blockElements.has(name)) writer.endBlock()
        else if (cellElements.has(name)) writer.pendingSpace = true
      }
    },
    {decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true}
  )
  parser.write(html)
  parser.end()
  writer.endBlock()
  return finishPage(writer, statements, weights, droppedLinkLists)
}

function openElement(id: number, name: string, attributes: Record<string, string>): Element {
  const label = `${attributes.class ?? ''} ${attributes.id ?? ''} ${attributes.role ?? ''}`
  const furniture = name === 'nav' || name === 'aside' || name === 'footer' ? name : furniturePattern.exec(label)?.[1]?.toLowerCase()
  const hidden = hiddenElements.has(name) || attributes.hidden !== undefined || attributes['aria-hidden'] === 'true' || hiddenStyle.test(attributes.style ?? '')
  const element: Element = {id, name, hidden}
  if (furniture) element.furniture = furniture
  return element
}

/** The text, its blocks marked with what the page's structure and metadata say of them. */
function finishPage(writer: TextWriter, statements: StatementReader, weights: ReadonlyMap<number, number>, droppedLinkLists: number[]): Page {
  // The last block's line break ends nothing.
  const text = writer.pieces.join('').replace(/\n$/, '')
  const blocks = writer.blocks
  const page = readPageMetadata(statements)
  markArticle(text, blocks, weights)
  if (page.articleBody) {
    for (const block of blocks) {
      const own = normalize(text.slice(block.start, block.end))
      if (own.length >= 30 && block.hint && page.articleBody.includes(own)) block.hint.inMetadataBody = true
    }
  }
  return {text, blocks: blocks.map(({start, end, hint}) => (hint ? {start, end, hint} : {start, end})), metadata: page.metadata, invalidJsonLd: page.invalidJsonLd, droppedLinkLists}
}

/**
 * Mark the blocks of the element the page's structure makes the article: the one holding the
 * most paragraph-like text (commas, length), less what sits in links, as Readability scores it.
 */
function markArticle(text: string, blocks: ReadonlyArray<PageBlock>, weights: ReadonlyMap<number, number>): void {
  const tallies = new Map<number, Tally>()
  for (const block of blocks) {
    const length = block.end - block.start
    const linkLength = block.hint?.linkLength ?? 0
    const own = text.slice(block.start, block.end)
    const paragraphLike = length >= 25 && linkLength < length / 2
    const score = paragraphLike ? 1 + (own.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(length / 100), 3) : 0
    const ancestors = block.ancestors
    for (let depth = 0; depth < ancestors.length; depth++) {
      const id = ancestors[ancestors.length - 1 - depth] as number
      const tally = tallies.get(id) ?? {score: 0, length: 0, linkLength: 0}
      tally.length += length
      tally.linkLength += linkLength
      if (depth <= 5) tally.score += score / (depth < 2 ? 1 : depth === 2 ? 2 : depth * 3)
      tallies.set(id, tally)
    }
  }
  let best: number | undefined
  let bestScore = 0
  for (const [id, tally] of tallies) {
    const score = tally.score * (1 - tally.linkLength / Math.max(tally.length, 1)) * (weights.get(id) ?? 1)
    if (score > bestScore) {
      bestScore = score
      best = id
    }
  }
  // Furniture names on the article's own wrappers ("main has-sidebar") say nothing about its blocks.
  const path = best === undefined ? [] : (blocks.find((block) => block.ancestors.includes(best))?.ancestors ?? [])
  const around = new Set(path.slice(0, path.indexOf(best as number) + 1))
  for (const block of blocks) {
    if (!block.hint) continue
    if (best !== undefined && block.ancestors.includes(best)) block.hint.inArticle = true
    const furniture = block.furniture.findLast((element) => !around.has(element.id))
    if (furniture) block.hint.furniture = furniture.label
  }
}
