import {type ChildProcess, spawn} from 'node:child_process'
import {createWriteStream, readFileSync} from 'node:fs'
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
  /** CPU seconds (user and system) of the whole process, all its threads. */
  cpuSeconds: number
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
  /**
   * CPU seconds it has used so far (user and system), in all its threads and in its main thread
   * alone (the others are V8's optimizing compiler and GC helpers, and libuv's pool), or undefined
   * where `/proc` is not there to say.
   */
  cpuSeconds(): {all: number; mainThread: number} | undefined
}

export interface StartOptions {
  /**
   * Run it in a session of its own, as a service manager starts each worker. Linux's autogroup
   * scheduler shares a busy machine's CPU between sessions: processes in one session split one
   * share. It is stopped when this process exits or is interrupted, as it gets no terminal signal.
   */
  session?: boolean
}

/** Start the `tidings` bin, for commands that run until stopped (`worker`, `corpus`). */
export function startCli(args: ReadonlyArray<string>, options: StartOptions = {}): RunningCli {
  return startNode([cli, ...args], options)
}

/** Processes started in sessions of their own that are still running. */
const sessionChildren = new Set<ChildProcess>()
const stopSessionChildren = () => {
  for (const child of sessionChildren) child.kill('SIGTERM')
}
const interrupted = (signal: NodeJS.Signals) => {
  stopSessionChildren()
  process.kill(process.pid, signal)
}

function startNode(args: ReadonlyArray<string>, options: StartOptions = {}): RunningCli {
  // The child reports its own peak RSS and CPU time as it exits, on a line of its own.
  const report = "process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\npeak-rss:'+u.maxRSS+' cpu-us:'+(u.userCPUTime+u.systemCPUTime)+'\\n')})"
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(report)}`, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: options.session === true
  })
  if (options.session) {
    if (sessionChildren.size === 0) {
      process.once('exit', stopSessionChildren)
      process.once('SIGINT', interrupted)
      process.once('SIGTERM', interrupted)
    }
    sessionChildren.add(child)
    child.once('exit', () => {
      sessionChildren.delete(child)
      if (sessionChildren.size > 0) return
      process.off('exit', stopSessionChildren)
      process.off('SIGINT', interrupted)
      process.off('SIGTERM', interrupted)
    })
  }
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  const exited = (async () => {
    const [code] = (await once(child, 'exit')) as [number]
    const seconds = (performance.now() - started) / 1000
    const figures = /peak-rss:(\d+) cpu-us:(\d+)/.exec(stderr)
    if (code !== 0 || !figures) throw new Error(`node ${args.join(' ')} failed (${code}): ${stderr.slice(0, 500)}`)
    return {seconds, peakMegabytes: Number(figures[1]) / 1024, cpuSeconds: Number(figures[2]) / 1e6}
  })()
  return {stop: () => child.kill('SIGTERM'), exited, cpuSeconds: () => processCpuSeconds(child.pid)}
}

/** User and system CPU seconds of a running process and of its main thread, from `/proc`. */
function processCpuSeconds(pid: number | undefined): {all: number; mainThread: number} | undefined {
  const all = statCpuSeconds(`/proc/${pid}/stat`)
  const mainThread = statCpuSeconds(`/proc/${pid}/task/${pid}/stat`)
  return all === undefined || mainThread === undefined ? undefined : {all, mainThread}
}

/** User and system CPU seconds from a `stat` file of `/proc` (in clock ticks of 1/100 s). */
function statCpuSeconds(path: string): number | undefined {
  try {
    const stat = readFileSync(path, 'utf8')
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return undefined
  }
}
