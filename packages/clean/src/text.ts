import type {ArticleMetadata, RemovedSpan, Span} from '@tidings/core'
import {trimSpan} from '@tidings/core'
import {bylineAuthor, liftContact, liftDateline, lineDate} from './metadata.js'
import type {BoilerplatePhrases} from './phrases.js'
import {keepRecurring, markAppealRuns, markCreditedCaptions, markRepeats, markTeaserRuns, repeatKey} from './context.js'
import {articleRegion} from './region.js'
import {type LineTests, lineTestsOf, type RuleFinder} from './rule-finder.js'
import {endsAsSentence, readLine} from './words.js'

/** What the page's structure says about a block, for HTML input. */
export interface BlockHint {
  /** Characters of the block inside links. */
  linkLength: number
  /** The block sits in the element the page's structure marks as the article. */
  inArticle: boolean
  /** A class or id of an enclosing element names the block as page furniture (nav, share, comments...). */
  furniture?: string
  /** The block's text is part of the article body the page's metadata (JSON-LD) gives. */
  inMetadataBody?: boolean
  /** A heading element (h1-h6). */
  heading?: boolean
  /** Inside a figure or its caption. */
  figure?: boolean
}

export interface Block extends Span {
  hint?: BlockHint
}

export interface CleanResult {
  kept: Span[]
  /** False when no run of lines reads as an article, so only lines a rule names were removed. */
  found: boolean
  removed: RemovedSpan[]
  /** Lines a signal other than the run of paragraphs took into the article, and the signal's id. */
  vouched: VouchedSpan[]
  metadata: ArticleMetadata
}

export interface VouchedSpan extends Span {
  rule: string
}

export interface TextRulesOptions {
  phrases: BoilerplatePhrases
  keepAll: boolean
  /** A headline already known (HTML metadata): a block that repeats it is lifted, not kept. */
  headline?: string
}

/**
 * good: a paragraph; medium: a shorter one, or a long line of few function words; sentence: a
 * short line that is still a sentence ("All passengers were rescued."); short: a fragment.
 */
export type Kind = 'good' | 'medium' | 'sentence' | 'short'

export interface Line extends Span {
  text: string
  kind: Kind
  /** Set when the line is boilerplate: the rule that says so. */
  rule?: string
  /** Boilerplate sentences cut from the line's ends. */
  cuts: ReadonlyArray<RemovedSpan>
  score: number
  voice: boolean
  title: boolean
  /** White space other than single spaces, which a repeat's key folds. */
  unevenSpace: boolean
  /** The length of the line's key as a repeat (`repeatKey`): only lines with keys as long can repeat each other. */
  keyLength: number
  hint?: BlockHint
  /** The line ends any article run (a footer's copyright notice). */
  boundary?: boolean
  /** The signal that took the line into the article when the run of paragraphs alone did not. */
  keptBy?: string
}

// A sentence ends at . ! ? and closing quotes, before white space or a capital glued to it.
const sentenceBreak = /[.!?…]["”’»)\]]*(?:\s+|(?=[\p{Lu}“"]))/gu
// What ends an abbreviation: a full stop after a short word (`abbreviationBefore`).
const abbreviationEnd = /(?:^|\s)(?:\p{L}{1,3}\.|\p{Lu}\.\p{Lu})$/u
const fullStop = 46
// Scripts written without spaces between words; asked only of lines where `readLine` finds a character of their blocks.
const ideographs = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u

/**
 * The text rules: decide per line (block) and within a line what is article and what is
 * boilerplate, and lift metadata. A person reads a page the same way: the article is the longest
 * stretch of sentence-shaped paragraphs; menus, prompts and captions around it are short,
 * fragmentary or repeated; appeals and policies have a tell-tale wording.
 */
export function applyTextRules(text: string, blocks: ReadonlyArray<Block>, options: TextRulesOptions): CleanResult {
  const metadata: ArticleMetadata = {}
  const lines: Line[] = []
  // The rule finders of the stage's phrases, taken once an article rather than once a line.
  const tests = lineTestsOf(options.phrases.lines, options.phrases.sentences)
  const openings = Object.entries(options.phrases.openings).flatMap(([rule, patterns]) => patterns.map((pattern) => ({rule, pattern})))
  for (const block of blocks) {
    const span = trimSpan(text, block)
    if (span.end > span.start) lines.push(describe(text, span, block.hint, tests, openings, metadata))
  }
  const repeats = markRepeats(lines)
  markAppealRuns(lines)
  markTeaserRuns(lines)
  markCreditedCaptions(lines)
  const [first, last] = articleRegion(lines)
  keepRecurring(lines, repeats, first, last)
  liftPrelude(lines, first, metadata, options.headline)
  liftNearby(lines, first, last, metadata)
  const kept: Span[] = []
  const removed: RemovedSpan[] = []
  const vouched: VouchedSpan[] = []
  // No run reads as an article (a headline alone, a fragment): only what a rule names goes.
  const found = last >= first
  lines.forEach((line, index) => {
    const inRegion = !found || (index >= first && index <= last)
    const rule = line.rule ?? (inRegion ? undefined : 'outside-article')
    for (const cut of line.cuts) removed.push(cut)
    if (rule) removed.push({start: line.start, end: line.end, text: line.text, rule})
    if (options.keepAll) kept.push(lineWhole(line))
    else if (!rule) kept.push({start: line.start, end: line.end})
    if (!rule && line.keptBy && inRegion) vouched.push({start: line.start, end: line.end, rule: line.keptBy})
  })
  const firstKept = kept[0]
  if (firstKept) liftDateline(text.slice(firstKept.start, firstKept.end), metadata)
  removed.sort((a, b) => a.start - b.start)
  return {kept, removed, vouched, metadata, found}
}

/** A line with the parts cut from it put back: what `keepAll` keeps. */
function lineWhole(line: Line): Span {
  const start = Math.min(line.start, ...line.cuts.map((cut) => cut.start))
  const end = Math.max(line.end, ...line.cuts.map((cut) => cut.end))
  return {start, end}
}

function describe(text: string, span: Span, hint: BlockHint | undefined, tests: LineTests, openings: ReadonlyArray<Opening>, metadata: ArticleMetadata): Line {
  let {start, end} = span
  let rule: string | undefined
  let cuts = noCuts
  const whole = text.slice(start, end)
  let found = tests.scan(text, start, end)
  // Most lines hold no boilerplate sentence: one test of the line says so, and spares cutting it into sentences.
  if (tests.maySentence(whole, found)) {
    const kept = cutBoilerplateSentences(text, span, tests.sentenceRule)
    start = kept.start
    end = kept.end
    rule = kept.rule
    cuts = kept.cuts
    for (const cut of rule ? [{start, end, rule}] : cuts) liftFromSentence(text.slice(cut.start, cut.end), cut.rule, metadata)
  }
  const opening = rule ? undefined : cutOpening(text, start, end, openings)
  if (opening) {
    cuts = [...cuts, opening]
    start = skipGap(text, opening.end, end)
  }
  const cutShort = start !== span.start || end !== span.end
  const lineText = cutShort ? text.slice(start, end) : whole
  if (cutShort) found = tests.scan(text, start, end)
  const {wordCount, stops, voiceCount, capitalized, spacelessScript, unevenSpace, quoted, longerInLowerCase} = readLine(text, start, end)
  rule ??= lineRule(lineText, wordCount, tests, found)
  const length = end - start
  const density = wordCount ? stops / wordCount : 0
  const ends = endsAsSentence(lineText)
  const dense = spacelessScript && ideographs.test(lineText) ? length >= 40 : density >= 0.12 || (wordCount >= 12 && ends)
  const kind: Kind =
    length >= 80 && dense ? 'good' : length >= 40 && (dense || ends) ? 'medium' : ends && wordCount >= 3 && stops > 0 ? 'sentence' : 'short'
  const title = !ends && wordCount >= 2 && wordCount <= 40 && length <= 300 && capitalized >= 1
  if (hint?.figure && !rule) rule = 'caption'
  // Every line has every field from the start: lines of one shape keep the rules' property reads fast.
  return {
    start,
    end,
    text: lineText,
    kind,
    cuts,
    score: 0,
    voice: voiceCount >= 2 && voiceCount / Math.max(wordCount, 1) >= 0.02 && !quoted,
    title,
    unevenSpace,
    keyLength: unevenSpace || longerInLowerCase ? repeatKey(lineText, unevenSpace).length : lineText.length,
    rule: rule || undefined,
    hint,
    boundary: undefined,
    keptBy: undefined
  }
}

// The cuts of the many lines that have none: one array, which no rule writes to.
const noCuts: ReadonlyArray<RemovedSpan> = []

/**
 * Boilerplate sentences at either end of the line are cut off (`cuts`), and what is left is kept
 * (`start` to `end`); a line of nothing else goes whole, under the rule of its first sentence.
 */
function cutBoilerplateSentences(text: string, span: Span, sentenceRule: RuleFinder): {start: number; end: number; rule: string | undefined; cuts: RemovedSpan[]} {
  const sentences = sentenceSpans(text, span)
  const rules = sentences.map((sentence) => sentenceRule(text.slice(sentence.start, sentence.end)))
  let head = 0
  while (head < sentences.length && rules[head]) head++
  let tail = sentences.length
  while (tail > head && rules[tail - 1]) tail--
  if (head === sentences.length) return {start: span.start, end: span.end, rule: rules[0], cuts: []}
  const cuts: RemovedSpan[] = []
  for (let index = 0; index < sentences.length; index++) {
    if (index >= head && index < tail) continue
    const sentence = sentences[index] as Span
    cuts.push({start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end), rule: rules[index] as string})
  }
  return {start: (sentences[head] as Span).start, end: (sentences[tail - 1] as Span).end, rule: undefined, cuts}
}

interface Opening {
  rule: string
  pattern: RegExp
}

/**
 * The run of interface messages (`openings`) that starts `text.slice(start, end)`, when a capital
 * follows it: the start of the sentence the scraper glued to it ("Invalid email The ferry...").
 * Before a small letter the words are the sentence's own ("Unable to subscribe to the claims").
 */
function cutOpening(text: string, start: number, end: number, openings: ReadonlyArray<Opening>): RemovedSpan | undefined {
  let rule: string | undefined
  let cutEnd = start
  let next = start
  for (let matched = true; matched && next < end; ) {
    matched = false
    const rest = text.slice(next, end)
    for (const opening of openings) {
      // A user's pattern need not be anchored: only a message at the very start is an opening.
      const match = opening.pattern.exec(rest)
      const length = match?.index === 0 ? match[0].length : 0
      if (!length) continue
      // A message ends where white space or punctuation does: "Invalid emails" is no message.
      const after = skipGap(text, next + length, end)
      if (after === next + length) continue
      rule ??= opening.rule
      cutEnd = next + length
      next = after
      matched = true
      break
    }
  }
  if (!rule || next >= end || !sentenceStart.test(text.charAt(next))) return undefined
  return {start, end: cutEnd, text: text.slice(start, cutEnd), rule}
}

// A capital or an opening quote: what starts the sentence after an opening.
const sentenceStart = /[\p{Lu}“"‘']/u

/** Past the white space and punctuation that part two interface messages, from `from`. */
function skipGap(text: string, from: number, end: number): number {
  let at = from
  while (at < end && openingGap.includes(text.charAt(at))) at++
  return at
}

const openingGap = ' \t,;:.!|+•·–—-'

function sentenceSpans(text: string, span: Span): Span[] {
  const spans: Span[] = []
  const line = text.slice(span.start, span.end)
  let from = 0
  // `exec` in a loop: `matchAll` copied the regex for every line.
  sentenceBreak.lastIndex = 0
  for (let match = sentenceBreak.exec(line); match; match = sentenceBreak.exec(line)) {
    const end = match.index + match[0].trimEnd().length
    // "U.S. officials", "Dec. 30": a short word before the full stop is an abbreviation, not an end.
    const before = line.charCodeAt(end - 1) === fullStop && abbreviationBefore(line, Math.max(from, end - 6), end)
    if (before || end - from < 2) continue
    spans.push(trimSpan(text, {start: span.start + from, end: span.start + end}))
    from = match.index + match[0].length
  }
  if (from < line.length) spans.push(trimSpan(text, {start: span.start + from, end: span.end}))
  return spans.filter((piece) => piece.end > piece.start)
}

/**
 * What `abbreviationEnd` says of `line.slice(start, end)`, which ends in a full stop: one to three
 * letters before it, after white space or the start. Read by character code; the regex is asked
 * only where a character beyond ASCII stands among those letters.
 */
export function abbreviationBefore(line: string, start: number, end: number): boolean {
  let at = end - 2
  while (at >= start) {
    const code = line.charCodeAt(at)
    if (code >= 128) return abbreviationEnd.test(line.slice(start, end))
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break
    at--
  }
  const letters = end - 2 - at
  if (letters < 1 || letters > 3) return false
  const code = line.charCodeAt(at)
  return at < start || code === 32 || (code >= 9 && code <= 13)
}

/**
 * The rule a whole line falls under. One of neither letters nor figures is a divider or an icon:
 * `readLine`, which reads every line anyway, finds a word (`wordCount`) where a letter or figure stands.
 */
function lineRule(line: string, wordCount: number, tests: LineTests, found: number): string | undefined {
  if (wordCount === 0) return 'symbols'
  const rule = tests.lineRule(line, found)
  if (rule) return rule
  if (bylineAuthor(line)) return 'byline'
  if (lineDate(line)) return 'date'
  return undefined
}

function liftFromSentence(sentence: string, rule: string, metadata: ArticleMetadata): void {
  if (rule === 'contact') liftContact(sentence, metadata)
  if (rule === 'attribution') metadata.attribution ??= sentence.replace(/^[\s•·*–—-]+/u, '').replace(/^(?:this|the) (?:article|story|report) (?:was|is) /i, '').trimEnd().replace(/\.$/, '')
}

/**
 * The lines just above the article: a headline, a standfirst, a byline, a date. They are lifted
 * into the metadata (and stay removed from the clean text).
 */
function liftPrelude(lines: Line[], first: number, metadata: ArticleMetadata, knownHeadline: string | undefined): void {
  const known = knownHeadline ? normalize(knownHeadline) : undefined
  if (known) {
    for (let index = 0; index < first; index++) {
      const line = lines[index] as Line
      if (!line.rule && normalize(line.text) === known) {
        line.rule = 'headline'
        metadata.headline ??= line.text
      }
    }
  }
  const prelude: Line[] = []
  for (let index = first - 1; index >= 0 && prelude.length < 2; index--) {
    const line = lines[index] as Line
    if (line.rule === 'headline') break
    if (line.rule) {
      if (line.rule === 'byline' || line.rule === 'date' || line.rule === 'appeal' || line.rule === 'symbols') continue
      break
    }
    if (!line.title && line.kind === 'short') break
    prelude.unshift(line)
  }
  const titleIndex = prelude.findIndex((line) => line.title)
  if (titleIndex === -1) return
  const headline = prelude[titleIndex] as Line
  if (!metadata.headline) {
    headline.rule = 'headline'
    metadata.headline = headline.text
  }
  const standfirst = prelude[titleIndex + (headline.rule === 'headline' ? 1 : 0)]
  if (standfirst && standfirst !== headline && !metadata.standfirst) {
    standfirst.rule = 'standfirst'
    metadata.standfirst = standfirst.text
  }
}

/** The byline and the date nearest the article: above it, in it, or just below it. */
function liftNearby(lines: ReadonlyArray<Line>, first: number, last: number, metadata: ArticleMetadata): void {
  const order: number[] = []
  for (let index = first - 1; index >= Math.max(0, first - 12); index--) order.push(index)
  for (let index = Math.max(first, 0); index <= Math.min(last + 6, lines.length - 1); index++) order.push(index)
  for (const index of order) {
    const line = lines[index] as Line
    if (line.rule === 'byline') metadata.author ??= bylineAuthor(line.text)
    if (line.rule === 'date') metadata.publishedAt ??= lineDate(line.text)
  }
}

function normalize(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
