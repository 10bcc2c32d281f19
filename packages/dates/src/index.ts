import {type ArticleMetadata, checkOptions, type DateMention, lazySchema, nodeSpan, type ReferenceDate, sentenceNodes, traceRule, tracingRules} from '@tidings/core'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {type Day, parseDay} from './calendar.js'
import {createEngine, type Engine, type Tracer} from './engine.js'
import {type DateLexicon, mergeLexicon} from './lexicon.js'
import {chooseReference} from './reference.js'
import {namedDay} from './refiners/clock-day.js'
import {defaultRefiners} from './refiners/index.js'
import type {DateRefiner, RefinerInput} from './refiners/types.js'
import {defaultRules} from './rules/index.js'
import {mainQuarter, reportsGame} from './rules/quarter.js'
import type {Candidate, Context, DateRule, Settings} from './rules/types.js'
import {createSurvival} from './survival.js'
import {createTenseReader} from './tense.js'
import {createVocabulary, type Vocabulary} from './vocabulary.js'

export {type DateLexicon, defaultLexicon} from './lexicon.js'
export {defaultRefiners} from './refiners/index.js'
export type {DateRefiner, RefinerInput} from './refiners/types.js'
export {defaultRules} from './rules/index.js'
export type {Anchors, Candidate, Context, DateRule, Found, FromLatest, RuleInput, Settings} from './rules/types.js'
export type {Vocabulary} from './vocabulary.js'

declare module 'vfile' {
  interface DataMap {
    /** Temporal expressions, normalized as TIMEX3 values, with offsets into `file.data.text`. */
    dates: DateMention[]
    /** The date the expressions were resolved against, and where it came from. */
    referenceDate: ReferenceDate
  }
}

const OptionsSchema = lazySchema(({type}) => type({
  'referenceDate?': /^\d{4}-\d{2}-\d{2}/,
  'inferReferenceDate?': 'boolean',
  'lexicon?': 'object',
  'rules?': 'object[]',
  'refiners?': 'object[]',
  'numericOrder?': "'month-day' | 'day-month'"
}))

export interface Options {
  /** Resolve against this date (YYYY-MM-DD) whatever the document says. */
  referenceDate?: string
  /** Date an article from its own text when nothing else gives a date and the text pins one (default true). */
  inferReferenceDate?: boolean
  /** Entries added to the word lists (see `defaultLexicon`). */
  lexicon?: Partial<DateLexicon>
  /** The rules to run (default `defaultRules`); extend with `[...defaultRules, myRule]`. */
  rules?: ReadonlyArray<DateRule>
  /** The passes over what the rules found, in order (default `defaultRefiners`). */
  refiners?: ReadonlyArray<DateRefiner>
  /** How "3/4/2024" reads: `'month-day'` (default, as US news writes) or `'day-month'`. */
  numericOrder?: Settings['numericOrder']
}

const STAGE = 'dates'

/**
 * Temporal expressions normalized to calendar values, as TIMEX3 does: "Saturday" -> 2023-12-30,
 * "next week" -> 2024-W02, "two years" -> P2Y, "every Monday" -> XXXX-WXX-1.
 */
export const dates: Plugin<[Options?], Root> = function (options = {}) {
  checkOptions('dates', OptionsSchema, options)
  if (options.referenceDate !== undefined && !parseDay(options.referenceDate)) {
    throw new TypeError(`Invalid options for dates: referenceDate \`${options.referenceDate}\` is not a date`)
  }
  for (const rule of options.rules ?? []) {
    if (typeof rule.id !== 'string' || typeof rule.build !== 'function') throw new TypeError('Invalid options for dates: a rule needs an `id` and a `build` function')
    if (rule.reach !== undefined && !(Number.isInteger(rule.reach) && rule.reach >= 0)) throw new TypeError(`Invalid options for dates: rule \`${rule.id}\` has a \`reach\` that is not a count`)
  }
  const lexicon = mergeLexicon(options.lexicon)
  const words = createVocabulary(lexicon)
  const engine = createEngine(options.rules ?? defaultRules, words, createTenseReader(lexicon), {numericOrder: options.numericOrder ?? 'month-day'})
  const refiners = refinersByScope(options.refiners ?? defaultRefiners)
  const infer = options.inferReferenceDate ?? true
  return (tree, file) => {
    const text = file.data.text ?? ''
    const document = file.data.document
    const spans = sentenceNodes(tree).map(nodeSpan)
    const {reference, minute, record} = chooseReference(
      options.referenceDate === undefined
        ? {
            document: document?.publishedAt,
            // Written by @tidings/clean when the page states its date.
            metadata: (file.data as {metadata?: ArticleMetadata}).metadata?.publishedAt,
            option: document?.published
          }
        : {option: options.referenceDate},
      () => (infer ? spans.map(({start, end}) => text.slice(start, end)) : []),
      lexicon
    )
    const found = findAll(text, spans, {reference, referenceMinute: minute, engine, refiners, words, file})
    file.data.dates = found.map(mentionOf)
    file.data.referenceDate = record
  }
}

/** A candidate as the stage writes it: no rule, no relation left to resolve. */
function mentionOf({start, end, text, type, value, mod}: Candidate): DateMention {
  const mention: DateMention = {start, end, text, type, value}
  if (mod) mention.mod = mod
  return mention
}

type RefinersByScope = Record<DateRefiner['scope'], ReadonlyArray<DateRefiner>>

function refinersByScope(refiners: ReadonlyArray<DateRefiner>): RefinersByScope {
  return {sentence: refiners.filter(({scope}) => scope === 'sentence'), text: refiners.filter(({scope}) => scope === 'text')}
}

interface Run {
  reference: Day | undefined
  referenceMinute: number | undefined
  engine: Engine
  refiners: RefinersByScope
  words: Vocabulary
  file: VFile
}

/** Every sentence through the rules and the sentence refiners, then the whole text through the text refiners. */
function findAll(text: string, spans: ReadonlyArray<{start: number; end: number}>, {reference, referenceMinute, engine, refiners, words, file}: Run): Candidate[] {
  // A rule's hit is kept when a mention made of its match reaches the output (settled at the end).
  const survival = tracingRules(file) ? createSurvival() : undefined
  const trace: Tracer = (rule, start, end, built) => {
    const hit = {stage: STAGE, rule, start, end, kept: built !== undefined}
    traceRule(file, hit)
    if (built) survival?.built(hit, built)
  }
  const game = reportsGame(text, words)
  const context: Context = {reference, anchor: reference, referenceMinute, quarter: reference && !game ? mainQuarter(text, reference) : undefined, reportsGame: game, latest: undefined}
  let current = ''
  const dropped: Array<{start: number; end: number}> = []
  const traceRefiner = (start: number, end: number, kept: boolean) => {
    traceRule(file, {stage: STAGE, rule: current, start, end, kept})
    if (!kept) dropped.push({start, end})
  }
  // One input for every refiner and sentence: most sentences name no date, and an object each would cost more than the refiners.
  const input: RefinerInput = {sentence: text, offset: 0, text, context, words, trace: survival ? traceRefiner : () => {}}
  const refine = (mentions: Candidate[], scope: DateRefiner['scope']) => {
    for (const refiner of refiners[scope]) {
      // Most sentences give one mention, and a pass over pairs has nothing to do there.
      if (mentions.length < (refiner.minimum ?? 0)) continue
      current = refiner.id
      const before = survival ? mentions.slice() : mentions
      // Only a traced run drops spans here, and setting a length costs a call into the engine's runtime (2% of the stage).
      if (dropped.length > 0) dropped.length = 0
      mentions = refiner.refine(mentions, input)
      survival?.passed(before, mentions, dropped)
    }
    return mentions
  }
  const found: Candidate[] = []
  for (const {start, end} of spans) {
    const candidates = engine.find(text, start, end, context, survival ? trace : undefined)
    if (candidates.length === 0) continue
    input.sentence = text.slice(start, end)
    input.offset = start
    for (const mention of refine(candidates, 'sentence')) {
      found.push(mention)
      const day = namedDay(mention.value)
      if (day) context.anchor = day
    }
  }
  input.sentence = text
  input.offset = 0
  const final = refine(found, 'text')
  survival?.settle(final)
  return final
}
