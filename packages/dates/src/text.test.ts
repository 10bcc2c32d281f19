import {describe, expect, it} from 'vitest'
import {endsInWord, insideCapitalName, spaceBefore} from './text.js'

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

describe('time words inside names in capitals', () => {
  const options = {namesTime: (word: string) => word === 'last', heads: new Set(['show']), functionWords: new Set(['but', 'the']), nameBefore: true}
  /** Whether the word in angle brackets is inside a name. */
  const inside = (text: string, nameBefore = true) => {
    const start = text.indexOf('<')
    const sentence = text.replace(/[<>]/g, '')
    return insideCapitalName(sentence, start, text.indexOf('>') - 1, {...options, nameBefore})
  }

  it('finds one after a word in capitals, before one, or before a head', () => {
    expect(inside('He told USA <Today> that he would run.')).toBe(true)
    expect(inside('She spoke to NBC\'s <Today> about it.')).toBe(true)
    expect(inside('He reads the <Daily> Mail each morning.')).toBe(true)
    expect(inside('He was on the <Today> show again.')).toBe(true)
  })

  it('keeps one that opens its sentence or a quote, follows a function word, or stands in a headline', () => {
    expect(inside('<Today> Trump signed the bill.')).toBe(false)
    expect(inside('"<Today> we vote," he said.')).toBe(false)
    expect(inside('But <Today> the council met.')).toBe(false)
    expect(inside('Markets Fall <Today> As Oil Slides')).toBe(false)
    expect(inside('He told USA <Today> that he would run.', false)).toBe(false)
    expect(inside('He was on the <today> show again.')).toBe(false)
    expect(inside('They met <Today> last week to talk.')).toBe(false)
  })

  it('stays linear on long input', () => {
    const started = performance.now()
    const long = 'A'.repeat(50_000)
    insideCapitalName(`${long} Today ${long}`, 50_001, 50_006, options)
    insideCapitalName(`${'a '.repeat(50_000)}Today`, 100_000, 100_005, options)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
