import type {Quantity} from '@tidings/core'
import {defaultExclusions} from './exclusions.js'
import type {QuantityLexicon} from './lexicon.js'
import {quantityAt} from './quantity.js'
import type {Exclusion, QuantityRule, Scan, Tracer} from './scan.js'
import {relateFigures, restates} from './sentence-rules.js'
import {type Token, tokenize} from './tokens.js'
import type {UnitDefinition} from './units.js'
import {createVocabulary} from './vocabulary.js'

export interface Extractor {
  /** Quantities of one sentence, offsets shifted by `offset`; `blocked` spans (dates, times) hold none; `trace` hears each rule's hits. */
  find(sentence: string, offset: number, blocked: ReadonlyArray<{start: number; end: number}>, trace?: Tracer): Quantity[]
}

export interface ExtractorOptions {
  rules?: readonly QuantityRule[]
  exclusions?: readonly Exclusion[]
}

export function createExtractor(lexicon: QuantityLexicon, units: ReadonlyArray<UnitDefinition>, options: ExtractorOptions = {}): Extractor {
  const v = createVocabulary(lexicon, units)
  const rules = options.rules ?? []
  const exclusions = [...defaultExclusions, ...(options.exclusions ?? [])]
  return {
    find(sentence, offset, blocked, trace) {
      if (!v.mayHoldQuantity(sentence)) return []
      const scan: Scan = {v, sentence, offset, blocked, tokens: tokenize(sentence), found: [], claimed: 0, rules, exclusions, trace}
      const everyToken = rules.length > 0
      let index = 0
      while (index < scan.tokens.length) {
        const quantity = everyToken || v.mayStartQuantity(scan.tokens[index] as Token) ? quantityAt(scan, index) : undefined
        if (quantity) {
          const previous = scan.found.at(-1)
          if (previous) restates(scan, previous, quantity.value)
          scan.found.push(quantity.value)
          index = quantity.next
          scan.claimed = index
        } else index++
      }
      relateFigures(scan)
      return scan.found
    }
  }
}
