import type {ArticleRecord, TidingsRecord} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {dedupe} from './index.js'

const original =
  'Heavy rain flooded the lower town on Monday. The river rose three metres overnight and the council opened two shelters near the old mill. Volunteers handed out blankets and hot soup until dawn, and the mayor said the bridge would reopen on Friday.'
const updated = `${original} Update: the water has started to fall.`
const unrelated =
  'The orchestra announced its new season on Tuesday, with six premieres and a tour of four cities in the spring. Tickets go on sale next month, the director said.'

function article(id: string, text: string): ArticleRecord {
  return {kind: 'article', id, text, paragraphs: [], sentences: [], messages: []}
}

async function collect(records: AsyncIterable<TidingsRecord>): Promise<TidingsRecord[]> {
  const result: TidingsRecord[] = []
  for await (const record of records) result.push(record)
  return result
}

async function* stream(...records: TidingsRecord[]): AsyncIterable<TidingsRecord> {
  yield* records
}

describe('dedupe', () => {
  it('marks near copies with the earliest article they copy and passes everything else on unchanged', async () => {
    const error: TidingsRecord = {kind: 'error', id: 'broken', error: {code: 'invalid-document', message: 'no text'}}
    const records = await collect(
      dedupe().transform(stream(article('a', original), error, article('b', unrelated), article('c', updated), article('d', original)))
    )
    expect(records.map((record) => [record.id, record.kind === 'article' ? record.duplicateOf : undefined])).toEqual([
      ['a', undefined],
      ['broken', undefined],
      ['b', undefined],
      ['c', {article: 'a', similarity: 0.8046875}],
      ['d', {article: 'a', similarity: 1}]
    ])
  })

  it('compares the clean text when the clean stage left one', async () => {
    const withJunk = article('b', `Subscribe now! Share this story. ${original}`)
    withJunk.cleanText = original
    const records = await collect(dedupe().transform(stream(article('a', original), withJunk)))
    expect((records[1] as ArticleRecord).duplicateOf).toEqual({article: 'a', similarity: 1})
  })

  it('keeps its index across batches', async () => {
    const stage = dedupe()
    await collect(stage.transform(stream(article('a', original))))
    const [later] = await collect(stage.transform(stream(article('z', original))))
    expect((later as ArticleRecord).duplicateOf).toEqual({article: 'a', similarity: 1})
    expect(stage.size).toBe(2)
  })

  it('points every copy of a story syndicated hundreds of times to the original, in linear time', async () => {
    const copies = (count: number) => Array.from({length: count}, (_, index) => article(`copy${index}`, original))
    const started = performance.now()
    await collect(dedupe().transform(stream(...copies(300))))
    const few = performance.now() - started
    const records = (await collect(dedupe().transform(stream(...copies(6000))))) as ArticleRecord[]
    const many = performance.now() - started - few
    expect(records.slice(1).every((record) => record.duplicateOf?.article === 'copy0')).toBe(true)
    expect(many).toBeLessThan(Math.max(few, 5) * 20 * 4)
  })

  it('rejects bad options when the pipeline is built', () => {
    expect(() => dedupe({threshold: 1.5})).toThrow('Invalid options for dedupe: threshold must be at most 1 (was 1.5)')
    expect(() => dedupe({hashes: 100, bands: 32})).toThrow('bands (32) must divide hashes (100)')
  })
})
