import {describe, expect, it} from 'vitest'
import {processBatch} from './batch.js'

describe('processBatch', () => {
  it('streams article records for documents given as an async iterable, in order, then the event records', async () => {
    async function* documents() {
      yield {id: 'a', text: 'First story.'}
      yield {id: 'b', text: 'Second story. It is short.'}
    }
    const records = []
    for await (const record of processBatch(documents(), {workers: 1})) records.push(record)
    expect(records.map((record) => [record.kind, record.id, record.kind === 'article' ? record.sentences.length : 0])).toEqual([
      ['article', 'a', 1],
      ['article', 'b', 2],
      ['event', 'event-1', 0],
      ['event', 'event-2', 0]
    ])
  })

  it('throws on bad options before reading any input', () => {
    expect(() => processBatch([], {workers: 0})).toThrow('Expected `workers` to be a positive integer, not 0')
    expect(() => processBatch([], {workers: 2, extraArticleStages: [() => undefined]})).toThrow(
      'Your own per-article stages run in this thread: set `workers: 1` to use them'
    )
  })
})
