import {type ChildProcess, spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {connect, createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'

export interface RedisServer {
  /** `redis://127.0.0.1:PORT`. */
  readonly url: string
  readonly port: number
  /** The data directory (the append-only file lives here). */
  readonly dir: string
  /** Stop the server (SHUTDOWN, so the append-only file is complete), keeping its data. */
  stop(): Promise<void>
  /** Start it again on the same port over the same data. */
  start(): Promise<void>
  /** Stop it and delete its data. */
  remove(): Promise<void>
}

/** The version of `redis-server` on the PATH, or undefined when there is none. */
export function redisServerVersion(): string | undefined {
  const result = spawnSync('redis-server', ['--version'], {encoding: 'utf8'})
  return result.status === 0 ? /v=(\S+)/.exec(result.stdout)?.[1] : undefined
}

/**
 * A throwaway Redis for tests and trials: `redis-server` on a free loopback port, with a temporary
 * directory and the append-only file synced on every write, so a restart loses nothing acknowledged.
 */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'tidings-redis-'))
  let child: ChildProcess | undefined
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--maxmemory-policy', 'noeviction'],
      {stdio: 'ignore'}
    )
    const started = child
    for (let attempt = 0; attempt < 100; attempt++) {
      if (started.exitCode !== null) throw new Error(`redis-server exited with code ${started.exitCode}`)
      if (await accepts(port)) return
      await sleep(50)
    }
    throw new Error(`redis-server did not start on port ${port}`)
  }
  const stop = async () => {
    const running = child
    child = undefined
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGTERM')
    await exited
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    stop,
    start,
    async remove() {
      await stop()
      rmSync(dir, {recursive: true, force: true})
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number}
      server.close(() => resolve(port))
    })
  })
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}
