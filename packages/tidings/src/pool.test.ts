import {describe, expect, it} from 'vitest'
import {parallelArticles} from './pool.js'

const setup = {stages: ['segment'] as const, command: 'segment'}

describe('parallelArticles', () => {
  it('gives records in input order across batches and workers', async () => {
    const inputs = Array.from({length: 45}, (_, index) => ({id: `a${index}`, text: 'One. Two.'.repeat((index % 3) + 1)}))
    const ids: string[] = []
    for await (const result of parallelArticles(inputs, setup, {workers: 2, batchSize: 4})) ids.push(JSON.parse(new TextDecoder().decode(result.line)).id)
    expect(ids).toEqual(inputs.map(({id}) => id))
  })

  it('cuts a batch\'s bytes into whole lines, whatever the characters', async () => {
    const inputs = ['Café «ouvert». 日本語です。', 'Plain. Text.', '😀 Emoji — dash. Done.'].map((text, index) => ({id: `u${index}`, text}))
    const lines: string[] = []
    for await (const result of parallelArticles(inputs, setup, {workers: 1, batchSize: 3})) lines.push(new TextDecoder().decode(result.line))
    expect(lines.map((line) => [line.endsWith('\n'), JSON.parse(line).id])).toEqual([[true, 'u0'], [true, 'u1'], [true, 'u2']])
  })
})
