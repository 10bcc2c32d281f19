import {createPipeline} from '@tidings/core'
import {expect, it} from 'vitest'
import {numbering, shouting} from './stages.js'

it('adds a custom per-article and corpus stage from outside the packages', async () => {
  const pipeline = createPipeline({article: [[shouting, {minLetters: 3}]], corpus: [numbering()]})
  const records = []
  for await (const record of pipeline.run([
    {id: 'a', text: 'Crowds chanted NOW and STOP.'},
    {id: 'b', text: 'It was OK.'}
  ])) {
    records.push(record)
  }
  expect(records.map((record) => (record.kind === 'article' ? record.extensions : record))).toEqual([
    {
      shouting: [
        {start: 15, end: 18, text: 'NOW'},
        {start: 23, end: 27, text: 'STOP'}
      ],
      position: 0
    },
    {shouting: [], position: 1}
  ])
})

it('throws on bad options when the pipeline is built', () => {
  expect(() => createPipeline({article: [[shouting, {minLetters: 1}]]})).toThrow('`minLetters` must be an integer of at least 2')
})
