import {describe, expect, it} from 'vitest'
import {extendLexicon} from './extend.js'
import {numberWords} from './numbers.js'
import {readNumber} from './read-number.js'

/** The value, text and kind of the number at the start of `text`. */
function read(text: string, start = 0): [number, string, string] | undefined {
  const found = readNumber(text, start)
  return found && [found.value, text.slice(found.start, found.end), found.kind]
}

describe('readNumber reads spelled numbers', () => {
  it('reads cardinals', () => {
    expect(read('twenty-three ships')).toEqual([23, 'twenty-three', 'cardinal'])
    expect(read('Twenty three ships')).toEqual([23, 'Twenty three', 'cardinal'])
    expect(read('two hundred and five people')).toEqual([205, 'two hundred and five', 'cardinal'])
    expect(read('a dozen eggs')).toEqual([12, 'a dozen', 'cardinal'])
    expect(read('two dozen eggs')).toEqual([24, 'two dozen', 'cardinal'])
    expect(read('a hundred and twelve days')).toEqual([112, 'a hundred and twelve', 'cardinal'])
    expect(read('one million two hundred thousand voters')).toEqual([1_200_000, 'one million two hundred thousand', 'cardinal'])
    expect(read('four score and seven years')).toEqual([87, 'four score and seven', 'cardinal'])
    expect(read('three and a half hours')).toEqual([3.5, 'three and a half', 'cardinal'])
    expect(read('five crore rupees')).toEqual([5e7, 'five crore', 'cardinal'])
    expect(read('zero')).toEqual([0, 'zero', 'cardinal'])
  })

  it('reads ordinals', () => {
    expect(read('first quarter')).toEqual([1, 'first', 'ordinal'])
    expect(read('the twenty-first century', 4)).toEqual([21, 'twenty-first', 'ordinal'])
    expect(read('one hundred twenty-third day')).toEqual([123, 'one hundred twenty-third', 'ordinal'])
    expect(read('hundredth anniversary')).toEqual([100, 'hundredth', 'ordinal'])
  })

  it('reads fractions', () => {
    expect(read('a third of them')).toEqual([1 / 3, 'a third', 'fraction'])
    expect(read('two-thirds of voters')).toEqual([2 / 3, 'two-thirds', 'fraction'])
    expect(read('three quarters of it')).toEqual([0.75, 'three quarters', 'fraction'])
    expect(read('½ mile')).toEqual([0.5, '½', 'fraction'])
  })

  it('reads signs', () => {
    expect(read('minus five degrees')).toEqual([-5, 'minus five', 'cardinal'])
    expect(read('negative 2.5%')).toEqual([-2.5, 'negative 2.5', 'cardinal'])
    expect(read('-3 C')).toEqual([-3, '-3', 'cardinal'])
  })

  it('stops where the number stops and reads no other word', () => {
    expect(read('one second later')).toEqual([1, 'one', 'cardinal'])
    expect(read('five-year plan')).toEqual([5, 'five', 'cardinal'])
    expect(read('twenty twenty')).toEqual([20, 'twenty', 'cardinal'])
    expect(read('two hundred and the rest')).toEqual([200, 'two hundred', 'cardinal'])
    for (const text of ['a ship', 'an hour', 'million', 'hundreds', 'someone', 'tent', 'the', 'minus', 'quarter', 'seconds', 'oneness', 'twentyé']) {
      expect(read(text)).toBeUndefined()
    }
    expect(read('someone', 4)).toBeUndefined()
  })
})

describe('readNumber reads figures', () => {
  it('reads figures with separators, magnitudes, ordinal suffixes and fraction signs', () => {
    expect(read('1,200 jobs')).toEqual([1200, '1,200', 'cardinal'])
    expect(read('3.5bn euros')).toEqual([3.5e9, '3.5bn', 'cardinal'])
    expect(read('40k runners')).toEqual([40_000, '40k', 'cardinal'])
    expect(read('1.5 million people')).toEqual([1.5e6, '1.5 million', 'cardinal'])
    expect(read('5 bn')).toEqual([5e9, '5 bn', 'cardinal'])
    expect(read('21st century')).toEqual([21, '21st', 'ordinal'])
    expect(read('3rd')).toEqual([3, '3rd', 'ordinal'])
    expect(read('2½ miles')).toEqual([2.5, '2½', 'cardinal'])
  })

  it('leaves what is no magnitude', () => {
    expect(read('5 m tall')).toEqual([5, '5', 'cardinal'])
    expect(read('5 miles')).toEqual([5, '5', 'cardinal'])
    expect(read('5km')).toEqual([5, '5', 'cardinal'])
    expect(read('3rdly')).toEqual([3, '3', 'cardinal'])
    expect(read('1,2345')).toBeUndefined()
    expect(read('A4', 1)).toBeUndefined()
  })

  it('takes extended word lists', () => {
    const words = extendLexicon(numberWords, {cardinals: {eleventy: 110}})
    expect(readNumber('eleventy-one', 0, words)).toMatchObject({value: 111, end: 12})
  })

  it('stays linear on long input', () => {
    const long = `${'one '.repeat(50_000)}x ${'9'.repeat(100_000)},`
    expect(readNumber(long, 0)).toMatchObject({value: 1, end: 3})
    expect(readNumber(long, 200_002)?.end).toBe(300_002)
  })
})
