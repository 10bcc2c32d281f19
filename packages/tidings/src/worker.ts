import {parentPort, workerData} from 'node:worker_threads'
import {commands} from './commands.js'
import type {WorkerBatch, WorkerResult, WorkerResults, WorkerSetup} from './pool.js'
import {tidings} from './pipeline.js'

// One per-article pipeline per thread, built from the same stage names as the main thread's.
const setup = workerData as WorkerSetup
const pipeline = tidings({
  stages: setup.stages,
  corpus: [],
  ...(setup.published ? {published: setup.published} : {}),
  ...(setup.traceRules ? {traceRules: true} : {})
})
const output = commands.find(({name}) => name === setup.command)?.output

const encoder = new TextEncoder()

parentPort?.on('message', async ({tasks}: WorkerBatch) => {
  const results: WorkerResult[] = []
  const lines: string[] = []
  for (const {id, input} of tasks) {
    const record = await pipeline.article(input)
    const shown = record.kind === 'article' && output ? output(record) : record
    const line = shown == null ? '' : JSON.stringify(shown) + '\n'
    lines.push(line)
    results.push({id, kind: record.kind, bytes: Buffer.byteLength(line)})
  }
  const encoded = encoder.encode(lines.join(''))
  parentPort?.postMessage({results, lines: encoded} satisfies WorkerResults, [encoded.buffer])
})
