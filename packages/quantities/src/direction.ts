import type {Quantity} from '@tidings/core'
import {type Token, tokenAt} from './tokens.js'
import type {Vocabulary} from './vocabulary.js'

// "an increase of 5%", "rose in 2020, 5%": a preposition or a mark between the verb and the figure.
const endsChangeSearch = new Set(['at', 'of', 'in', ',', ';', ':', '(', ')'])

/**
 * Whether the figure starting at token `start` is a rise or a fall, from the words before it; the tokens before
 * `claimed` belong to a quantity found before, whose words of change are its nouns ("11 rebounds and 7 assists").
 */
export function changeNear(v: Vocabulary, tokens: readonly Token[], start: number, claimed = 0): Quantity['change'] {
  // "shares were up 4%", "8,200 up 35 points": up and down qualify only the figure right after them.
  const before = tokenAt(tokens, start - 1)?.lower
  if (before === 'up' || before === 'down') {
    const head = tokens[start - 2]
    if (!head || head.kind === 'number' || head.text === ',' || v.directionLeads.has(head.lower) || (head.kind === 'word' && !v.phrasalVerbs.has(head.lower) && !v.stopWords.has(head.lower))) return before === 'up' ? 'increase' : 'decrease'
  }
  // "rose from 3.5% in 2020 to 4.1%": the level a change started from is no change.
  if (before === 'from') return undefined
  // "rose 5%", "fell by 2%": a verb before the figure, not a noun with its complement ("an increase of 5%"); the level
  // reached, after "to", is none.
  let reach = start - 4
  for (let index = start - 1; index >= Math.max(0, reach); index--) {
    const token = tokens[index] as Token
    if (token.lower === 'to') break
    // "rose by an average of 5%", "fell by a total of 12": the amount itself is named before "of", a verb may come before it.
    if (token.lower === 'of' && v.changeAmounts.has(tokenAt(tokens, index - 1)?.lower ?? '')) {
      reach = index - 4
      index--
      continue
    }
    if (token.kind === 'number' || endsChangeSearch.has(token.lower) || index < claimed) break
    const change = v.isChange(token.lower)
    if (change) return change
  }
  return undefined
}
