import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {hashWord} from './name-filter.js'
import {joinsName, nameKey, type Token, tokenize, wordBounds, Words} from './text.js'

const words = (text: string) => {
  const found: Array<[string, number]> = []
  const bounds = wordBounds(text, [])
  for (let index = 0; index < bounds.length; index += 2) found.push([text.slice(bounds[index], bounds[index + 1]), bounds[index]!])
  return found
}

// What the scan must equal: every match of the Unicode word pattern, in order.
const byRegex = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu)].map((match): [string, number] => [match[0], match.index])

describe('wordBounds', () => {
  it('finds the words the Unicode pattern finds, ASCII or not', () => {
    expect(words("People's U.S. Zürich’s Kyiv—Lviv “Nice” São-Paulo 12.5 e\u0301te\u0301")).toEqual(byRegex("People's U.S. Zürich’s Kyiv—Lviv “Nice” São-Paulo 12.5 e\u0301te\u0301"))
    expect(words('N.Y. and D.C.')).toEqual([['N.Y', 0], ['and', 5], ['D.C', 9]])
    // Cyrillic and accented Latin words are scanned by code as ASCII ones are, and end where the pattern ends them.
    expect(words('Київ’s «Ілля» 2×3 café²s Д\u0483ж Ձ')).toEqual([['Київ’s', 0], ['Ілля', 8], ['2', 14], ['3', 16], ['café²s', 18], ['Д\u0483ж', 25], ['Ձ', 29]])
    expect(words('Київ’s «Ілля» 2×3 café²s Д\u0483ж Ձ')).toEqual(byRegex('Київ’s «Ілля» 2×3 café²s Д\u0483ж Ձ'))
  })

  it('agrees with the pattern on any mix of letters, marks, joiners and symbols', () => {
    const pieces = ['a', 'Z', '7', ' ', '.', "'", '’', ',', '-', '\n', 'é', 'e\u0301', 'Ö', '中', '—', '“', '”', '…', '\u2060', '😀', 'ß', '\u00A0',
      'Д', 'ж', '\u0483', '\u0482', '×', '«', '²', 'ª', '\u00AD', 'Ā', 'ǅ', '\u04FF', '\u0500', '\u0531']
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
      const text = parts.join('')
      expect(words(text)).toEqual(byRegex(text))
    }), {numRuns: 2000})
  })

  it('keeps the tokens of a sentence as they were', () => {
    expect(tokenize('Ukraine’s U.S. aid reached Kyiv.').map((token) => [token.start, token.end, token.key, token.capital, token.abbreviation])).toEqual([
      [0, 7, 'ukraine', true, false],
      [10, 14, 'us', true, true],
      [15, 18, 'aid', false, false],
      [19, 26, 'reached', false, false],
      [27, 31, 'kyiv', true, false]
    ])
  })

  it('hashes each token as its key hashes, however it is written', () => {
    const pieces = ['Kyiv', 'NSW', 'U.S.', 'N.Y', "O'Neil", 'Zürich', 'B2B', 'ÉTAT', "Ukraine's", 'SÃO', 'a', ' ', '.', '-', 'e\u0301', 'Kyiv’s', '’', '”']
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 20}), (parts) => {
      for (const token of tokenize(parts.join(''))) expect(token.keyHash).toBe(hashWord(token.key))
    }), {numRuns: 1000})
  })

  it('reads capitals and abbreviations as the Unicode patterns do, up to the end of the text', () => {
    // The word without its possessive; its capital, its dotted or all-capitals shape, and the dot a dotted one keeps.
    const byPatterns = (text: string) => byRegex(text).map(([word, start]) => {
      const bare = /^.+['’][sS]$/su.test(word) ? word.slice(0, -2) : word
      const dotted = /^\p{Lu}(?:\.\p{Lu})+$/u.test(bare)
      const wordEnd = start + bare.length
      return [start, dotted && text[wordEnd] === '.' ? wordEnd + 1 : wordEnd, /^\p{Lu}/u.test(bare), dotted || (bare.length >= 2 && /^\p{Lu}+$/u.test(bare))]
    })
    const shape = (text: string) => tokenize(text).map((token) => [token.start, token.end, token.capital, token.abbreviation])
    expect(shape('Talks in N.Y.')).toEqual([[0, 5, true, false], [6, 8, false, false], [9, 13, true, true]])
    expect(shape('s NSW Ölfus’s Ж')).toEqual([[0, 1, false, false], [2, 5, true, true], [6, 11, true, false], [14, 15, true, false]])
    const pieces = ['U', 'S', 's', 'a', '.', "'", '’', ' ', 'Ж', 'ж', 'É', 'é', '𝐀', '2']
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), (parts) => {
      const text = parts.join('')
      expect(shape(text)).toEqual(byPatterns(text))
    }), {numRuns: 3000})
  })
})

describe('Words', () => {
  it('lists the words that start with a capital, and makes each token as tokenize does, only when asked', () => {
    const text = 'Talks in N.Y. and the Ölfus’s mayor met Kyiv officials.'
    const words = new Words(text)
    expect(words.count).toBe(10)
    expect(words.capitals).toEqual([0, 2, 5, 8])
    const shape = (token: Token | undefined) => token && [token.start, token.end, token.key, token.capital, token.abbreviation]
    expect([...Array(words.count).keys()].map((index) => shape(words.token(index)))).toEqual(tokenize(text).map(shape))
    expect([-1, 10].map((index) => words.token(index))).toEqual([undefined, undefined])
  })

  it('scans a text longer than its first buffer', () => {
    const text = 'Kyiv and Lviv '.repeat(2000)
    const words = new Words(text)
    expect(words.count).toBe(6000)
    expect(words.capitals.length).toBe(4000)
    expect(words.token(5999)!.key).toBe('lviv')
  })
})

describe('joinsName', () => {
  const byRegex = (between: string) => /^(?:[ \t\u00A0]+|-|(?:[,.]|['’]s)[ \t\u00A0]+)$/.test(between)

  it('joins words across spaces, a hyphen, a comma, a dot or a possessive, and not across a line', () => {
    expect(['  ', '-', ', ', '. ', "'s ", '’s\u00A0'].map((gap) => joinsName(`a${gap}b`, 1, 1 + gap.length))).toEqual([true, true, true, true, true, true])
    expect(['', '\n', ' - ', ',', "'s", "'S ", ' ,'].map((gap) => joinsName(`a${gap}b`, 1, 1 + gap.length))).toEqual([false, false, false, false, false, false, false])
  })

  it('agrees with the pattern it replaced on any gap', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(' ', '\t', '\u00A0', '-', ',', '.', "'", '’', 's', 'S', '\n', 'x'), {maxLength: 6}), (parts) => {
      const gap = parts.join('')
      expect(joinsName(`a${gap}b`, 1, 1 + gap.length)).toBe(byRegex(gap))
    }), {numRuns: 3000})
  })
})

describe('nameKey', () => {
  it('keys ASCII words with joiners as the Unicode path does', () => {
    expect(["U.S", "O'Neil", "People's", "D.C", "Martha's Vineyard", 'St. Louis', 'Zürich’s', 'Côte d’Ivoire'].map(nameKey)).toEqual(['us', "o'neil", 'people', 'dc', 'martha vineyard', 'st louis', 'zurich', "cote d'ivoire"])
  })
})
