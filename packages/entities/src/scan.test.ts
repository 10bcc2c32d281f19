import type {Sentence} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {scanSentence} from './candidates.js'
import {addSentenceTokens, TableSentence, TokenTable} from './tokens.js'

const functionWords = new Set(['the', 'The', 'of', 'in', 'at', 'a', 'He', 'he'])

/** The whole text as one sentence, scanned. */
function scanned(text: string) {
  const table = new TokenTable(text)
  const node = {type: 'SentenceNode', children: [], position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: text.length + 1, offset: text.length}}} satisfies Sentence
  const first = addSentenceTokens(table, node)
  return scanSentence(new TableSentence(table, first, table.count - first), functionWords)
}

/** The words a sentence starts, a quotation or a clause. */
function startWords(text: string): string[] {
  const {tokens} = scanned(text)
  const words: string[] = []
  for (let index = 0; index < tokens.length; index++) if (tokens.startLike(index)) words.push(tokens.value(index)!)
  return words
}

describe('scanSentence', () => {
  it('marks the words that start a sentence, a quotation or a clause', () => {
    expect(startWords('Police said: Fire crews came.')).toEqual(['Police', 'Fire'])
    expect(startWords('He said “Crews came” and left.')).toEqual(['He', 'Crews'])
    expect(startWords('"Crews came," she said.')).toEqual(['Crews'])
    expect(startWords('LIMA (Reuters) - Floods hit Peru.')).toEqual(['LIMA', 'Floods'])
    expect(startWords('PORT ELDEN -- Crews came.')).toEqual(['PORT', 'Crews'])
    expect(startWords('EDITOR — Crews came.')).toEqual(['EDITOR', 'Crews'])
  })

  it('marks no word after a comma, a hyphen inside a word, a closing quotation mark or a dash without white space before it', () => {
    expect(startWords('In Leeds, Crews came.')).toEqual(['In'])
    expect(startWords('the Russian-made Drone')).toEqual(['the'])
    expect(startWords('a “ Crews” story')).toEqual(['a'])
    expect(startWords('a- Crews story')).toEqual(['a'])
    expect(startWords('a --- Crews story')).toEqual(['a'])
  })

  it('tells headlines', () => {
    expect(scanned('Russia Fires Missiles at Kyiv')).toMatchObject({titleCase: true})
    expect(scanned('Police met the Defence Ministry')).toMatchObject({titleCase: false})
    expect(scanned('He Met the Defence Ministry')).toMatchObject({titleCase: true})
    expect(scanned('He met the Defence Ministry')).toMatchObject({titleCase: false})
    // Enough capitals for a headline: a lower-case word that is no function word still makes it a sentence; a number does not.
    expect(scanned('Crews From Lyon Fight Fires in 3 Towns')).toMatchObject({titleCase: true})
    expect(scanned('Crews From Lyon Fight Fires near 3 Towns')).toMatchObject({titleCase: false})
  })
})
