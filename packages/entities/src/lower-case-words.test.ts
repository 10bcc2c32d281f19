import type {Sentence} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {lowerCaseWords} from './lower-case-words.js'
import {addSentenceTokens, TokenTable} from './tokens.js'

const sentence = (start: number, end: number) => ({type: 'SentenceNode', children: [], position: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}}) satisfies Sentence

/** `text` with the sentences at `spans` cut into tokens, as the stage cuts those that may hold names. */
function table(text: string, spans: Array<[number, number]>): TokenTable {
  const tokens = new TokenTable(text)
  for (const [start, end] of spans) addSentenceTokens(tokens, sentence(start, end))
  return tokens
}

const wanted = ['Police', 'Rescue', 'Élan', 'Two']

describe('lowerCaseWords', () => {
  const text = 'Police came. The police chief spoke. Anti-rescue crews left. An élan showed.'

  it('finds the wanted words written in lower case, in sentences cut into tokens and between them', () => {
    const expected = new Map([['police', true], ['rescue', true], ['élan', true], ['two', false]])
    expect(lowerCaseWords(table(text, []), wanted)).toEqual(expected)
    expect(lowerCaseWords(table(text, [[13, 36], [37, 60]]), wanted)).toEqual(expected)
    expect(lowerCaseWords(table(text, [[0, 12], [13, 36], [37, 60], [61, 76]]), wanted)).toEqual(expected)
  })

  it('finds no word written only capitalised, inside a longer word, or inside a word cut across a sentence', () => {
    const none = new Map([['police', false], ['rescue', false], ['élan', false], ['two', false]])
    const other = 'Police said. Policemen came. Rescue crews (Two) of Élan left: network.'
    expect(lowerCaseWords(table(other, []), wanted)).toEqual(none)
    expect(lowerCaseWords(table(other, [[0, 12], [13, 28], [29, 71]]), wanted)).toEqual(none)
    // A sentence that starts inside a word ("net|work two") is read with the word it cuts.
    const cut = 'A network came.'
    expect(lowerCaseWords(table(cut, [[5, 15]]), ['Work'])).toEqual(new Map([['work', false]]))
    expect(lowerCaseWords(table(cut, [[0, 5]]), ['Net'])).toEqual(new Map([['net', false]]))
  })

  it('reads a long text of joined words in time', () => {
    const long = `${'a-b-c.d’e '.repeat(20_000)}police`
    expect(lowerCaseWords(table(long, [[0, long.length]]), wanted).get('police')).toBe(true)
  })
})
