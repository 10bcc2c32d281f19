/**
 * The queue mode broken on purpose: real redis-server, real BullMQ, the built CLI in separate
 * processes. Three workers over 2,000 documents, one killed with SIGKILL half-way; the corpus
 * process killed and started again; Redis stopped for five seconds and started again over its
 * append-only file. The collected records must be those of a local `tidings run`, byte for byte.
 */
import {type ChildProcess, spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {fileURLToPath} from 'node:url'
import {type QueueStatus, type RedisServer, redisServerVersion, startRedisServer, status} from '@tidings/queue'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {queueDocuments} from './queue-documents.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const version = redisServerVersion()
if (!version) console.warn('queue CLI tests skipped: no redis-server on the PATH (Debian: apt-get install redis-server)')

interface Running {
  child: ChildProcess
  stderr: string
}

describe.skipIf(!version)('tidings enqueue, worker, corpus and collect, with things breaking', () => {
  let server: RedisServer
  const folder = mkdtempSync(join(tmpdir(), 'tidings-queue-'))
  const running: Running[] = []

  function start(args: string[]): Running {
    const child = spawn(process.execPath, [cli, ...args, '--redis', server.url, '--lock-duration', '2000'], {stdio: ['ignore', 'ignore', 'pipe']})
    const entry: Running = {child, stderr: ''}
    child.stderr!.on('data', (chunk: Buffer) => {
      entry.stderr += chunk.toString()
    })
    running.push(entry)
    return entry
  }

  async function stop(entry: Running, signal: NodeJS.Signals): Promise<void> {
    if (entry.child.exitCode !== null || entry.child.signalCode !== null) return
    const exited = new Promise((resolve) => entry.child.once('exit', resolve))
    entry.child.kill(signal)
    await exited
  }

  beforeAll(async () => {
    server = await startRedisServer()
  })
  afterAll(async () => {
    for (const entry of running) await stop(entry, 'SIGKILL')
    await server?.remove()
    rmSync(folder, {recursive: true, force: true})
  })

  it('collects the records of a local run after a worker, the corpus process and Redis go down', {timeout: 300_000}, async () => {
    const input = join(folder, 'documents.jsonl')
    writeFileSync(input, queueDocuments(2000).map((document) => `${JSON.stringify(document)}\n`).join(''))
    const local = spawnSync(process.execPath, [cli, 'run', '--jsonl', input, '--out', join(folder, 'local.jsonl'), '--quiet'])
    expect(local.status).toBe(0)

    const enqueued = spawnSync(process.execPath, [cli, 'enqueue', '--jsonl', input, '--redis', server.url], {encoding: 'utf8'})
    expect(enqueued.stderr).toBe('tidings enqueue: 2000 documents added, 0 enqueued before (skipped)\n')
    const again = spawnSync(process.execPath, [cli, 'enqueue', '--jsonl', input, '--redis', server.url], {encoding: 'utf8'})
    expect(again.stderr).toBe('tidings enqueue: 0 documents added, 2000 enqueued before (skipped)\n')

    const workers = [start(['worker']), start(['worker']), start(['worker'])]
    let corpus = start(['corpus', '--settle', '500'])
    const broken = {worker: false, corpus: false, redis: false}
    let counts: QueueStatus
    for (;;) {
      counts = await status({redis: server.url})
      if (counts.clustered === 2000) break
      if (!broken.worker && counts.done >= 1000) {
        broken.worker = true
        await stop(workers[0]!, 'SIGKILL')
      } else if (!broken.corpus && counts.deduplicated >= 1100) {
        broken.corpus = true
        await stop(corpus, 'SIGKILL')
        corpus = start(['corpus', '--settle', '500'])
      } else if (!broken.redis && counts.done >= 1400) {
        broken.redis = true
        await server.stop()
        await sleep(5000)
        await server.start()
      }
      await sleep(100)
    }
    expect(broken).toEqual({worker: true, corpus: true, redis: true})
    expect(counts).toMatchObject({waiting: 0, active: 0, done: 2000, failed: 0, enqueued: 2000, deduplicated: 2000})

    const collected = spawnSync(process.execPath, [cli, 'collect', '--redis', server.url, '--out', join(folder, 'queue.jsonl')])
    expect(collected.status).toBe(0)
    // Byte for byte: the same lines in the same order, articles then events.
    expect(readFileSync(join(folder, 'queue.jsonl'), 'utf8') === readFileSync(join(folder, 'local.jsonl'), 'utf8')).toBe(true)

    for (const entry of [...workers.slice(1), corpus]) await stop(entry, 'SIGTERM')
    // The code is the first error the connection saw: the reset of the stop, a write it broke off
    // (a job's records are one large command), or a refused reconnect.
    expect(workers[1]!.stderr).toMatch(/tidings worker: Redis at redis:\/\/127\.0\.0\.1:\d+ is unavailable \((ECONNRESET|EPIPE|ECONNREFUSED)\); waiting for it\n/)
    expect(workers[1]!.stderr).toContain(`tidings worker: Redis at ${server.url} is back\n`)
    expect(workers[1]!.child.exitCode).toBe(0)
  })

  it('needs --redis, and collects nothing from a prefix no run used', () => {
    expect(spawnSync(process.execPath, [cli, 'worker'], {encoding: 'utf8'})).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('tidings worker: --redis URL is required')
    })
    const other = spawnSync(process.execPath, [cli, 'collect', '--redis', server.url, '--prefix', 'empty-run'], {encoding: 'utf8'})
    expect(other).toMatchObject({status: 0, stdout: ''})
  })
})
