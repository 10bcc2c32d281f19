import {checkOptions, lazySchema, nodeSpan, paragraphFromSentences, paragraphNodes, type Span, traceRule, tracingRules} from '@tidings/core'
import type {Paragraph, Root} from 'nlcst'
import type {Plugin} from 'unified'
import {type Abbreviations, abbreviationSets} from '@tidings/lexicon'
import {type SegmentRuleHit, sentenceSpans} from './boundaries.js'

export {type Abbreviations, defaultAbbreviations} from '@tidings/lexicon'

const OptionsSchema = lazySchema(({type}) => type({
  'abbreviations?': {
    'titles?': 'string[]',
    'names?': 'string[]',
    'units?': 'string[]',
    'sentenceStarters?': 'string[]',
    'timeZones?': 'string[]',
    'speechVerbs?': 'string[]'
  },
  'joinWrappedLines?': 'boolean'
}))

export interface Options {
  /** Entries added to the default lists (see `defaultAbbreviations`). */
  abbreviations?: Partial<Abbreviations>
  /**
   * Join a line that stops mid-sentence with the next when that one starts in lower case and ends
   * the sentence ("a sentence\ncut off by a hard wrap."). Default true.
   */
  joinWrappedLines?: boolean
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
  return (tree, file) => {
    const text = file.data.text ?? ''
    const trace = tracingRules(file)
      ? (hit: SegmentRuleHit) => traceRule(file, {stage: 'segment', ...hit})
      : undefined
    const paragraphs = joinWrappedLines ? joinWrapped(text, paragraphNodes(tree), trace) : paragraphNodes(tree).map((node) => [node])
    const children: Root['children'] = []
    for (const group of paragraphs) {
      const span = {start: nodeSpan(group[0] as Paragraph).start, end: nodeSpan(group.at(-1) as Paragraph).end}
      // Rebuilt from our own sentences, not compared with the parser's: that would tokenize every
      // word, which no stage of ours reads (core tokenizes a sentence when something asks).
      children.push(paragraphFromSentences(text, span, sentenceSpans(text, span, lexicon, trace), tree))
    }
    tree.children = children
  }
}

/** Groups of paragraphs to treat as one: a line cut mid-sentence and the line that finishes it. */
function joinWrapped(text: string, paragraphs: Paragraph[], trace?: (hit: SegmentRuleHit) => void): Paragraph[][] {
  const groups: Paragraph[][] = []
  for (const paragraph of paragraphs) {
    const last = groups.at(-1)
    const previous = last?.at(-1)
    if (last && previous && continues(text, nodeSpan(previous), nodeSpan(paragraph))) {
      last.push(paragraph)
      // The line break is no sentence end: a rejected boundary, at the end of the line it joins.
      trace?.({rule: 'wrapped-line', start: nodeSpan(previous).end, end: nodeSpan(previous).end, kept: false})
    } else groups.push([paragraph])
  }
  return groups
}

function continues(text: string, previous: Span, next: Span): boolean {
  const end = text[previous.end - 1] ?? ''
  const first = text[next.start] ?? ''
  const last = text[next.end - 1] ?? ''
  return !/[.!?…:;"”’)\]]/.test(end) && /\p{Ll}/u.test(first) && /[.!?…]["”’)\]]?$/.test(text.slice(Math.max(next.start, next.end - 2), next.end)) && last !== ''
}

