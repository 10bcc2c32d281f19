import {describe, expect, it} from 'vitest'
import {endsInWord, spaceBefore} from './text.js'

describe('text before a mention', () => {
  it('finds where the white space before an index starts', () => {
    expect(spaceBefore('the end of  May', 12)).toBe(10)
    expect(spaceBefore('the end of\u00a0May', 11)).toBe(10)
    expect(spaceBefore('the end ofMay', 10)).toBe(10)
    expect(spaceBefore('   May', 3)).toBe(0)
  })

  it('tells a word then white space before an index, in any case', () => {
    expect(endsInWord('the end of May', 11, ['of'])).toBe(true)
    expect(endsInWord('THE END OF\tMay', 11, ['of'])).toBe(true)
    expect(endsInWord('the day before Tuesday', 15, ['after', 'before'])).toBe(true)
    expect(endsInWord('of May', 3, ['of'])).toBe(true)
    expect(endsInWord('proof May', 6, ['of'])).toBe(true)
  })

  it('tells no word without white space after it, nor another word', () => {
    expect(endsInWord('the end ofMay', 10, ['of'])).toBe(false)
    expect(endsInWord('the end off May', 12, ['of'])).toBe(false)
    expect(endsInWord('the end on May', 11, ['of'])).toBe(false)
    expect(endsInWord('f May', 2, ['of'])).toBe(false)
    expect(endsInWord(' May', 1, ['of'])).toBe(false)
  })
})
