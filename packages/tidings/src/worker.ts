import {parentPort, workerData} from 'node:worker_threads'
import {articleLines} from './article-lines.js'
import type {WorkerBatch, WorkerReady, WorkerResult, WorkerResults, WorkerSetup} from './pool.js'

// One per-article pipeline per thread, built from the same setup as the main thread's; the main
// thread sends inputs once the worker says it is ready, and processes them itself until then.
const lineOf = await articleLines(workerData as WorkerSetup)

const encoder = new TextEncoder()

parentPort?.on('message', async ({tasks}: WorkerBatch) => {
  const results: WorkerResult[] = []
  const lines: string[] = []
  for (const {id, input} of tasks) {
    const {kind, line} = await lineOf(input)
    lines.push(line)
    results.push({id, kind, bytes: Buffer.byteLength(line)})
  }
  const encoded = encoder.encode(lines.join(''))
  parentPort?.postMessage({results, lines: encoded} satisfies WorkerResults, [encoded.buffer])
})
parentPort?.postMessage({ready: true} satisfies WorkerReady)
