import type {Span} from '@tidings/core'
import {calendarWords, isSpace, listBullets, memoizedByCode, trimSpan} from '@tidings/lexicon'

/** The lists `sentenceSpans` decides with, in lower case (`abbreviationSets` of the shared lexicon). */
export interface Lexicon {
  titles: ReadonlySet<string>
  names: ReadonlySet<string>
  units: ReadonlySet<string>
  sentenceStarters: ReadonlySet<string>
  timeZones: ReadonlySet<string>
  speechVerbs: ReadonlySet<string>
}

/**
 * Where a rule decided and whether it cut: from the punctuation it decided on to where the sentence
 * ends when it cut (a list item's hit sits at the end of the sentence before it). Rule ids are
 * stable: `pnpm eval --rules` counts them.
 */
export interface SegmentRuleHit {
  rule: SegmentRule
  start: number
  end: number
  kept: boolean
}

export type SegmentRule =
  | 'full-stop'
  | 'exclamation-or-question'
  | 'glued-sentence'
  | 'period-then-ellipsis'
  | 'ellipsis-inside'
  | 'ellipsis-before-sentence'
  | 'lower-case-after'
  | 'lower-case-name-after'
  | 'quotation-lower-case'
  | 'quotation-attribution'
  | 'figure-after'
  | 'title'
  | 'initial'
  | 'pronoun-i'
  | 'letter-name-end'
  | 'unit-end'
  | 'unit-inside'
  | 'time-then-day'
  | 'abbreviation-end'
  | 'abbreviation-inside'
  | 'list-item'
  | 'wrapped-line'

// Character codes, not one-character strings: a character of a text beyond Latin-1 read as a
// string is a new string each time, then hashed for the set.
const closers = codeSet(['"', "'", '”', '’', ')', ']', '»', '›'])
const openers = codeSet(['"', "'", '“', '‘', '(', '[', '«', '‹', '`'])
const typographicClosers = codeSet(['”', '’', ')', ']', '»'])
const quotes = codeSet(['"', '“', '‘', '«', '`'])
const bullets = codeSet(listBullets)
const ellipsisCode = 0x2026
const terminal = /[.!?…]/g
// The sign of a list marker ("•", the "." of "12.", the ")" of "b)"): one character class, which V8
// scans for far faster than a pattern with alternatives tried at every character, and faster than
// a loop over the character codes.
const markerSign = new RegExp(`[.)${listBullets.join('')}]`, 'g')
// Days and months after a time continue its sentence ("at 3 p.m. Monday", "5 p.m. Nov. 9").
const dayWords = new Set([...Object.keys(calendarWords.weekdays), ...Object.keys(calendarWords.months)])

/** The codes of one-character strings. */
export function codeSet(characters: ReadonlyArray<string>): ReadonlySet<number> {
  return new Set(characters.map((character) => character.charCodeAt(0)))
}

/** The code at `index` of `text`, -1 outside it (where `charCodeAt` gives NaN, which deoptimized its callers). */
function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1
}

/** A sentence's end: a full stop, an exclamation or question mark, an ellipsis. */
export function isSentenceEndMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === ellipsisCode
}

/**
 * Sentence spans of `text.slice(span.start, span.end)`, in `text`'s offsets, trimmed of white space.
 * One pass over the text: each run of closing punctuation is a candidate, decided by the words on
 * either side; list markers cut before themselves. Linear in the length of the span. `trace`, when
 * given, hears every rule that decided.
 */
export function sentenceSpans(text: string, span: Span, lexicon: Lexicon, trace?: (hit: SegmentRuleHit) => void): Span[] {
  // The paragraph's own string, which patterns search: a search of the text from the paragraph on
  // would go on past its end to the next match, to the end of the text after the last one, so
  // quadratic in a long article's paragraphs.
  const paragraph = text.slice(span.start, span.end)
  const protectedRegions = new ProtectedRegions(text, span)
  const list = listMarkers(text, span, paragraph)
  const cuts: number[] = []
  if (trace) {
    for (const cut of list.cuts) {
      const sentenceEnd = trimSpan(text, {start: span.start, end: cut}).end
      trace({rule: 'list-item', start: sentenceEnd, end: sentenceEnd, kept: true})
    }
  }
  let sentenceStart = span.start
  const straightQuotes = new StraightQuotes(text, span.start)
  terminal.lastIndex = 0
  // `test`, not `exec`: the match is one character, before `lastIndex`, and no match array is made.
  // The pattern scans faster than a loop over the character codes would.
  while (terminal.test(paragraph)) {
    const index = span.start + terminal.lastIndex - 1
    if (list.markerStops.has(index) || protectedRegions.has(index)) continue
    const run = punctuationRun(text, index, span.end, straightQuotes)
    terminal.lastIndex = run.end - span.start
    const decision = decide(text, index, run, span, sentenceStart, lexicon)
    if (decision === undefined) continue
    const cut = decision.cut ? run.cutAt : undefined
    if (trace) trace({rule: decision.rule, start: index, end: decision.cut ? run.cutAt : run.end, kept: decision.cut})
    if (cut !== undefined) {
      cuts.push(cut)
      sentenceStart = cut
    }
  }
  const spans: Span[] = []
  let start = span.start
  // The punctuation's cuts come in order; a paragraph's list items (rare) are merged in.
  for (const cut of list.cuts.length > 0 ? [...list.cuts, ...cuts].sort((a, b) => a - b) : cuts) start = pushTrimmed(text, spans, start, cut, span.end)
  pushTrimmed(text, spans, start, span.end, span.end)
  return spans
}

/** Push the span from `start` to `cut` (at most `limit`), trimmed, unless only white space; the start of the next. */
function pushTrimmed(text: string, spans: Span[], start: number, cut: number, limit: number): number {
  let from = start
  let to = Math.min(cut, limit)
  while (from < to && isSpace(text.charCodeAt(from))) from++
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  if (to > from) spans.push({start: from, end: to})
  return Math.max(start, cut)
}

interface Run {
  /** After the punctuation and the closing quotes or brackets that follow it. */
  end: number
  /** Where the sentence ends: `end`, or after the first full stop of ". . . ." after a word. */
  cutAt: number
  dots: number
  exclaims: boolean
  /** Closing quotes or brackets follow the punctuation. */
  closed: boolean
  /** ". . . ." right after a word: a full stop, then an ellipsis that opens the next sentence. */
  periodThenEllipsis: boolean
}

function punctuationRun(text: string, index: number, limit: number, straight: StraightQuotes): Run {
  let end = index
  let dots = 0
  let exclaims = false
  let spacedDots = 0
  while (end < limit) {
    const code = text.charCodeAt(end)
    if (code === 46) dots++
    else if (code === ellipsisCode) dots += 3
    else if (code === 33 || code === 63) exclaims = true
    else if (code === 32 && end + 1 < text.length && text.charCodeAt(end + 1) === 46 && dots > 0) spacedDots++
    else break
    end++
  }
  const punctuationEnd = end
  while (end < limit && closers.has(text.charCodeAt(end))) end++
  // 'the road. " Greece', 'It held. ” The': a closing quote set apart by a space (tokenized or
  // hand-typed text) still closes, a curly one always, a straight one when a quotation is open.
  // Reads stop at the text's end: a read past it (undefined, NaN) slowed this and its callers.
  if (end + 1 < text.length && text.charCodeAt(end) === 32 && (end + 2 >= limit || isSpace(text.charCodeAt(end + 2)))) {
    const quote = text.charCodeAt(end + 1)
    if (quote === 0x201d || quote === 0x2019 || quote === 0xbb || (quote === 34 && straight.openAt(index))) end += 2
  }
  const periodThenEllipsis = dots >= 4 && spacedDots >= 3 && index > 0 && isLetter(text.charCodeAt(index - 1))
  return {end, cutAt: end, dots, exclaims, closed: end > punctuationEnd, periodThenEllipsis}
}

/**
 * Whether a straight double quote is open at a point of the paragraph: an odd count of them before
 * it. Asked at points in increasing order, so the count goes on from the last answer. The first
 * quote is looked for only when asked, and then a quote follows the point asked about: a paragraph
 * without one never searches the rest of the text for it.
 */
class StraightQuotes {
  readonly #text: string
  #at: number | undefined
  readonly #start: number
  #open = false

  constructor(text: string, start: number) {
    this.#text = text
    this.#start = start
  }

  openAt(index: number): boolean {
    this.#at ??= this.#text.indexOf('"', this.#start)
    while (this.#at !== -1 && this.#at < index) {
      this.#open = !this.#open
      this.#at = this.#text.indexOf('"', this.#at + 1)
    }
    return this.#open
  }
}

interface Decision {
  rule: SegmentRule
  cut: boolean
}

// Two decisions a rule, made once: a decision is only read.
const decisions = new Map<SegmentRule, readonly [Decision, Decision]>()

function decided(rule: SegmentRule, cut: boolean): Decision {
  let pair = decisions.get(rule)
  if (pair === undefined) {
    pair = [{rule, cut: false}, {rule, cut: true}]
    decisions.set(rule, pair)
  }
  return pair[cut ? 1 : 0]
}

/** Whether the run of punctuation at `index` ends a sentence, and by which rule; undefined where no rule is needed (the paragraph's end). */
function decide(text: string, index: number, run: Run, span: Span, sentenceStart: number, lexicon: Lexicon): Decision | undefined {
  if (run.end >= span.end) return undefined
  const after = text.charCodeAt(run.end)
  if (!isSpace(after)) return gluedCut(text, index, run, lexicon) ? decided('glued-sentence', true) : undefined
  let next = run.end
  while (next < span.end && isSpace(text.charCodeAt(next))) next++
  if (next >= span.end) return undefined
  const nextWord = wordAt(text, next, span.end)
  const first = firstCode(nextWord)
  const quoted = isUpper(first) && (quotes.has(text.charCodeAt(next)) || bracketedSentence(text, next, span.end))
  if (run.periodThenEllipsis && isUpper(first)) {
    run.cutAt = index + 1
    return decided('period-then-ellipsis', true)
  }
  if (run.dots === 3 && !run.exclaims) {
    // "He paused... Then he went on.": an ellipsis right after a word, then a word that opens
    // sentences or a quotation. Not "I", which goes on a halting sentence as often ("I mean... I").
    const opens =
      !isSpace(text.charCodeAt(index - 1)) &&
      (quoted || (isUpper(first) && startsSentence(nextWord, lexicon) && bareWord(nextWord) !== 'I' && !inTitleCase(text, index, next, span, sentenceStart, lexicon)))
    return decided(opens ? 'ellipsis-before-sentence' : 'ellipsis-inside', opens)
  }
  if (isLower(first)) {
    // 'The roof fell in. "it was terrifying," one man said.': a quotation opens a sentence in lower
    // case as it was spoken; after an abbreviation or an initial ('approx. "low"') it goes on, and
    // after a question or exclamation ('(was it Astro?) "huh?" she wrote') the quote is part of it.
    if (quotes.has(text.charCodeAt(next)) && !isSpace(codeAt(text, next + 1)) && run.dots === 1 && !run.exclaims) {
      const before = tokenBefore(text, index, sentenceStart)
      const key = before.toLowerCase()
      // A unit's abbreviation follows its figure ("6 in."); "caved in." is the word.
      const unit = lexicon.units.has(key) && isDigit(firstCode(tokenBefore(text, index - before.length - 1, sentenceStart)))
      if (before.length > 1 && !before.includes('.') && !unit && !lexicon.titles.has(key) && !lexicon.names.has(key)) return decided('quotation-lower-case', true)
    }
    // "Sales rose. iPhone demand held.": a name written with a lower-case first letter opens a sentence
    // after a plain word; after an abbreviation ("approx. eBay's") it goes on.
    const named = hasUpperAfterFirst(bareWord(nextWord)) && !run.exclaims && run.dots === 1 && isSentenceEnd(tokenBefore(text, index, sentenceStart), lexicon)
    return decided(named ? 'lower-case-name-after' : 'lower-case-after', named)
  }
  // `"Why?" Smith asked.`: a quotation's attribution, a name and a verb of speech, ends its sentence.
  if (run.closed && isUpper(first) && attributionAt(text, next, span.end, lexicon)) return decided('quotation-attribution', false)
  if (run.exclaims || run.dots >= 4) return decided('exclamation-or-question', true)
  const before = tokenBefore(text, index, sentenceStart)
  const key = before.toLowerCase()
  // "H.R. 3590", "S.B. 1070", "U.S. 101 north": a figure after a dotted initialism numbers a bill or a
  // road; news writes a count that opens a sentence in words.
  if (isDigit(first)) return decided('figure-after', !(isAbbreviation(key, lexicon) || /^\d/.test(before) || isInitialism(before)))
  if (lexicon.titles.has(key)) return decided('title', false)
  if (before.length <= 2 && /^\p{Lu}$/u.test(before)) {
    // One capital: an initial ("Jonas E. Smith"), unless it is the pronoun after a lower-case word
    // or a letter that names ("Plan B. The vote", "in Group C. It") before a word that opens
    // sentences, which follows no middle initial.
    const previous = tokenBefore(text, index - before.length - 1, sentenceStart)
    if (!startsSentence(nextWord, lexicon) || inTitleCase(text, index, next, span, sentenceStart, lexicon)) return decided('initial', false)
    return decided(isLower(firstCode(previous)) ? 'pronoun-i' : 'letter-name-end', true)
  }
  // "Ft. Hood", "Sec. Rice": a unit's abbreviation capitalized, not after a figure, before a
  // capitalized word is a title.
  if (lexicon.units.has(key) && isTitleCase(before) && !isDigit(firstCode(tokenBefore(text, index - before.length - 1, sentenceStart)))) {
    return decided('title', false)
  }
  if (lexicon.units.has(key)) {
    // "5 p.m. EST Nov. 9", "at 3 p.m. Monday", "at 9 a.m. New York time": a time zone or a day after
    // a time continues the sentence.
    if (isTimeZone(nextWord, lexicon) || (isTime(key) && (dayWords.has(bareWord(nextWord).toLowerCase()) || placeTimeAt(text, next, span.end, lexicon)))) {
      return decided('time-then-day', false)
    }
    const ends = wordCount(text, sentenceStart, index) > 3
    return decided(ends ? 'unit-end' : 'unit-inside', ends)
  }
  // "The driver fell ill. Paramedics", "too good to miss. Investors": a name's abbreviation written
  // in lower case is the everyday word it spells ("Ill.", "Miss.", "Wash.", "Sun." are capitalized).
  if (lexicon.names.has(key) && key === before && /^\p{Ll}{2,}$/u.test(before)) return decided('full-stop', true)
  if (lexicon.names.has(key) || isInitialism(before)) {
    // "in the U.S. Officials said", `in Dearborn, Mich. "There is`: a word that opens sentences or
    // a quotation after the abbreviation; "the U.S. Senate" goes on.
    const ends = quoted || (startsSentence(nextWord, lexicon) && !inTitleCase(text, index, next, span, sentenceStart, lexicon))
    return decided(ends ? 'abbreviation-end' : 'abbreviation-inside', ends)
  }
  return decided('full-stop', true)
}

/** "difference.Russia’s", "Tuesday.Mr. Smith": a sentence glued to the next one without a space. */
function gluedCut(text: string, index: number, run: Run, lexicon: Lexicon): boolean {
  // One full stop, alone or with a closing curly quote or bracket ("it was “over.”Crews left"); a
  // straight quote there may as well open the next sentence.
  if (run.cutAt - index !== 1 && !(run.dots === 1 && run.cutAt - index === 2 && typographicClosers.has(text.charCodeAt(index + 1)))) return false
  const previous = index > 0 ? text.charCodeAt(index - 1) : -1
  if (!isLetter(previous) && !isDigit(previous)) return false
  if (!isUpper(text.charCodeAt(run.end)) || run.end + 1 >= text.length || !isLower(text.charCodeAt(run.end + 1))) return false
  const before = tokenBefore(text, index, 0)
  // After a capital, only an acronym of capitals alone: "in the UK.Officials", not "U.S.The" nor "D-W.Va".
  if (isUpper(previous) && !/^\p{Lu}{2,}$/u.test(before)) return false
  return !isAbbreviation(before.toLowerCase(), lexicon)
}

/**
 * One to three capitalized names, then a verb of speech that ends the sentence or the clause
 * (`Smith asked.`, `Ana Ruiz said,`): the attribution of the quotation before it. `Smith said the
 * talks failed.` is a sentence of its own.
 */
function attributionAt(text: string, start: number, limit: number, lexicon: Lexicon): boolean {
  if (openers.has(codeAt(text, start))) return false
  let cursor = start
  for (let words = 0; words <= 3; words++) {
    const word = wordAt(text, cursor, limit)
    if (!word) return false
    const bare = bareWord(word)
    if (words > 0 && lexicon.speechVerbs.has(bare)) {
      const after = word.charCodeAt(bare.length)
      if (word.length === bare.length) return cursor + word.length >= limit
      // `Lee added, "More...` opens a quotation of its own: a new sentence.
      let quote = cursor + word.length
      while (quote < limit && isSpace(text.charCodeAt(quote))) quote++
      return after === 46 || (after === 44 && !quotes.has(codeAt(text, quote)))
    }
    // A name, not a word that opens sentences: `"Done." And I said` is a new sentence.
    if (!isUpper(firstCode(word)) || bare.length !== word.length || lexicon.sentenceStarters.has(bare.toLowerCase())) return false
    cursor += word.length
    while (cursor < limit && text.charCodeAt(cursor) === 32) cursor++
  }
  return false
}

/**
 * `(Details were not released.)`: a bracket at `start` that closes right after a sentence's end, so
 * it holds a sentence of its own, not a dateline's "(AP)" or a party's "(R-Texas)". Looked for
 * within a few lines' length, which keeps a paragraph of open brackets linear.
 */
function bracketedSentence(text: string, start: number, limit: number): boolean {
  const opener = text.charCodeAt(start)
  const closer = opener === 40 ? 41 : opener === 91 ? 93 : -1
  if (closer === -1) return false
  const end = Math.min(limit, start + 400)
  let close = start + 1
  while (close < end && text.charCodeAt(close) !== closer) close++
  return close < end && isSentenceEndMark(text.charCodeAt(close - 1))
}

/**
 * "Eastern time", "New York time", "Pacific Standard Time": one to three capitalized names, none a
 * word that opens sentences ("8 p.m. The time was set"), then "time", naming a time's zone in words.
 */
function placeTimeAt(text: string, start: number, limit: number, lexicon: Lexicon): boolean {
  let cursor = start
  for (let words = 0; words <= 3; words++) {
    const word = wordAt(text, cursor, limit)
    const bare = bareWord(word)
    if (words > 0 && bare.toLowerCase() === 'time') return true
    if (!isUpper(firstCode(word)) || bare.length !== word.length || lexicon.sentenceStarters.has(bare.toLowerCase())) return false
    cursor += word.length
    while (cursor < limit && text.charCodeAt(cursor) === 32) cursor++
  }
  return false
}

/** "U.S", "H.R", "A.C.L.U": letters with full stops between them (the last one is the punctuation read). */
function isInitialism(word: string): boolean {
  return word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word)
}

/** "iPhone", "eBay": a capital after the first letter. */
function hasUpperAfterFirst(word: string): boolean {
  for (let index = 1; index < word.length; index++) if (isUpper(word.charCodeAt(index))) return true
  return false
}

/** "Ft", "Sec": a capital, then only lower-case letters. */
function isTitleCase(word: string): boolean {
  if (word.length < 2 || !isUpper(word.charCodeAt(0))) return false
  for (let index = 1; index < word.length; index++) if (!isLower(word.charCodeAt(index))) return false
  return true
}

/** A word after which a full stop ends the sentence: no abbreviation, no initial, no figure. */
function isSentenceEnd(word: string, lexicon: Lexicon): boolean {
  return word.length > 1 && !isAbbreviation(word.toLowerCase(), lexicon) && !word.includes('.') && isLetter(word.charCodeAt(word.length - 1))
}

function isTime(key: string): boolean {
  return key === 'a.m' || key === 'p.m'
}

function isTimeZone(word: string, lexicon: Lexicon): boolean {
  const bare = bareWord(word)
  return bare.length === word.replace(/[,.;]$/, '').length && bare === bare.toUpperCase() && lexicon.timeZones.has(bare.toLowerCase())
}

function isAbbreviation(key: string, lexicon: Lexicon): boolean {
  return lexicon.titles.has(key) || lexicon.names.has(key) || lexicon.units.has(key)
}

/** Whether `word` opens sentences: in the list, with its contraction or possessive ("It's", "There’s") off. */
function startsSentence(word: string, lexicon: Lexicon): boolean {
  const bare = bareWord(word)
  // "A." or "I." is an initial, as in "F. B. I. agents" or "M. B. A.", not the word.
  if (bare.length === 1 && word.charCodeAt(1) === 46) return false
  return lexicon.sentenceStarters.has(bare.toLowerCase())
}

/**
 * A headline in title case ("Lohan Checks Out Of Rehab... To Check Into Rehab", "Comeaux Jr. On
 * The Lam"): the three words before the punctuation and the two after the next one capitalized,
 * none followed by a comma, and one of them a word that opens sentences, capitalized as only a
 * title capitalizes it; so a capitalized "To" or "On" opens no sentence there. Names and dates
 * ("Santa Rosa, Calif. On Tuesday, Oct. 10") are no title.
 */
function inTitleCase(text: string, index: number, next: number, span: Span, sentenceStart: number, lexicon: Lexicon): boolean {
  let functionWords = 0
  const title = (word: string, last: boolean) => {
    if (!isUpper(firstCode(word)) || (!last && word.endsWith(','))) return false
    if (startsSentence(word, lexicon)) functionWords++
    return true
  }
  let cursor = index
  for (let count = 0; count < 3; count++) {
    const word = tokenBefore(text, cursor, sentenceStart)
    if (!title(word, count === 0)) return false
    cursor -= word.length
    while (cursor > sentenceStart && isSpace(text.charCodeAt(cursor - 1))) cursor--
  }
  cursor = next
  for (let count = 0; count < 3; count++) {
    const word = wordAt(text, cursor, span.end)
    if (count > 0 && !title(word, count === 2)) return false
    cursor += word.length + (cursor < span.end && openers.has(text.charCodeAt(cursor)) ? 1 : 0)
    while (cursor < span.end && isSpace(text.charCodeAt(cursor))) cursor++
  }
  return functionWords > 0
}

/** The letters `word` starts with, before any apostrophe, punctuation or digit. */
function bareWord(word: string): string {
  let end = 0
  while (end < word.length && isLetter(word.charCodeAt(end))) end++
  return word.slice(0, end)
}

/** The token that ends at `index` (the punctuation's position), without opening quotes or brackets. */
function tokenBefore(text: string, index: number, floor: number): string {
  let start = index
  while (start > floor && !isSpace(text.charCodeAt(start - 1))) start--
  while (start < index && openers.has(text.charCodeAt(start))) start++
  return text.slice(start, index)
}

/** The word that starts at `index`, without opening quotes or brackets. */
function wordAt(text: string, index: number, limit: number): string {
  let start = index
  while (start < limit && openers.has(text.charCodeAt(start))) start++
  let end = start
  while (end < limit && !isSpace(text.charCodeAt(end))) end++
  return text.slice(start, end)
}

function wordCount(text: string, start: number, end: number): number {
  let count = 0
  let inWord = false
  for (let index = start; index < end; index++) {
    const space = isSpace(text.charCodeAt(index))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

interface ListMarkers {
  /** Where a list item starts a new sentence. */
  cuts: number[]
  /** Full stops that belong to a list marker ("1.", "a."), never a sentence end. */
  markerStops: ReadonlySet<number>
}

const noMarkerStops: ReadonlySet<number> = new Set()

/**
 * "1.) The first item 2.) The second item", "• 9. First • 10. Second", "a. One b. Two": markers that
 * count up by one (or bullets that repeat) cut before themselves. A marker opening the paragraph is
 * one too.
 */
function listMarkers(text: string, span: Span, paragraph: string): ListMarkers {
  const found: Marker[] = []
  markerSign.lastIndex = 0
  // `test`, not `exec`: the sign is one character, before `lastIndex`, and no match array is made.
  while (markerSign.test(paragraph)) {
    const sign = span.start + markerSign.lastIndex - 1
    const index = markerStartBefore(text, sign, span.start)
    const marker = index >= 0 && (index === span.start || isSpace(text.charCodeAt(index - 1))) ? markerAt(text, index, span.end) : undefined
    if (marker) {
      found.push(marker)
      markerSign.lastIndex = Math.max(marker.stop, sign) + 1 - span.start
    }
  }
  const cuts: number[] = []
  if (found.length === 0) return {cuts, markerStops: noMarkerStops}
  const markerStops = new Set<number>()
  for (const [position, marker] of found.entries()) {
    const previous = found[position - 1]
    const following = found[position + 1]
    const inSequence =
      (previous && (marker.value === previous.value + 1 || (marker.bullet && previous.bullet))) ||
      (following && (following.value === marker.value + 1 || (marker.bullet && following.bullet)))
    // A marker that opens the paragraph is one whatever its count: a list written one item a line
    // ("3. Raise prices.", "b. Hire staff.") shows a single item to each paragraph.
    if (inSequence || marker.start === span.start) {
      if (marker.stop >= 0) markerStops.add(marker.stop)
      // "two aims: 1) cut costs and 2) raise pay": numbered items that open in lower case run on
      // inside their sentence; a bullet sets its item apart whatever the case.
      const runIn = !marker.bullet && isLower(codeAt(text, marker.item))
      if (previous && inSequence && marker.start > span.start && !runIn) cuts.push(marker.start)
    }
  }
  return {cuts, markerStops}
}

/** Where the marker whose sign is at `sign` begins: the bullet itself, or one to three digits or one lower-case letter before a "." or ")"; -1 if none. */
function markerStartBefore(text: string, sign: number, from: number): number {
  if (bullets.has(text.charCodeAt(sign))) return sign
  let start = sign
  while (start > from && sign - start < 4 && isDigit(text.charCodeAt(start - 1))) start--
  // A fourth digit makes a number, not a marker ("1999.").
  if (start < sign) return sign - start <= 3 ? start : -1
  const letter = text.charCodeAt(sign - 1)
  return sign > from && letter >= 97 && letter <= 122 ? sign - 1 : -1
}

interface Marker {
  start: number
  /** The marker's full stop ("1."), -1 for none. */
  stop: number
  value: number
  bullet: boolean
  /** Where the item's text begins. */
  item: number
}

function markerAt(text: string, index: number, limit: number): Marker | undefined {
  let cursor = index
  const bullet = bullets.has(codeAt(text, cursor))
  if (bullet) {
    cursor++
    while (cursor < limit && text.charCodeAt(cursor) === 32) cursor++
  }
  let digits = ''
  while (cursor < limit && digits.length < 3 && isDigit(text.charCodeAt(cursor))) digits += text[cursor++]
  let value: number
  if (digits) value = Number(digits)
  // Letter markers count a, b, c from 1001, so a letter never continues a number.
  else if (!bullet && isAsciiLower(codeAt(text, cursor)) && !isLetter(codeAt(text, cursor + 1))) value = 1000 + text.charCodeAt(cursor++) - 96
  else return bullet && cursor < limit ? {start: index, stop: -1, value: -1, bullet, item: cursor} : undefined
  let stop = -1
  if (codeAt(text, cursor) === 46) stop = cursor++
  if (codeAt(text, cursor) === 41) cursor++
  else if (stop === -1) return undefined
  if (!(cursor < limit && isSpace(text.charCodeAt(cursor)))) return undefined
  let item = cursor
  while (item < limit && isSpace(text.charCodeAt(item))) item++
  return {start: index, stop, value, bullet, item}
}

/**
 * URLs and e-mail addresses, whose full stops are not sentence ends. Each lies inside one run of
 * characters without white space, so only the run around a piece of punctuation is searched, when
 * the punctuation is met: searching the whole paragraph for each sign of one cost more than all
 * the rest of the stage's scan. Asked at points in increasing order, so a run is read once, and
 * its regions, merged where they overlap, are passed over once: linear however many a run holds
 * ("a@b.a@b.a@b."). Found without backtracking.
 */
class ProtectedRegions {
  readonly #text: string
  readonly #span: Span
  #runEnd = -1
  /** The current run's regions, in order and apart, and the first that does not end before the last point asked about. */
  #regions: ReadonlyArray<Span> = noRegions
  #next = 0

  constructor(text: string, span: Span) {
    this.#text = text
    this.#span = span
  }

  has(index: number): boolean {
    if (index >= this.#runEnd) this.#read(index)
    const regions = this.#regions
    while (this.#next < regions.length && (regions[this.#next] as Span).end <= index) this.#next++
    return this.#next < regions.length && (regions[this.#next] as Span).start <= index
  }

  #read(index: number): void {
    const text = this.#text
    const span = this.#span
    // The run's bounds, and whether it holds a character a region starts with ("@", "h", "w").
    let opens = false
    let runStart = index
    for (; runStart > span.start; runStart--) {
      const code = text.charCodeAt(runStart - 1)
      if (isSpace(code)) break
      opens ||= opensRegion(code)
    }
    let runEnd = index
    for (; runEnd < span.end; runEnd++) {
      const code = text.charCodeAt(runEnd)
      if (isSpace(code)) break
      opens ||= opensRegion(code)
    }
    this.#runEnd = runEnd
    this.#next = 0
    // Most runs hold no region: they share one empty list.
    let regions: Span[] | undefined
    for (let at = runStart; opens && at < runEnd; at++) {
      const code = text.charCodeAt(at)
      if (code === 64) {
        const address = addressAround(text, at, span)
        if (address) {
          regions ??= []
          regions.push(address)
        }
      } else if (opensUrl(text, code, at, span.end)) {
        let end = runEnd
        while (end > at && /[.,;:!?)'"\]]/.test(text[end - 1] as string)) end--
        regions ??= []
        regions.push({start: at, end})
      }
    }
    this.#regions = regions ? merged(regions) : noRegions
  }
}

/** "@", "h" or "w": the first character of an e-mail address's sign or of a URL's prefix. */
function opensRegion(code: number): boolean {
  return code === 64 || code === 104 || code === 119
}

const urlPrefixes = ['http://', 'https://', 'www.']

/** Whether a URL's prefix starts at `at`, whose code is `code`, and ends by `limit`. */
function opensUrl(text: string, code: number, at: number, limit: number): boolean {
  if (code !== 104 && code !== 119) return false
  for (const prefix of urlPrefixes) if (at + prefix.length <= limit && text.startsWith(prefix, at)) return true
  return false
}
const noRegions: ReadonlyArray<Span> = []

/** `spans` sorted, overlapping ones joined. */
function merged(spans: Span[]): Span[] {
  if (spans.length < 2) return spans
  spans.sort((a, b) => a.start - b.start)
  const result: Span[] = [{...(spans[0] as Span)}]
  for (const span of spans) {
    const last = result.at(-1) as Span
    if (span.start <= last.end) last.end = Math.max(last.end, span.end)
    else result.push({...span})
  }
  return result
}

/** The e-mail address around the "@" at `at`, when an address's characters stand on both sides of it. */
function addressAround(text: string, at: number, span: Span): Span | undefined {
  let start = at
  while (start > span.start && /[\w.+-]/.test(text[start - 1] as string)) start--
  let end = at + 1
  while (end < span.end && /[\w.-]/.test(text[end] as string)) end++
  while (end > at + 1 && text[end - 1] === '.') end--
  return start < at && end > at + 1 ? {start, end} : undefined
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122
}

/** The code of the word's first character, -1 for an empty word (where `charCodeAt` gives NaN, which slowed its callers). */
function firstCode(word: string): number {
  return word.length > 0 ? word.charCodeAt(0) : -1
}

function isLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code > 127 && (caseOf(code) & changesInUpperCase) !== 0)
}

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code > 127 && (caseOf(code) & changesInLowerCase) !== 0)
}

const changesInUpperCase = 1
const changesInLowerCase = 2
// What each character of the Basic Multilingual Plane beyond ASCII turns into in either case, once
// asked: a character asked of again makes no strings (titlecase "ǅ" changes in both).
const caseOf = memoizedByCode(
  (character) => (character !== character.toUpperCase() ? changesInUpperCase : 0) | (character !== character.toLowerCase() ? changesInLowerCase : 0)
)

export function isLetter(code: number): boolean {
  return isLower(code) || isUpper(code)
}
