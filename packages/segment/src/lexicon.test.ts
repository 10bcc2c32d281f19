import {describe, expect, it} from 'vitest'
import {abbreviationSets} from '@tidings/lexicon'
import {sentenceSpans} from './boundaries.js'

function count(text: string, extra = {}): number {
  return sentenceSpans(text, {start: 0, end: text.length}, abbreviationSets(extra)).length
}

describe('the shared abbreviation lists', () => {
  it('make a full stop after an abbreviation no sentence end, and after other words one', () => {
    expect(count('Gov. Ruiz spoke.')).toBe(1)
    expect(count('The gov. Ruiz spoke.')).toBe(1)
    expect(count('The ship sank. Ruiz spoke.')).toBe(2)
    expect(count('It stood from A.D. 122 to 410. Then it fell.')).toBe(2)
    expect(count('It fell in 44 B.C. The senate met.')).toBe(2)
  })

  it('take extra entries through options', () => {
    expect(count('Cllr. Ode spoke.')).toBe(2)
    expect(count('Cllr. Ode spoke.', {titles: ['Cllr']})).toBe(1)
  })
})
