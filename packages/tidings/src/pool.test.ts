import {describe, expect, it} from 'vitest'
import {parallelArticles} from './pool.js'

const setup = {stages: ['segment'] as const, command: 'segment'}

describe('parallelArticles', () => {
  it('gives records in input order across batches and workers', async () => {
    const inputs = Array.from({length: 45}, (_, index) => ({id: `a${index}`, text: 'One. Two.'.repeat((index % 3) + 1)}))
    const ids: string[] = []
    for await (const result of parallelArticles(inputs, setup, {workers: 2, batchSize: 4})) ids.push(JSON.parse(result.json).id)
    expect(ids).toEqual(inputs.map(({id}) => id))
  })
})
