import {type ArticleMetadata, type DateMention, nodeSpan, type ReferenceDate, sentenceNodes} from '@tidings/core'
import {type} from 'arktype'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {parseDay} from './calendar.js'
import {createExtractor, latestPeriod, mergeClockAndDay} from './extract.js'
import {type DateLexicon, defaultLexicon, mergeLexicon} from './lexicon.js'
import {chooseReference} from './reference.js'

export {type DateLexicon, defaultLexicon} from './lexicon.js'

declare module 'vfile' {
  interface DataMap {
    /** Temporal expressions, normalized as TIMEX3 values, with offsets into `file.data.text`. */
    dates: DateMention[]
    /** The date the expressions were resolved against, and where it came from. */
    referenceDate: ReferenceDate
  }
}

const OptionsSchema = type({
  'referenceDate?': /^\d{4}-\d{2}-\d{2}/,
  'inferReferenceDate?': 'boolean',
  'lexicon?': 'object'
})

export interface Options {
  /** Resolve against this date (YYYY-MM-DD) whatever the document says. */
  referenceDate?: string
  /** Date an article from its own text when nothing else gives a date and the text pins one (default true). */
  inferReferenceDate?: boolean
  /** Entries added to the word lists (see `defaultLexicon`). */
  lexicon?: Partial<DateLexicon>
}

/**
 * Temporal expressions normalized to calendar values, as TIMEX3 does: "Saturday" -> 2023-12-30,
 * "next week" -> 2024-W02, "two years" -> P2Y, "every Monday" -> XXXX-WXX-1.
 */
export const dates: Plugin<[Options?], Root> = function (options = {}) {
  const checked = OptionsSchema(options)
  if (checked instanceof type.errors) throw new TypeError(`Invalid options for dates: ${checked.summary}`)
  if (options.referenceDate !== undefined && !parseDay(options.referenceDate)) {
    throw new TypeError(`Invalid options for dates: referenceDate \`${options.referenceDate}\` is not a date`)
  }
  const lexicon = mergeLexicon(options.lexicon)
  const extractor = createExtractor(lexicon)
  const infer = options.inferReferenceDate ?? true
  return (tree, file) => {
    const text = file.data.text ?? ''
    const document = file.data.document
    const spans = sentenceNodes(tree).map(nodeSpan)
    const {reference, record} = chooseReference(
      {
        document: options.referenceDate ?? (document?.publishedFromOption ? undefined : document?.publishedAt),
        // Written by @tidings/clean when the page states its date.
        metadata: (file.data as {metadata?: ArticleMetadata}).metadata?.publishedAt,
        option: document?.publishedFromOption ? (document.publishedAt ?? undefined) : undefined
      },
      infer ? spans.map(({start, end}) => text.slice(start, end)) : [],
      lexicon
    )
    const found: DateMention[] = []
    let anchor = reference
    let latest: string | undefined
    const quarter = reference ? extractor.mainQuarter(text, reference) : undefined
    for (const {start, end} of spans) {
      const mentions = extractor.find(text.slice(start, end), start, {reference, anchor, quarter, latest})
      latest = latestPeriod(mentions, latest)
      for (const mention of mentions) {
        found.push(mention)
        const day = /^\d{4}-\d\d-\d\d$/.test(mention.value) ? parseDay(mention.value) : undefined
        if (day) anchor = day
      }
    }
    file.data.dates = mergeClockAndDay(found, text)
    file.data.referenceDate = record
  }
}
