import {parentPort, workerData} from 'node:worker_threads'
import {commands} from './commands.js'
import type {WorkerBatch, WorkerResult, WorkerResults, WorkerSetup} from './pool.js'
import {tidings} from './pipeline.js'

// One per-article pipeline per thread, built from the same stage names as the main thread's.
const setup = workerData as WorkerSetup
const pipeline = tidings({stages: setup.stages, corpus: [], ...(setup.published ? {published: setup.published} : {})})
const output = commands.find(({name}) => name === setup.command)?.output

parentPort?.on('message', async ({tasks}: WorkerBatch) => {
  const results: WorkerResult[] = []
  for (const {id, input} of tasks) {
    const record = await pipeline.article(input)
    const shown = record.kind === 'article' && output ? (output(record) ?? null) : record
    results.push({id, kind: record.kind, json: JSON.stringify(shown)})
  }
  parentPort?.postMessage({results} satisfies WorkerResults)
})
