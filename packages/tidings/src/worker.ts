import {parentPort, workerData} from 'node:worker_threads'
import type {WorkerResult, WorkerSetup, WorkerTask} from './pool.js'
import {tidings} from './pipeline.js'

// One per-article pipeline per thread, built from the same stage names as the main thread's.
const setup = workerData as WorkerSetup
const pipeline = tidings({stages: setup.stages, corpus: [], ...(setup.published ? {published: setup.published} : {})})

parentPort?.on('message', async ({id, input}: WorkerTask) => {
  const record = await pipeline.article(input)
  parentPort?.postMessage({id, record} satisfies WorkerResult)
})
