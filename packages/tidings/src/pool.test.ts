import {describe, expect, it} from 'vitest'
import {parallelArticles} from './pool.js'

const setup = {stages: ['segment'] as const, command: 'segment'}
const decoder = new TextDecoder()

async function lines(inputs: Parameters<typeof parallelArticles>[0], options: Parameters<typeof parallelArticles>[2]): Promise<string[]> {
  const result: string[] = []
  for await (const {line} of parallelArticles(inputs, setup, options)) result.push(decoder.decode(line))
  return result
}

describe('parallelArticles', () => {
  const inputs = Array.from({length: 45}, (_, index) => ({id: `a${index}`, text: 'One. Two.'.repeat((index % 3) + 1)}))

  it('gives records in input order across batches and workers', async () => {
    const ids = (await lines(inputs, {workers: 2, batchSize: 4, inProcessCharacters: 0})).map((line) => JSON.parse(line).id)
    expect(ids).toEqual(inputs.map(({id}) => id))
  })

  it('gives the same lines from this thread, from workers, and from both sharing the work', async () => {
    const here = await lines(inputs, {workers: 1})
    expect(await lines(inputs, {workers: 2})).toEqual(here)
    expect(await lines(inputs, {workers: 2, batchSize: 2, inProcessCharacters: 0})).toEqual(here)
    expect(await lines(inputs, {workers: 3, batchSize: 2, inProcessCharacters: 1})).toEqual(here)
  })

  it('cuts a batch\'s bytes into whole lines, whatever the characters', async () => {
    const texts = ['Café «ouvert». 日本語です。', 'Plain. Text.', '😀 Emoji — dash. Done.']
    const result = await lines(texts.map((text, index) => ({id: `u${index}`, text})), {workers: 1, batchSize: 3, inProcessCharacters: 0})
    expect(result.map((line) => [line.endsWith('\n'), JSON.parse(line).id])).toEqual([[true, 'u0'], [true, 'u1'], [true, 'u2']])
  })
})
