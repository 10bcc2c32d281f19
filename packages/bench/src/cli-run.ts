import {spawn} from 'node:child_process'
import {createWriteStream} from 'node:fs'
import {once} from 'node:events'
import {createRequire} from 'node:module'
import {performance} from 'node:perf_hooks'
import {generateArticles} from './corpus.js'

const cli = createRequire(import.meta.url).resolve('tidings').replace(/index\.js$/, 'cli.js')

/** A JSONL file of `count` documents cycling through generated articles, written as a stream. */
export async function writeDocuments(path: string, count: number, pool: ReadonlyArray<string> = generateArticles(500)): Promise<number> {
  const out = createWriteStream(path)
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const line = JSON.stringify({id: `a${index}`, text: `${pool[index % pool.length]}\nFiled as number ${index}.`, publishedAt: '2025-03-10'}) + '\n'
    bytes += line.length
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return bytes
}

export interface CliRun {
  seconds: number
  /** Peak resident memory of the whole process, worker threads included. */
  peakMegabytes: number
}

/** Run the `tidings` bin as a user would and measure its wall time and peak memory. */
export async function runCli(args: ReadonlyArray<string>): Promise<CliRun> {
  return startCli(args).exited
}

/** Run Node on `args` (a script and its arguments, or `-e CODE`) and measure its wall time and peak memory. */
export async function runNode(args: ReadonlyArray<string>): Promise<CliRun> {
  return startNode(args).exited
}

export interface RunningCli {
  /** Ask it to stop (SIGTERM), as a user stops a worker. */
  stop(): void
  /** Its wall time and peak memory once it exits; rejects when it fails. */
  exited: Promise<CliRun>
}

/** Start the `tidings` bin, for commands that run until stopped (`worker`, `corpus`). */
export function startCli(args: ReadonlyArray<string>): RunningCli {
  return startNode([cli, ...args])
}

function startNode(args: ReadonlyArray<string>): RunningCli {
  // The child reports its own peak RSS as it exits, on a line of its own.
  const report = "process.on('exit',()=>process.stderr.write('\\npeak-rss:'+process.resourceUsage().maxRSS+'\\n'))"
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(report)}`, ...args], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  const exited = (async () => {
    const [code] = (await once(child, 'exit')) as [number]
    const seconds = (performance.now() - started) / 1000
    const peak = /peak-rss:(\d+)/.exec(stderr)
    if (code !== 0 || !peak) throw new Error(`node ${args.join(' ')} failed (${code}): ${stderr.slice(0, 500)}`)
    return {seconds, peakMegabytes: Number(peak[1]) / 1024}
  })()
  return {stop: () => child.kill('SIGTERM'), exited}
}
