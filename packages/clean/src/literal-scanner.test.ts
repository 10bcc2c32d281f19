import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {literalScanner} from './literal-scanner.js'

describe('literalScanner', () => {
  const scanner = literalScanner([
    {text: 'your ', bits: 1},
    {text: 'our own', bits: 2},
    {text: 'all rights reserved', bits: 4},
    {text: '•', bits: 8},
    {text: '|', bits: 8}
  ])

  it('finds each string wherever it stands, ASCII letters in either case, and overlapping ones', () => {
    expect(scanner?.scan('Thanks for your own help')).toBe(3)
    expect(scanner?.scan('YOUR OWN boat')).toBe(3)
    expect(scanner?.scan('Home • World')).toBe(8)
    expect(scanner?.scan('© Harbour Post. All Rights Reserved')).toBe(4)
    expect(scanner?.scan('The harbour | the quay', 4, 13)).toBe(8)
  })

  it('finds nothing where no string stands whole', () => {
    expect(scanner?.scan('The ferry left at noon.')).toBe(0)
    expect(scanner?.scan('Four hours, our boat')).toBe(0)
    expect(scanner?.scan('all rights reserve')).toBe(0)
    expect(scanner?.scan('The harbour | the quay', 0, 12)).toBe(0)
  })

  it('finds what `includes` finds in the text folded to lower case', () => {
    const texts = ['ab', 'abc', 'bca', 'c a', 'é|', 'aé']
    const made = literalScanner(texts.map((text, index) => ({text, bits: 1 << index})))
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'A', 'b', 'B', 'c', ' ', 'é', 'É', '|', 'x'), {maxLength: 12}), (pieces) => {
        const value = pieces.join('')
        const lower = value.replace(/[A-Z]/g, (letter) => letter.toLowerCase())
        const expected = texts.reduce((bits, text, index) => (lower.includes(text) ? bits | (1 << index) : bits), 0)
        expect(made?.scan(value)).toBe(expected)
      }),
      {numRuns: 500}
    )
  })
})
