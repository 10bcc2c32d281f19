import {createPipeline} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {abbreviationSets} from '@tidings/lexicon'
import {sentenceSpans} from './boundaries.js'
import {segment} from './index.js'
import {defaultPhraseOpeners} from './lexicon.js'

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

describe('the phrase openers', () => {
  async function lines(text: string, options = {}): Promise<string[]> {
    const record = await createPipeline({article: [[segment, options]]}).article({id: 't', text})
    if (record.kind !== 'article') throw new Error(record.error.message)
    return record.sentences.map(({start, end}) => text.slice(start, end))
  }

  it('make a line that ends on one run on to the next', async () => {
    expect(defaultPhraseOpeners).toEqual(['a', 'an', 'the', 'and', 'or', 'but', 'of'])
    for (const word of defaultPhraseOpeners) {
      const text = `Crews reached the pier ${word}\nHarbour staff waited.`
      expect(await lines(text)).toEqual([text])
    }
  })

  it('leave a line that ends on another word, or on one written otherwise, apart', async () => {
    expect(await lines('Storm over the coast\nFerries stop at noon.')).toEqual(['Storm over the coast', 'Ferries stop at noon.'])
    expect(await lines('Back To The\nHarbour: a guide.')).toEqual(['Back To The', 'Harbour: a guide.'])
    expect(await lines('Harbour theme\nCrews sang all night.')).toEqual(['Harbour theme', 'Crews sang all night.'])
    expect(await lines('Harbour co-the\nCrews sang all night.')).toEqual(['Harbour co-the', 'Crews sang all night.'])
  })

  it('take extra words through options, matched as written', async () => {
    const text = 'The crew was towed in with\nHarbour tugs at dawn.'
    expect(await lines(text)).toEqual(['The crew was towed in with', 'Harbour tugs at dawn.'])
    expect(await lines(text, {phraseOpeners: ['with']})).toEqual([text])
    expect(await lines(text, {phraseOpeners: ['With']})).toEqual(['The crew was towed in with', 'Harbour tugs at dawn.'])
    expect(await lines('Die Fähre fuhr über\nHamburg nach Kiel.', {phraseOpeners: ['über']})).toEqual(['Die Fähre fuhr über\nHamburg nach Kiel.'])
  })

  it('throw when the option is no list of words', () => {
    expect(() => createPipeline({article: [[segment, {phraseOpeners: 'with'}]]})).toThrow('Invalid options for segment: phraseOpeners must be an array (was string)')
  })
})
