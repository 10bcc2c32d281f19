import {describe, expect, it} from 'vitest'
import {availableParallelism} from 'node:os'
import {batchThreads, processBatch, workerBreakEvenCharacters} from './batch.js'

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
      'Your own per-article stages run in this thread: set `workers: 1`, or give them as `stageModules` that every worker loads'
    )
  })
})

describe('batchThreads', () => {
  it('runs an input known to be too short for a worker in this thread alone, unless a count was asked for', () => {
    expect(batchThreads({inputCharacters: workerBreakEvenCharacters - 1})).toBe(1)
    expect(batchThreads({inputCharacters: workerBreakEvenCharacters})).toBe(availableParallelism())
    expect(batchThreads({})).toBe(availableParallelism())
    expect(batchThreads({workers: 2, inputCharacters: 10})).toBe(2)
  })

  it('refuses an input size that is no number of characters', () => {
    expect(() => batchThreads({inputCharacters: -1})).toThrow('Expected `inputCharacters` to be a number of characters, not -1')
    expect(() => batchThreads({inputCharacters: Number.NaN})).toThrow('not NaN')
  })
})

describe('stage modules', () => {
  const stageModule = new URL('./stage-module.fixture.mjs', import.meta.url).href
  const documents = Array.from({length: 12}, (_, index) => ({id: `m${index}`, text: `The fortnightly market opened on Monday ${index}.`, publishedAt: '2024-03-06'}))

  async function articles(options: Parameters<typeof processBatch>[1]) {
    const found = []
    for await (const record of processBatch(documents, {corpus: [], ...options})) {
      if (record.kind === 'article') found.push([record.id, record.extensions?.words, record.dates?.map((date) => date.text)])
    }
    return found
  }

  it('runs a module’s stage, and its rule for a built-in stage, on every worker', async () => {
    // Every input goes to the two worker threads: the words and the rule's dates come from them.
    expect(await articles({workers: 2, inProcessCharacters: 0, stageModules: [stageModule]})).toEqual(
      documents.map(({id}) => [id, 7, ['fortnightly', 'Monday']])
    )
  })

  it('refuses a module whose default export is no stage', async () => {
    const notAStage = `data:text/javascript,${encodeURIComponent('export default 42')}`
    await expect(articles({workers: 1, stageModules: [notAStage]})).rejects.toThrow('to be a unified plugin, [plugin, options] or a list of them')
  })
})
