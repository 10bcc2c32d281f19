import {createReadStream, createWriteStream} from 'node:fs'
import {once} from 'node:events'
import {setTimeout as sleep} from 'node:timers/promises'
import {parseArgs} from 'node:util'
import type {PipelineInput} from '@tidings/core'
import {collect, complete, type ConnectionOptions, enqueue, startCorpus, startWorker, status} from '@tidings/queue'
import type {CliIo} from './main.js'
import {readInputs, readJsonl} from './load.js'
import {tidings} from './pipeline.js'
import {type QueueCommandName, queueCommands} from './queue-names.js'


const optionSpec = {
  redis: {type: 'string'},
  prefix: {type: 'string'},
  jsonl: {type: 'string', multiple: true},
  published: {type: 'string'},
  'ignore-html': {type: 'boolean', default: false},
  concurrency: {type: 'string'},
  'lock-duration': {type: 'string'},
  settle: {type: 'string'},
  out: {type: 'string', short: 'o'},
  wait: {type: 'boolean', default: false},
  quiet: {type: 'boolean', short: 'q', default: false},
  help: {type: 'boolean', short: 'h', default: false}
} as const

const usage: Record<QueueCommandName, string> = {
  enqueue: 'tidings enqueue --redis URL FILE...|--jsonl FILE [--published DATE] [--ignore-html]',
  worker: 'tidings worker --redis URL [--concurrency N] [--lock-duration MS]',
  corpus: 'tidings corpus --redis URL [--settle MS] [--lock-duration MS]',
  collect: 'tidings collect --redis URL [--out FILE] [--wait]',
  status: 'tidings status --redis URL'
}

const commonHelp = `  --redis URL           the Redis server, e.g. redis://127.0.0.1:6379 (required)
  --prefix NAME         prefix of the keys, so several jobs can share a server (default tidings)
  -q, --quiet           say nothing on standard error
  -h, --help            this help
Worker and corpus:      run until SIGINT or SIGTERM; start as many workers as you have cores.
  --concurrency N       jobs one worker process holds at once (default 32); it uses one core
  --lock-duration MS    how soon a job (or the corpus stage) of a killed process is taken over (default 30000, corpus 10000)
  --settle MS           corpus: quiet time before the enqueued articles are clustered into events (default 2000)
Collect:
  -o, --out FILE        write JSONL to FILE instead of standard output
  --wait                wait until every enqueued document is through the corpus stage
See docs/scale-out.md.`

export function queueHelp(name: QueueCommandName): string {
  return `tidings ${name}: ${queueCommands[name]}\n\nUsage: ${usage[name]}\n\n${commonHelp}\n`
}

class QueueUsageError extends Error {}

/** A queue command; returns the exit code (0 done, 1 collect found the run unfinished, 2 usage). */
export async function queueCommand(name: QueueCommandName, args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  try {
    return await runQueueCommand(name, args, io)
  } catch (error) {
    if (!(error instanceof QueueUsageError || error instanceof TypeError)) throw error
    io.stderr.write(`tidings ${name}: ${error.message}\n`)
    return 2
  }
}

async function runQueueCommand(name: QueueCommandName, args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: [...args], options: optionSpec, allowPositionals: true})
  } catch (error) {
    throw new QueueUsageError((error as Error).message)
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(queueHelp(name))
    return 0
  }
  if (values.redis === undefined) throw new QueueUsageError(`--redis URL is required\n\n${queueHelp(name)}`)
  const log = values.quiet ? undefined : (message: string) => io.stderr.write(`${message}\n`)
  const connection: ConnectionOptions = {redis: values.redis, ...(values.prefix ? {prefix: values.prefix} : {}), ...(log ? {log} : {})}
  const lockDuration = positiveInteger(values['lock-duration'], '--lock-duration')

  switch (name) {
    case 'enqueue': {
      if (values.published !== undefined) tidings({published: values.published, stages: [], corpus: []})
      const jsonl = values.jsonl ?? []
      if (positionals.length === 0 && jsonl.length === 0) throw new QueueUsageError(`name input files or --jsonl FILE\n\n${queueHelp(name)}`)
      const loadOptions = {ignoreHtml: values['ignore-html']}
      async function* inputs(): AsyncGenerator<PipelineInput> {
        yield* readInputs(positionals, loadOptions)
        for (const source of jsonl) yield* readJsonl(source === '-' ? io.stdin : createReadStream(source), source === '-' ? 'stdin' : source, loadOptions)
      }
      const result = await enqueue(inputs(), {...connection, ...(values.published === undefined ? {} : {published: values.published})})
      log?.(`tidings enqueue: ${result.added} documents added, ${result.skipped} enqueued before (skipped)`)
      return 0
    }
    case 'worker': {
      const concurrency = positiveInteger(values.concurrency, '--concurrency')
      const worker = startWorker({
        ...connection,
        pipeline: (published) => tidings({corpus: [], ...(published === undefined ? {} : {published})}),
        ...(concurrency === undefined ? {} : {concurrency}),
        ...(lockDuration === undefined ? {} : {lockDuration, stalledInterval: lockDuration})
      })
      await untilStopped()
      await worker.close()
      return 0
    }
    case 'corpus': {
      const settle = positiveInteger(values.settle, '--settle')
      const corpus = startCorpus({...connection, ...(settle === undefined ? {} : {settle}), ...(lockDuration === undefined ? {} : {lockDuration})})
      await untilStopped()
      await corpus.close()
      return 0
    }
    case 'collect': {
      for (;;) {
        const counts = await status(connection)
        if (complete(counts)) break
        if (!values.wait) {
          io.stderr.write(
            `tidings collect: not finished: ${counts.clustered} of ${counts.enqueued} documents are through the corpus stage (waiting ${counts.waiting}, active ${counts.active}); is \`tidings corpus\` running? Use --wait to wait\n`
          )
          return 1
        }
        await sleep(200)
      }
      const out = values.out === undefined ? io.stdout : createWriteStream(values.out)
      for await (const line of collect(connection)) if (!out.write(line)) await once(out, 'drain')
      if (out !== io.stdout) {
        out.end()
        await once(out, 'finish')
      }
      return 0
    }
    case 'status': {
      const counts = await status(connection)
      io.stdout.write(
        `jobs waiting ${counts.waiting}\njobs active ${counts.active}\njobs failed ${counts.failed}\ndone ${counts.done}\n` +
          `enqueued ${counts.enqueued}\ndeduplicated ${counts.deduplicated}\nclustered ${counts.clustered}\n`
      )
      return 0
    }
  }
}

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new QueueUsageError(`${flag} takes a positive integer, not \`${value}\``)
  return number
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}
