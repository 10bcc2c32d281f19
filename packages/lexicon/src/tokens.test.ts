import {describe, expect, it} from 'vitest'
import {tokenize} from './tokens.js'

const shapes = (text: string, spaces = false) => tokenize(text, 0, spaces).map((token) => `${token.kind}:${token.text}`)

// The tokens as one global pattern finds them, kinds told by the first character: what the character codes must agree with.
const numberShapes = String.raw`\d{1,2}(?:,\d\d){1,3},\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3}|, 000(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?|\.(?<=(?:^|[\s(])\.)\d+(?![.\d])`
const wordShapes = String.raw`[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}\p{N}]+(?:\.\d+)?)*`
const plainShapes = (text: string, spaces: boolean) =>
  [...text.matchAll(new RegExp(`${numberShapes}|${wordShapes}${spaces ? String.raw`|\s+` : ''}|\\S`, 'gu'))].map(([value]) => {
    const kind = /^\.?\d/.test(value) ? 'number' : /^[\p{L}\p{M}]/u.test(value) ? 'word' : /^\s/.test(value) ? 'space' : 'symbol'
    return `${kind}:${value}:${kind === 'word' ? value.toLowerCase() : value}`
  })
const shapesLowered = (text: string, spaces: boolean) => tokenize(text, 0, spaces).map((token) => `${token.kind}:${token.text}:${token.lower}`)

describe('tokenize', () => {
  it('keeps numbers with their separators and words with hyphens and apostrophes whole', () => {
    expect(shapes("The year-earlier loss of $1,234.5 million didn't stop COVID-19 aid.")).toEqual([
      'word:The', 'word:year-earlier', 'word:loss', 'word:of', 'symbol:$', 'number:1,234.5', 'word:million', "word:didn't",
      'word:stop', 'word:COVID-19', 'word:aid', 'symbol:.'
    ])
    expect(shapes('12,34,567 and 10, 000 and .534')).toEqual(['number:12,34,567', 'word:and', 'number:10, 000', 'word:and', 'number:.534'])
  })

  it('parts letters from digits and reads other characters alone', () => {
    expect(shapes('USD10m RAV4 v1.5 ..5')).toEqual(['word:USD', 'number:10', 'word:m', 'word:RAV', 'number:4', 'word:v', 'number:1.5', 'symbol:.', 'symbol:.', 'number:5'])
    expect(shapes('Zürich’s €5')).toEqual(['word:Zürich’s', 'symbol:€', 'number:5'])
  })

  it('gives white space when asked, and offsets into the whole text', () => {
    expect(shapes('a  b\u00a0c', true)).toEqual(['word:a', 'space:  ', 'word:b', 'space:\u00a0', 'word:c'])
    const tokens = tokenize('Ships left.', 100)
    expect(tokens.map(({start, end, lower}) => [start, end, lower])).toEqual([[100, 105, 'ships'], [106, 110, 'left'], [110, 111, '.']])
  })

  it('agrees with the plain pattern on text made of the parts that could tell them apart', () => {
    const parts = ['a', 'Zu', 'é', 'É', 'xY', '\u0301', 'ſ', '𝒜', '😀', '٣', '-', "'", '’', '.', ',', ', ', ', 000', '1', '12', '123', '1234', ',34', ',567', '.5', ' ', '\t', '\u00a0', '\u2028', '(', '$', '€', '\u0000', 'x', 'COVID', '\ud800']
    let seed = 11
    const random = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % limit
    }
    for (let round = 0; round < 10_000; round++) {
      let text = ''
      for (let count = random(8); count >= 0; count--) text += parts[random(parts.length)]
      const spaces = round % 2 === 0
      expect([text, shapesLowered(text, spaces)]).toEqual([text, plainShapes(text, spaces)])
    }
  })

  it('stays linear on long input', () => {
    expect(tokenize(`${'1,'.repeat(50_000)}x ${'a-'.repeat(50_000)}`).length).toBeGreaterThan(0)
  })
})
