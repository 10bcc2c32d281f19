import {checkOptions, lazySchema, nodeSpan, paragraphFromSentences, paragraphNodes, type Span, traceRule, tracingRules} from '@tidings/core'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {type Abbreviations, abbreviationSets, memoizedByCode} from '@tidings/lexicon'
import {codeSet, isLetter, isSentenceEndMark, type SegmentRuleHit, sentenceSpans} from './boundaries.js'
import {defaultPhraseOpeners} from './lexicon.js'

export {type Abbreviations, defaultAbbreviations} from '@tidings/lexicon'
export {defaultPhraseOpeners} from './lexicon.js'

const OptionsSchema = lazySchema(({type}) => type({
  'abbreviations?': {
    'titles?': 'string[]',
    'names?': 'string[]',
    'units?': 'string[]',
    'sentenceStarters?': 'string[]',
    'timeZones?': 'string[]',
    'speechVerbs?': 'string[]'
  },
  'joinWrappedLines?': 'boolean',
  'phraseOpeners?': 'string[]'
}))

export interface Options {
  /** Entries added to the default lists (see `defaultAbbreviations`). */
  abbreviations?: Partial<Abbreviations>
  /**
   * Join lines that stop mid-sentence with the lines that finish the sentence: a line goes on when
   * the next starts in lower case ("a sentence\ncut off by a hard wrap."), or when it ends on a
   * comma or on a word of `phraseOpeners` and no blank line follows. Default true.
   */
  joinWrappedLines?: boolean
  /** Words added to the ones a line cannot end a sentence on (see `defaultPhraseOpeners`), as written. */
  phraseOpeners?: string[]
}

/**
 * Sentence boundaries that hold up on news text: abbreviations, initials, numbers, ellipses,
 * quotes, list items, headlines without a full stop and sentences glued without a space. Re-cuts
 * the tree's paragraphs in place; offsets stay exact.
 */
export const segment: Plugin<[Options?], Root> = function (options = {}) {
  checkOptions('segment', OptionsSchema, options)
  const lexicon = abbreviationSets(options.abbreviations)
  const joinWrappedLines = options.joinWrappedLines ?? true
  const phraseOpeners: ReadonlySet<string> = new Set([...defaultPhraseOpeners, ...(options.phraseOpeners ?? [])])
  return (tree, file) => {
    const text = file.data.text ?? ''
    const trace = tracingRules(file)
      ? (hit: SegmentRuleHit) => traceRule(file, {stage: 'segment', ...hit})
      : undefined
    const lines = paragraphNodes(tree).map(nodeSpan)
    const paragraphs = joinWrappedLines ? joinWrapped(text, lines, phraseOpeners, trace) : lines
    const children: Root['children'] = []
    for (const span of paragraphs) {
      // Rebuilt from our own sentences, not compared with the parser's: that would tokenize every
      // word, which no stage of ours reads (core tokenizes a sentence when something asks).
      children.push(paragraphFromSentences(text, span, sentenceSpans(text, span, lexicon, trace), tree))
    }
    tree.children = children
  }
}

/**
 * The spans of the paragraphs, with the lines of a group joined into one: lines cut mid-sentence
 * ("The crew was\nrescued by the\nCoast Guard.") and the line that finishes their sentence. Lines
 * that never reach a sentence's end stay apart: they are headlines, captions or menus.
 */
function joinWrapped(text: string, spans: Span[], phraseOpeners: ReadonlySet<string>, trace?: (hit: SegmentRuleHit) => void): Span[] {
  const groups: Span[] = []
  let first = 0
  while (first < spans.length) {
    // The lines this one runs on to, up to one that ends the sentence. When none does, every line
    // of the run stands alone: a run from any of them stops at the same line.
    let last = first
    while (last + 1 < spans.length && !endsSentence(text, spans[last] as Span) && runsOn(text, spans[last] as Span, spans[last + 1] as Span, phraseOpeners)) last++
    if (last > first && endsSentence(text, spans[last] as Span)) {
      groups.push({start: (spans[first] as Span).start, end: (spans[last] as Span).end})
      // Each line break is no sentence end: a rejected boundary, at the end of the line it joins.
      for (const span of spans.slice(first, last)) trace?.({rule: 'wrapped-line', start: span.end, end: span.end, kept: false})
    } else for (let line = first; line <= last; line++) groups.push(spans[line] as Span)
    first = last + 1
  }
  return groups
}

const closingMarks = codeSet(['"', '”', '’', ')', ']'])

/** A line that ends with a sentence's end, maybe inside a closing quote or bracket ("over.”"). */
function endsSentence(text: string, line: Span): boolean {
  const last = text.charCodeAt(line.end - 1)
  return isSentenceEndMark(last) || (closingMarks.has(last) && line.end - 2 >= line.start && isSentenceEndMark(text.charCodeAt(line.end - 2)))
}

/**
 * Whether `line` stops mid-sentence and `next` goes on with it: the next line opens in lower case
 * ("was\nrescued"), or, with no blank line between them, the line ends on a comma or on a word
 * that opens a phrase ("by the\nCoast"); a blank line after those ends a paragraph cut short.
 */
function runsOn(text: string, line: Span, next: Span, phraseOpeners: ReadonlySet<string>): boolean {
  const end = text.charCodeAt(line.end - 1)
  if (isSentenceEndMark(end) || closingMarks.has(end) || end === 58 || end === 59) return false
  if (isLowercaseLetter(text.charCodeAt(next.start))) return true
  if (end !== 44) {
    let wordStart = line.end
    while (wordStart > line.start && isLetter(text.charCodeAt(wordStart - 1))) wordStart--
    if (!(wordStart === line.start || text.charCodeAt(wordStart - 1) === 32) || !phraseOpeners.has(text.slice(wordStart, line.end))) return false
  }
  // One line break between them, not a blank line.
  const breakAt = text.indexOf('\n', line.end)
  return text.lastIndexOf('\n', next.start) === breakAt
}

/** A lower-case letter (\p{Ll}), as one UTF-16 code unit: half of a surrogate pair is none. */
const isLowercaseCharacter = memoizedByCode((character) => (/\p{Ll}/u.test(character) ? 1 : 0))

function isLowercaseLetter(code: number): boolean {
  return code < 128 ? code >= 97 && code <= 122 : isLowercaseCharacter(code) === 1
}
