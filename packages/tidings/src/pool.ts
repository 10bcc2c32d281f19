import {availableParallelism, loadavg} from 'node:os'
import {Worker} from 'node:worker_threads'
import {errorRecord, type PipelineInput} from '@tidings/core'
import {type ArticleLine, articleLines} from './article-lines.js'
import type {ArticleStageName} from './stages.js'

/**
 * The built worker beside this module; from the TypeScript sources (tests, or a bundler reading the
 * `source` export condition) the one in dist/, since a worker thread cannot load TypeScript.
 */
const workerScript = new URL(import.meta.url.endsWith('.ts') ? '../dist/worker.js' : './worker.js', import.meta.url)

/**
 * A parent that reads TypeScript sources through the `source` export condition (vitest) would pass
 * it on, and the built worker would then import .ts files it cannot run: such a worker starts with
 * no Node options. Any other parent's options are inherited as they are (V8 flags such as
 * --max-old-space-size may not be given to a worker explicitly).
 */
function inheritedOptions(): {execArgv?: string[]} {
  const parent = process.execArgv
  const readsSources = parent.some(
    (option, index) => option === '--conditions=source' || option === '-C=source' || ((option === '--conditions' || option === '-C') && parent[index + 1] === 'source')
  )
  return readsSources ? {execArgv: []} : {}
}

const workerOptions = inheritedOptions()

/** What a worker needs to build the same per-article pipeline as the main thread. */
export interface WorkerSetup {
  stages: ReadonlyArray<ArticleStageName>
  published?: string
  traceRules?: boolean
  /** A command whose output the worker writes for each article record, instead of the record itself. */
  command?: string
  /** File URLs of modules whose default export is more per-article stages (see `loadStageModules`). */
  stageModules?: ReadonlyArray<string>
}

/** A worker's first message: its pipeline is built, inputs sent now go straight to work. */
export interface WorkerReady {
  ready: true
}

export interface WorkerTask {
  id: number
  input: PipelineInput
}

/** Inputs go to a worker several to a message: a message costs the main thread about as much as a short article costs a worker. */
export interface WorkerBatch {
  tasks: WorkerTask[]
}

/**
 * A record as a JSON line in UTF-8, made on the worker: the main thread writes the bytes as they
 * come, and parses them only when a corpus stage needs the record itself.
 */
export interface SerializedRecord {
  kind: 'article' | 'error'
  /** The record, or the command's output for it, with its newline; empty when the command prints nothing for it. */
  line: Uint8Array
}

export interface WorkerResult {
  id: number
  kind: SerializedRecord['kind']
  /** The length in bytes of the result's line in `WorkerResults.lines`. */
  bytes: number
}

/**
 * A batch's lines travel as one buffer, handed over rather than copied: the main thread then neither
 * copies nor encodes them, which with two workers was most of its work.
 */
export interface WorkerResults {
  results: WorkerResult[]
  lines: Uint8Array
}

export interface ParallelOptions {
  /**
   * Threads that process inputs, this one included (default: the cores available): this thread
   * and `workers - 1` worker threads, or `workers` worker threads when `inProcessCharacters` is 0.
   */
  workers?: number
  /**
   * Inputs in flight per thread (default 64): enough that this thread, processing inputs of its
   * own, is not held up by a worker's oldest input, few enough to keep memory flat.
   */
  queuePerWorker?: number
  /** Most inputs in one message to a worker; fewer go when a worker would otherwise wait. */
  batchSize?: number
  /**
   * Characters of input processed on this thread before the workers start (default
   * `defaultInProcessCharacters`); this thread goes on processing until one is ready, then shares
   * the work. 0 sends every input to the workers and leaves this thread to coordinate.
   */
  inProcessCharacters?: number
  /**
   * Start workers only while a core is idle by the load average, checked again after each further
   * MiB of input: on a machine whose cores are all busy a worker adds its start-up and
   * gains nothing. The default worker count does this; a count that was asked for does not.
   */
  whenCoresIdle?: boolean
}

/**
 * About half a second of work on this thread before an asked-for worker count starts its workers: a
 * job shorter than this is quicker without them, and a longer job loses little by starting here.
 */
export const defaultInProcessCharacters = 1024 * 1024

/** Input between two looks at the load average, while it shows no idle core. */
const coreCheckCharacters = 1024 * 1024

function coreIdle(): boolean {
  return availableParallelism() - (loadavg()[0] ?? 0) >= 1
}

export function defaultWorkers(): number {
  return availableParallelism()
}

interface PoolWorker {
  worker: Worker
  busy: number
  alive: boolean
  ready: boolean
}

/**
 * Per-article records, in input order whatever order they finish in: from this thread while the
 * input is short, then from worker threads. A worker that dies turns its inputs into error
 * records; the others go on.
 */
export async function* parallelArticles(
  inputs: Iterable<PipelineInput> | AsyncIterable<PipelineInput>,
  setup: WorkerSetup,
  options: ParallelOptions = {}
): AsyncGenerator<SerializedRecord> {
  const threads = Math.max(1, options.workers ?? defaultWorkers())
  // This thread is one of the threads: it processes inputs whenever the workers have enough.
  const helpers = options.inProcessCharacters === 0 ? threads : threads - 1
  const limit = threads * (options.queuePerWorker ?? 64)
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 8, limit))
  // Enough for a worker to go on with while this thread processes an input of its own.
  const queuedPerWorker = 2 * batchSize
  const waiting = new Map<number, {resolve: (result: SerializedRecord) => void; input: PipelineInput; owner: PoolWorker}>()
  const pool: PoolWorker[] = []
  // Inputs not yet sent, with where their records go; sent when a batch is full or a worker is idle.
  let unsent: Array<{task: WorkerTask; resolve: (result: SerializedRecord) => void}> = []
  const inProcessCharacters = options.inProcessCharacters ?? defaultInProcessCharacters
  let charactersSeen = 0
  let nextCheck = inProcessCharacters
  let lineOf: Promise<(input: PipelineInput) => Promise<ArticleLine>> | undefined

  function startWorkers(): void {
    for (let index = 0; index < helpers; index++) {
      const member: PoolWorker = {worker: new Worker(workerScript, {workerData: setup, ...workerOptions}), busy: 0, alive: true, ready: false}
      member.worker.on('message', (message: WorkerResults | WorkerReady) => {
        if ('ready' in message) {
          member.ready = true
          send()
          return
        }
        const {results, lines} = message
        let offset = 0
        for (const result of results) {
          const line = lines.subarray(offset, offset + result.bytes)
          offset += result.bytes
          const entry = waiting.get(result.id)
          if (!entry) continue
          waiting.delete(result.id)
          member.busy--
          entry.resolve({kind: result.kind, line})
        }
        // Input that came while every worker was busy goes now, not when more input comes.
        if (member.busy === 0) send()
      })
      const fail = (reason: string) => {
        if (!member.alive) return
        member.alive = false
        for (const [id, entry] of waiting) {
          if (entry.owner !== member) continue
          waiting.delete(id)
          entry.resolve(serialized(errorRecord(entry.input.id, 'worker-failed', reason)))
        }
      }
      member.worker.on('error', (error) => fail(`A worker thread failed: ${error.message}`))
      member.worker.on('exit', (code) => fail(`A worker thread exited with code ${code}`))
      pool.push(member)
    }
  }

  /**
   * True when this thread should process the input itself: while the input is short, while every
   * worker is still starting, and whenever the workers have enough queued, so that this thread
   * works as one of the `workers` threads and the machine is never asked for more.
   */
  function inProcess(input: PipelineInput): boolean {
    if (inProcessCharacters === 0) {
      if (pool.length === 0) startWorkers()
      return false
    }
    if (pool.length === 0) {
      charactersSeen += inputLength(input)
      if (charactersSeen <= nextCheck || helpers === 0) return true
      nextCheck = charactersSeen + coreCheckCharacters
      if (options.whenCoresIdle && !coreIdle()) return true
      startWorkers()
    }
    return !pool.some((member) => member.alive && member.ready && member.busy + unsent.length < queuedPerWorker)
  }

  async function processHere(input: PipelineInput): Promise<SerializedRecord> {
    lineOf ??= articleLines(setup)
    const {kind, line} = await (await lineOf)(input)
    // While workers start, let their messages in: the first one ready takes the inputs after this.
    if (pool.length > 0) await new Promise(setImmediate)
    return {kind, line: encoder.encode(line)}
  }

  let nextId = 0
  const inFlight: InFlight[] = []
  try {
    for await (const input of inputs) {
      if (!('kind' in input) && inProcess(input)) {
        inFlight.push(settled(await processHere(input)))
      } else {
        inFlight.push(dispatch(input))
        if (unsent.length >= batchSize || pool.some((member) => member.alive && member.ready && member.busy === 0)) send()
      }
      // Records ready at the head go out now: while this thread works alone, each as it is made.
      while (inFlight[0]?.done) yield (inFlight.shift() as InFlight).done as SerializedRecord
      if (inFlight.length >= limit) {
        // The record waited for must have been sent; it seldom is still unsent, as a batch is smaller than the queue.
        if (unsent[0] && unsent[0].task === inFlight[0]?.task) send()
        yield await (inFlight.shift()?.record as Promise<SerializedRecord>)
      }
    }
    send()
    while (inFlight.length > 0) yield await (inFlight.shift()?.record as Promise<SerializedRecord>)
  } finally {
    await Promise.all(pool.map(({worker}) => worker.terminate()))
  }

  function dispatch(input: PipelineInput): InFlight {
    // Records read back on resume, or given as input, are already processed.
    if ('kind' in input) return settled(serialized(input))
    const task = {id: nextId++, input}
    const entry: InFlight = {
      record: new Promise((resolve) =>
        unsent.push({
          task,
          resolve: (record) => {
            entry.done = record
            resolve(record)
          }
        })
      ),
      task
    }
    return entry
  }

  function send(): void {
    if (unsent.length === 0) return
    const batch = unsent
    unsent = []
    // Workers that are ready first; one that is still starting queues the inputs until it is.
    const member = pool.filter(({alive}) => alive).sort((a, b) => Number(b.ready) - Number(a.ready) || a.busy - b.busy)[0]
    if (!member) {
      for (const {task, resolve} of batch) resolve(serialized(errorRecord(task.input.id, 'worker-failed', 'No worker thread is left to process this input')))
      return
    }
    member.busy += batch.length
    for (const {task, resolve} of batch) waiting.set(task.id, {resolve, input: task.input, owner: member})
    member.worker.postMessage({tasks: batch.map(({task}) => task)} satisfies WorkerBatch)
  }
}

/** An input's record to come, in input order; `done` once it is made. */
interface InFlight {
  record: Promise<SerializedRecord>
  task?: WorkerTask
  done?: SerializedRecord
}

function settled(record: SerializedRecord): InFlight {
  return {record: Promise.resolve(record), done: record}
}

const encoder = new TextEncoder()

function inputLength(input: PipelineInput): number {
  const {html, text} = input as {html?: unknown; text?: unknown}
  return (typeof html === 'string' ? html.length : 0) + (typeof text === 'string' ? text.length : 0)
}

function serialized(record: {kind: 'article' | 'error'}): SerializedRecord {
  return {kind: record.kind, line: encoder.encode(JSON.stringify(record) + '\n')}
}
