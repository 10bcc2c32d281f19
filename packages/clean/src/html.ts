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

/** Render a page to text and read its structure and metadata in one streaming pass. */
export function renderPage(html: string): Page {
  const pieces: string[] = []
  let length = 0
  const stack: Element[] = []
  let nextId = 0
  let hiddenDepth = 0
  let linkDepth = 0
  let links = 0
  const droppedLinkLists: number[] = []
  const weights = new Map<number, number>()
  let blockStart = -1
  let pendingSpace = false
  let blockLinkLength = 0
  let blockAncestors: number[] = []
  let blockFurniture: Array<{id: number; label: string}> = []
  let blockHeading = false
  let blockFigure = false
  const blocks: PageBlock[] = []
  const meta = new Map<string, string>()
  const jsonLd: string[] = []
  let capture: {kind: 'title' | 'json' | 'h1'; text: string} | undefined
  let title: string | undefined
  let firstHeading: string | undefined
  let timeValue: string | undefined

  const mark = (): TextMark => ({pieces: pieces.length, length, linkLength: blockLinkLength, links, blockStart})

  const endBlock = () => {
    if (blockStart === -1) return
    const hint = {linkLength: blockLinkLength, inArticle: false, heading: blockHeading, figure: blockFigure}
    blocks.push({start: blockStart, end: length, hint, ancestors: blockAncestors, furniture: blockFurniture})
    pieces.push('\n')
    length += 1
    blockStart = -1
    pendingSpace = false
  }

  const write = (raw: string) => {
    const collapsed = raw.replace(/[\s\u00a0]+/g, ' ')
    if (collapsed === ' ') {
      pendingSpace = true
      return
    }
    const leading = collapsed.startsWith(' ')
    const trailing = collapsed.endsWith(' ')
    const body = collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined)
    if (blockStart === -1) {
      blockStart = length
      blockLinkLength = 0
      blockAncestors = stack.map((element) => element.id)
      blockFurniture = stack.flatMap((element) => (element.furniture ? [{id: element.id, label: element.furniture}] : []))
      blockHeading = stack.some((element) => headings.has(element.name))
      blockFigure = stack.some((element) => element.name === 'figure' || element.name === 'figcaption')
    } else if (leading || pendingSpace) {
      pieces.push(' ')
      length += 1
      if (linkDepth > 0) blockLinkLength += 1
    }
    pieces.push(body)
    length += body.length
    if (linkDepth > 0) blockLinkLength += body.length
    pendingSpace = trailing
  }

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase()
          if (key && attributes.content) meta.set(key, attributes.content)
          return
        }
        if (name === 'link' && attributes.rel === 'canonical' && attributes.href) meta.set('canonical', attributes.href)
        if (name === 'time' && attributes.datetime) timeValue ??= attributes.datetime
        if (name === 'title' && title === undefined) capture = {kind: 'title', text: ''}
        if (name === 'script' && attributes.type?.toLowerCase() === 'application/ld+json') capture = {kind: 'json', text: ''}
        if (name === 'h1' && firstHeading === undefined && hiddenDepth === 0) capture = {kind: 'h1', text: ''}
        if (blockElements.has(name)) endBlock()
        else if (cellElements.has(name)) pendingSpace = true
        if (voidElements.has(name)) return
        const label = `${attributes.class ?? ''} ${attributes.id ?? ''} ${attributes.role ?? ''}`
        const furniture = name === 'nav' || name === 'aside' || name === 'footer' ? name : furniturePattern.exec(label)?.[1]?.toLowerCase()
        const hidden =
          hiddenElements.has(name) || attributes.hidden !== undefined || attributes['aria-hidden'] === 'true' || hiddenStyle.test(attributes.style ?? '')
        const element: Element = {id: nextId++, name, hidden}
        if (furniture) element.furniture = furniture
        const weight = articleWeight(name, attributes)
        if (weight > 1) weights.set(element.id, weight)
        if (name !== 'a' && !hidden && blockStart !== -1 && !cellElements.has(name)) element.inline = mark()
        stack.push(element)
        if (hidden) hiddenDepth++
        if (name === 'a') {
          linkDepth++
          if (hiddenDepth === 0) links++
        }
      },
      ontext(data) {
        if (capture) capture.text += data
        if (hiddenDepth === 0) write(data)
      },
      onclosetag(name, implied) {
        if (capture && (capture.kind === 'h1' ? name === 'h1' : name === 'title' || name === 'script')) {
          if (capture.kind === 'title') title = capture.text
          else if (capture.kind === 'json') jsonLd.push(capture.text)
          else firstHeading = capture.text
          capture = undefined
        }
        if (voidElements.has(name)) {
          if (name === 'br' && !implied) endBlock()
          return
        }
        // Pop to the matching element; a stray closing tag closes nothing.
        const at = stack.findLastIndex((element) => element.name === name)
        if (at === -1) return
        for (const element of stack.splice(at).reverse()) {
          if (element.inline && embeddedLinkList(element.inline, mark())) {
            pieces.length = element.inline.pieces
            ;({length, linkLength: blockLinkLength, links} = element.inline)
            droppedLinkLists.push(length)
            pendingSpace = true
          }
          if (element.hidden) hiddenDepth--
          if (element.name === 'a') linkDepth--
        }
        if (blockElements.has(name)) endBlock()
        else if (cellElements.has(name)) pendingSpace = true
      }
    },
    {decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true}
  )
  parser.write(html)
  parser.end()
  endBlock()

  // The last block's line break ends nothing.
  const text = pieces.join('').replace(/\n$/, '')
  const page = readPageMetadata({meta, jsonLd, title, firstHeading, timeValue})
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
