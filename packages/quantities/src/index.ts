import {checkOptions, lazySchema, nodeSpan, type Quantity, sentenceNodes, textPosition, traceRule, tracingRules} from '@tidings/core'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {createExtractor} from './extract.js'
import {mergeLexicon, type QuantityLexicon} from './lexicon.js'
import type {Exclusion, QuantityRule, Tracer} from './scan.js'
import {defaultUnits, type UnitDefinition} from './units.js'

export {defaultExclusions} from './exclusions.js'
export {defaultLexicon, type QuantityLexicon} from './lexicon.js'
export type {Candidate, Exclusion, QuantityRule} from './scan.js'
export type {Token} from './tokens.js'
export {defaultUnits, siUnits, type UnitDefinition} from './units.js'

/** The date spans of a sentence that holds none: most sentences. */
const noSpans: ReadonlyArray<{start: number; end: number}> = []

declare module 'vfile' {
  interface DataMap {
    /** Quantities with units, bounds and SI values, offsets into `file.data.text`. */
    quantities: Quantity[]
  }
}

const OptionsSchema = lazySchema(({type}) => type({
  'units?': type({id: 'string', name: 'string', symbol: 'string', dimension: 'string', surfaces: 'string[]', 'prefixes?': 'string[]', 'convert?': 'string', 'factor?': 'number', 'currency?': 'string', 'cased?': 'string[]'}).array(),
  'lexicon?': 'object',
  'restatedTolerance?': '0 < number < 1',
  'rules?': type({id: 'string', read: 'Function'}).array(),
  'exclusions?': type({id: 'string', test: 'Function'}).array()
}))

export interface Options {
  /** Units added to the vocabulary (see `defaultUnits`); a surface they share with a built-in unit is theirs. */
  units?: UnitDefinition[]
  /** Entries added to the word lists (see `defaultLexicon`). */
  lexicon?: Partial<QuantityLexicon>
  /** How far a restatement ("900 km (550 miles)") may differ from the first figure before it is flagged (default 0.05). */
  restatedTolerance?: number
  /** Readers of numbers the built-in ones miss, tried first at each token; the scan reads the unit, bound and counted noun after them. */
  rules?: QuantityRule[]
  /** Tests that reject a number candidate, tried after the built-in ones (see `defaultExclusions`). */
  exclusions?: Exclusion[]
}

/**
 * Every quantity in the text: value (magnitude words applied), range, unit, dimension, what is
 * counted, bound, rise or fall, and the SI value; restatements are linked and checked.
 */
export const quantities: Plugin<[Options?], Root> = function (options = {}) {
  checkOptions('quantities', OptionsSchema, options)
  const extractor = createExtractor(mergeLexicon(options.lexicon), [...(options.units ?? []), ...defaultUnits], {rules: options.rules, exclusions: options.exclusions})
  const tolerance = options.restatedTolerance ?? 0.05
  return (tree, file) => {
    const text = file.data.text ?? ''
    // Numbers in dates and times belong to the dates stage, when it ran first; a length of time is an amount, alone
    // ("four years") or recurring ("every four years", a set of P4Y).
    const blocked = ((file.data as {dates?: Array<{start: number; end: number; type: string; value?: string}>}).dates ?? [])
      .filter((date) => date.type !== 'DURATION' && !(date.type === 'SET' && date.value?.startsWith('P')))
      .sort((a, b) => a.start - b.start)
    const found: Quantity[] = []
    const trace: Tracer | undefined = tracingRules(file) ? (rule, start, end, kept) => traceRule(file, {stage: 'quantities', rule, start, end, kept}) : undefined
    // Each sentence sees only the date spans inside it, so a long article stays linear.
    let first = 0
    for (const sentence of sentenceNodes(tree)) {
      const {start, end} = nodeSpan(sentence)
      while (first < blocked.length && blocked[first]!.end <= start) first++
      let last = first
      while (last < blocked.length && blocked[last]!.start < end) last++
      for (const quantity of extractor.find(text.slice(start, end), start, first === last ? noSpans : blocked.slice(first, last), trace)) found.push(quantity)
    }
    linkRestatements(text, found, tolerance, file)
    file.data.quantities = found
  }
}

/** "900 kilometres (550 miles)": the bracketed figure restates the first; they must agree. */
function linkRestatements(text: string, found: Quantity[], tolerance: number, file: VFile): void {
  for (const [index, quantity] of found.entries()) {
    const previous = found[index - 1]
    if (!previous || !/^\s*\(\s*$/.test(text.slice(previous.end, quantity.start))) continue
    if (!previous.normalized || !quantity.normalized || previous.normalized.unit !== quantity.normalized.unit) continue
    quantity.sameAs = index - 1
    traceRule(file, {stage: 'quantities', rule: 'restated-in-brackets', start: quantity.start, end: quantity.end})
    const difference = Math.abs(previous.normalized.value - quantity.normalized.value) / Math.max(previous.normalized.value, quantity.normalized.value)
    if (difference > tolerance) {
      file.message(`\`${quantity.text}\` restates \`${previous.text}\` but differs by ${Math.round(difference * 100)}%`, {
        place: textPosition(text, quantity),
        ruleId: 'restated-mismatch',
        source: 'tidings-quantities'
      })
    }
  }
}
