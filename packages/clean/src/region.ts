import {articleEndPatterns} from './phrases.js'
import type {Line} from './text.js'
import {endsAsSentence} from './words.js'

/**
 * The article is the stretch of lines with the most sentence-shaped text in it, net of the
 * fragments and boilerplate it would take in: the maximum-sum run of line scores. A comments
 * heading ends any run, and once a page has given some paragraphs, what follows it is readers'
 * text, however sentence-shaped; so is what follows the site's notice that all rights are
 * reserved, the page's foot (teasers, other sections), where the run resets too.
 */
export function articleRegion(lines: Line[]): [number, number] {
  let textBefore = 0
  let inComments = false
  let shortRun = 0
  for (const line of lines) {
    if (line.rule === 'copyright' && [line, ...line.cuts].some((part) => rightsReserved.test(part.text))) line.boundary = true
    line.score = lineScore(line)
    // One short line in an article is a subhead; a run of them is a menu or a list of links, and
    // a repeated entry or a divider among them does not end the run.
    shortRun = line.kind === 'short' ? shortRun + 1 : 0
    if (shortRun > 1 && !line.rule) line.score -= Math.min(shortRun - 1, 4) * 12
    if ((line.rule === 'comments' || line.boundary) && textBefore >= 500) inComments = true
    if (line.kind === 'good' && !line.rule) textBefore += line.end - line.start
    if (inComments && line.score > 0) line.score *= 0.2
  }
  let best = 0
  let bestRange: [number, number] = [0, -1]
  let sum = 0
  let start = 0
  lines.forEach((line, index) => {
    if (sum <= 0 || line.rule === 'comments' || line.boundary) {
      sum = 0
      start = index
    }
    sum += line.score
    if (sum > best) {
      best = sum
      bestRange = [start, index]
    }
  })
  let [first, last] = bestRange
  // The article opens and closes with a paragraph; title-shaped lines at its edges are the headline, a standfirst or a caption.
  while (first < last && !isParagraph(lines[first] as Line)) first++
  while (last > first && !isParagraph(lines[last] as Line)) last--
  // On a page, the article's own element vouches for the lists and tables that end it.
  while (last >= first && continuesArticle(lines[last + 1])) vouch(lines, ++last, last, 'article-element')
  while (first > 0 && first <= last && opensArticle(lines[first - 1])) vouch(lines, --first, first, 'lead-paragraph')
  if (last >= first) last = vouch(lines, last + 1, bridgeGap(lines, last), 'inner-table')
  const [opinionFirst, opinionLast] = secondOpinion(lines, first, last)
  vouch(lines, opinionFirst, first - 1, 'second-opinion')
  vouch(lines, last + 1, opinionLast, 'second-opinion')
  last = vouch(lines, opinionLast + 1, numberedListEnd(lines, opinionFirst, opinionLast), 'numbered-list')
  if (last >= opinionFirst) last = vouch(lines, last + 1, announcedListEnd(lines, last), 'announced-list')
  return [opinionFirst, trimArticleEnd(lines, opinionFirst, last)]
}

const rightsReserved = /\brights reserved\b/i

/** Names the signal that took lines `from` to `to` into the article, for tracing; returns `to`. */
function vouch(lines: ReadonlyArray<Line>, from: number, to: number, signal: string): number {
  for (let index = Math.max(from, 0); index <= to; index++) (lines[index] as Line).keptBy ??= signal
  return to
}

/**
 * The page's structure gives a second opinion, as trafilatura falls back to other extractors: the
 * element Readability's scoring picks (`inArticle`). When the run holds less than half the
 * paragraph text of that element, the run is a fragment (a list or a quote split it, a teaser
 * looked denser): the element's paragraphs, first to last, are the article instead. When the two
 * share no paragraph, they disagree outright, and the run (which weighs the JSON-LD body too) stays.
 */
function secondOpinion(lines: ReadonlyArray<Line>, first: number, last: number): [number, number] {
  let elementText = 0
  let runText = 0
  let shared = false
  let elementFirst = -1
  let elementLast = -1
  lines.forEach((line, index) => {
    if (!isParagraph(line) || line.kind === 'short' || (line.hint?.linkLength ?? 0) > (line.end - line.start) / 2) return
    if (index >= first && index <= last) runText += line.end - line.start
    if (!line.hint?.inArticle || line.hint.furniture) return
    if (index >= first && index <= last) shared = true
    elementText += line.end - line.start
    if (elementFirst === -1) elementFirst = index
    elementLast = index
  })
  return shared && runText < elementText / 2 ? [elementFirst, elementLast] : [first, last]
}

/**
 * The article's last lines: after a related-stories heading or teasers, lines short of a full
 * paragraph are what is left of the list (a headline asking a question); the author's bio and the
 * publisher's pitch that close the article are not its text (`articleEndPatterns`).
 */
function trimArticleEnd(lines: ReadonlyArray<Line>, first: number, last: number): number {
  let end = last
  let lastParagraph = end
  while (lastParagraph > first && !((lines[lastParagraph] as Line).kind === 'good' && isParagraph(lines[lastParagraph] as Line))) lastParagraph--
  for (let index = lastParagraph + 1; index <= end; index++) {
    const rule = (lines[index] as Line).rule
    if (rule === 'related' || rule === 'teaser') end = lastParagraph
  }
  while (end > first) {
    const line = lines[end] as Line
    const rule = Object.keys(articleEndPatterns).find((key) => articleEndPatterns[key]?.some((pattern) => pattern.test(line.text)))
    if (!rule) break
    line.rule = rule
    end--
  }
  return end
}

// Rules a table or list inside the article may hold; any other rule between two runs of paragraphs ends the article.
const insideArticleRules = new Set(['repeated', 'caption', 'advert', 'symbols'])
// Paragraph text the run after a gap must hold: about two paragraphs, not a stray teaser.
const runAfterGap = 240

/**
 * A table or a list inside the article (a team's figures, a recipe's ingredients) is a run of
 * short lines that splits the best run in two. The lines after the run are the article's, to the
 * last paragraph before anything says otherwise, when they hold paragraphs again (`runAfterGap`)
 * and nothing between says otherwise: no boilerplate rule, and, on a page, every line inside the
 * article's element and not link text; in a text dump, few lines shaped like menu entries
 * (capitalized words, no figures). Returns the run's new last line, or `last`.
 */
function bridgeGap(lines: ReadonlyArray<Line>, last: number): number {
  let menuLike = 0
  let gap = 0
  let text = 0
  let end = last
  for (let index = last + 1; index < lines.length; index++) {
    const line = lines[index] as Line
    if ((line.rule && !insideArticleRules.has(line.rule)) || (line.hint && !gapInArticle(line))) break
    if (line.kind === 'good' && isParagraph(line)) {
      text += line.end - line.start
      if (text >= runAfterGap && (line.hint || menuLike * 4 <= gap)) end = index
      continue
    }
    gap++
    if (line.kind === 'short' && line.title && !/\d/.test(line.text)) menuLike++
  }
  return end
}

/**
 * The lead paragraph just above the run, in the article's element and shaped as a paragraph, is
 * the article's however many links it holds: leads link the names they introduce, and hover
 * cards put a person's whole name and title inside the link.
 */
function opensArticle(line: Line | undefined): boolean {
  return line?.hint !== undefined && line.hint.inArticle && !line.hint.furniture && line.kind === 'good' && isParagraph(line) && endsAsSentence(line.text)
}

function gapInArticle(line: Line): boolean {
  const hint = line.hint
  return hint !== undefined && hint.inArticle && !hint.furniture && hint.linkLength <= (line.end - line.start) / 2
}

const listItem = /^\s*(\d{1,3})[.)]\s/

/**
 * A numbered list the article opens, or announces with a colon, is the article's to its last item
 * ("1) ... 2) ..."), with the short lines between items (a link under each); the list stops where
 * the numbers stop following.
 */
function numberedListEnd(lines: Line[], first: number, last: number): number {
  const itemNumber = (line: Line | undefined) => (line ? Number(listItem.exec(line.text)?.[1] ?? Number.NaN) : Number.NaN)
  let at = last
  while (at >= first && Number.isNaN(itemNumber(lines[at]))) at--
  const announced = at < first && /:\s*$/.test(lines[last + 1]?.text ?? '') && !lines[last + 1]?.rule && itemNumber(lines[last + 2]) === 1
  if (at < first && !announced) return last
  let number = announced ? 0 : itemNumber(lines[at])
  let end = announced ? last + 1 : last
  for (let index = end + 1; index < lines.length && index - end <= 3; index++) {
    const line = lines[index] as Line
    const item = listItem.exec(line.text)
    if (item && Number(item[1]) === number + 1) {
      number++
      end = index
    } else if (item || line.kind !== 'short' || line.rule) break
  }
  return end
}

/**
 * A list the article announces with a colon ("The tour's dates:") is the article's while its
 * items keep one shape: each starts like the first (a figure, a capital, a small letter) and
 * shares a separator with it ("June 9 -- Arena, City, ST"), or, for items that open with a figure,
 * has none as the first has none ("200 g flour"). A menu after the article has no
 * colon before it, or items of no common shape.
 */
function announcedListEnd(lines: ReadonlyArray<Line>, last: number): number {
  const colon = lines[last + 1]
  const firstItem = lines[last + 2]
  if (!colon || colon.rule || !/:\s*$/.test(colon.text) || !firstItem) return last
  const shape = itemShape(firstItem.text)
  let end = last
  for (let index = last + 2; index < lines.length; index++) {
    const line = lines[index] as Line
    const own = itemShape(line.text)
    // Tags ("Topics:", "Mac,", "Review,") are a word or two a line; items say more, or give a figure.
    if (line.rule || !sameShape(own, shape) || (own.start !== 'figure' && line.text.split(' ').length < 3)) break
    end = index
  }
  // Two items make a list; one may be the next paragraph's heading.
  return end >= last + 3 ? end : last
}

/** Figures alone make a shape ("200 g rye flour", "3 eggs"); words need a separator in common. */
function sameShape(item: ItemShape, first: ItemShape): boolean {
  if (item.start !== first.start) return false
  return item.separators.some((mark) => first.separators.includes(mark)) || (item.start === 'figure' && item.separators.length + first.separators.length === 0)
}

interface ItemShape {
  start: string
  separators: string[]
}

function itemShape(text: string): ItemShape {
  const first = text.charAt(0)
  const start = /\p{N}/u.test(first) ? 'figure' : /\p{Lu}/u.test(first) ? 'capital' : /\p{Ll}/u.test(first) ? 'small' : first
  return {start, separators: [...new Set(text.match(/[-–—,;:|/•·(]/g) ?? [])]}
}

function continuesArticle(line: Line | undefined): boolean {
  const hint = line?.hint
  return line !== undefined && hint !== undefined && hint.inArticle && !line.rule && !hint.furniture && hint.linkLength <= (line.end - line.start) / 2
}

function isParagraph(line: Line): boolean {
  return !line.rule && line.kind !== 'short' && !line.title
}

function lineScore(line: Line): number {
  const hint = line.hint
  let score: number
  if (line.rule) score = line.rule === 'related' ? -150 : -40
  else if (line.kind === 'good') score = Math.min(line.end - line.start, 800)
  else if (line.kind === 'medium') score = (line.end - line.start) * 0.5 - 10
  else if (line.kind === 'sentence') score = (line.end - line.start) * 0.3
  else score = -12
  if (!hint) return score
  const length = line.end - line.start
  if (hint.linkLength > length * 0.5) score = Math.min(score, -20) - 20
  if (hint.furniture) score -= 60 + Math.max(0, score)
  if (hint.inArticle) score += 30
  if (hint.inMetadataBody) score += 100 + length * 0.5
  return score
}

