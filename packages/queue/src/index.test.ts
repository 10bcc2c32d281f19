import {expect, it} from 'vitest'

it('pins the public exports', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'collect',
    'complete',
    'enqueue',
    'progress',
    'redisServerVersion',
    'startCorpus',
    'startRedisServer',
    'startWorker',
    'status'
  ])
})
