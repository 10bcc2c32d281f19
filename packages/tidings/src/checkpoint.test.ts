import {type ChildProcessWithoutNullStreams, spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {type CheckpointState, CheckpointedOutput} from './checkpoint.js'

const folder = mkdtempSync(join(tmpdir(), 'tidings-resume-'))

describe('CheckpointedOutput', () => {
  const job = '{"command":"run"}'

  it('counts the closing lines only once the job is complete', () => {
    const out = join(folder, 'unit.jsonl')
    const checkpoint = join(folder, 'unit.checkpoint')
    const first = new CheckpointedOutput(out, checkpoint, job)
    first.write(['a\n'])
    first.write([])
    first.writeClosing(['event 1\n'])
    // Killed here: the closing line is in the file but not in the checkpoint.
    expect(readFileSync(out, 'utf8')).toBe('a\nevent 1\n')
    expect(JSON.parse(readFileSync(checkpoint, 'utf8'))).toMatchObject({inputsDone: 2, outputBytes: 2, complete: false})

    const second = new CheckpointedOutput(out, checkpoint, job)
    expect(readFileSync(out, 'utf8')).toBe('a\n')
    expect(second.writtenLines()).toEqual(['a'])
    second.writeClosing(['event 1\n', 'event 2\n'])
    second.close(false)
    expect(readFileSync(out, 'utf8')).toBe('a\n')
    expect(JSON.parse(readFileSync(checkpoint, 'utf8'))).toMatchObject({inputsDone: 2, outputBytes: 2, complete: false})

    const third = new CheckpointedOutput(out, checkpoint, job)
    third.writeClosing(['event 1\n', 'event 2\n'])
    third.close(true)
    expect(readFileSync(out, 'utf8')).toBe('a\nevent 1\nevent 2\n')
    expect(JSON.parse(readFileSync(checkpoint, 'utf8'))).toMatchObject({inputsDone: 2, outputBytes: 18, complete: true})
    expect(new CheckpointedOutput(out, checkpoint, job).complete).toBe(true)
  })

  it('refuses a checkpoint of another job, and one written before event records were left out of stopped jobs', () => {
    const out = join(folder, 'refused.jsonl')
    const checkpoint = join(folder, 'refused.checkpoint')
    new CheckpointedOutput(out, checkpoint, job).close(false)
    expect(() => new CheckpointedOutput(out, checkpoint, '{"command":"articles"}')).toThrow('belongs to another job')
    writeFileSync(checkpoint, JSON.stringify({version: 1, job, inputsDone: 0, outputBytes: 0, complete: false}))
    expect(() => new CheckpointedOutput(out, checkpoint, job)).toThrow('written by an earlier Tidings')
  })
})

/**
 * The real CLI, stopped at chosen points and resumed: its output must be, byte for byte, the output
 * of a run never stopped. The documents come on standard input, which the test holds open, so the
 * job is certainly mid-way when the signal lands, however fast the machine; among the event
 * records, `TIDINGS_TEST_SLOW_EVENTS_MS` holds the job long enough to be stopped there.
 */
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
// Over 256 documents, the inputs of one checkpoint; five stories, so five event records.
const stories = [
  ['Storm Alda', 'Port Elden', 'the harbour wall broke'],
  ['A fire', 'Mirovale', 'the timber yard burned down'],
  ['A strike', 'Kessburg', 'the tram drivers walked out'],
  ['A flood', 'Varnholm', 'the river Ost left its banks'],
  ['A landslide', 'Tarvo', 'the mountain road was buried']
]
const documents = Array.from({length: 300}, (_, index) => {
  const [what, where, happened] = stories[index % stories.length]!
  return JSON.stringify({
    id: `doc${index}`,
    publishedAt: `2031-03-${10 + (index % 7)}`,
    text: `${what} hit ${where} on Monday, officials said.\nBy evening ${happened}, and ${index % 40 + 10} km of road were shut for ${index % 9 + 2} days.`
  }) + '\n'
})
const allInput = documents.join('')

interface Job {
  out: string
  checkpoint: string
  args: string[]
}

function newJob(name: string, command = 'run'): Job {
  const out = join(folder, `${name}.jsonl`)
  const checkpoint = join(folder, `${name}.checkpoint`)
  return {out, checkpoint, args: [cli, command, '--jsonl', '-', '--out', out, '--checkpoint', checkpoint]}
}

function reference(command: string): string {
  const result = spawnSync(process.execPath, [cli, command, '--jsonl', '-', '--workers', '1', '--quiet'], {input: allInput, encoding: 'utf8'})
  expect(result.status).toBe(0)
  return result.stdout
}

/**
 * A job that reads standard input as the test writes it. One worker unless the test gives all its
 * input at once: worker threads hold the last inputs read until more input comes.
 */
function start(job: Job, options: {workers?: number; slowEvents?: boolean} = {}): Started {
  const env = options.slowEvents ? {...process.env, TIDINGS_TEST_SLOW_EVENTS_MS: '300'} : process.env
  return started(spawn(process.execPath, [...job.args, '--workers', String(options.workers ?? 1)], {env}))
}

interface Started {
  child: ChildProcessWithoutNullStreams
  exit: Promise<number | null>
  /** Send a signal, and wait until the job says it is stopping. */
  stop(signal: 'SIGINT' | 'SIGTERM'): Promise<void>
  /** kill -9, and wait until the job is gone. */
  kill(): Promise<unknown>
}

function started(child: ChildProcessWithoutNullStreams): Started {
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  return {
    child,
    exit,
    stop(signal) {
      child.kill(signal)
      // Handled between two turns of its event loop, which a chunk of input may fill: wait for it.
      return until(() => stderr.includes(': stopping once the inputs in progress are written'), 'the job to say it stops')
    },
    kill() {
      child.kill('SIGKILL')
      child.stdin.destroy()
      return exit
    }
  }
}

/** Resume to the end in one go. */
function finish(job: Job): number | null {
  return spawnSync(process.execPath, [...job.args, '--workers', '1', '--quiet'], {input: allInput}).status
}

function state(job: Job): CheckpointState | undefined {
  return existsSync(job.checkpoint) ? (JSON.parse(readFileSync(job.checkpoint, 'utf8')) as CheckpointState) : undefined
}

function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (condition()) resolve()
      else if (Date.now() > deadline) reject(new Error(`Waited a minute for ${what}`))
      else return
      clearInterval(poll)
    }, 10)
  })
}

/** The job has checkpointed its first inputs (so it handles signals) and waits for more input. */
const checkpointed = (job: Job) => until(() => (state(job)?.inputsDone ?? 0) > 0, 'a checkpoint')
const amongEvents = (job: Job) => until(() => existsSync(job.out) && readFileSync(job.out, 'utf8').includes('"kind":"event"'), 'an event record')

function output(job: Job): string {
  return readFileSync(job.out, 'utf8')
}

function expectSameOutput(actual: string, expected: string): void {
  expect(actual.length).toBe(expected.length)
  // Line by line first, for a readable failure.
  const expectedLines = expected.split('\n')
  const actualLines = actual.split('\n')
  for (const [index, line] of expectedLines.entries()) if (actualLines[index] !== line) expect({index, line: actualLines[index]}).toEqual({index, line})
  expect(actual).toBe(expected)
}

const timeout = {timeout: 120_000}

describe('tidings run --checkpoint, stopped and resumed', () => {
  let expected = ''
  beforeAll(() => {
    expected = reference('run')
    expect(expected.split('\n').filter((line) => line.includes('"kind":"event"'))).toHaveLength(stories.length)
  }, 60_000)

  it.each([
    ['SIGINT', 'more input comes', documents.slice(280).join('')],
    ['SIGTERM', 'the input ends', '']
  ] as const)('%s mid-input, then %s: the inputs read are written, no event record; the rerun completes the output', timeout, async (signal, _then, rest) => {
    const job = newJob(signal)
    const {child, exit, stop} = start(job)
    child.stdin.write(documents.slice(0, 280).join(''))
    await checkpointed(job)
    await stop(signal)
    // Input that comes after the signal is not taken.
    child.stdin.end(rest)
    expect(await exit).toBe(130)
    expect(state(job)).toMatchObject({complete: false})
    expect(state(job)!.inputsDone).toBeLessThanOrEqual(280)
    expect(output(job)).not.toContain('"kind":"event"')
    expect(expected.startsWith(output(job))).toBe(true)
    expect(finish(job)).toBe(0)
    expectSameOutput(output(job), expected)
  })

  it('kill -9 mid-input, SIGINT among the event records of the resumed job, then to the end; run again, it writes nothing', timeout, async () => {
    const job = newJob('chain')
    const first = start(job)
    first.child.stdin.write(documents.slice(0, 280).join(''))
    await checkpointed(job)
    await first.kill()
    expect(state(job)).toMatchObject({inputsDone: 256, complete: false})

    const second = start(job, {workers: 2, slowEvents: true})
    second.child.stdin.end(allInput)
    await amongEvents(job)
    await second.stop('SIGINT')
    expect(await second.exit).toBe(130)
    expect(state(job)).toMatchObject({inputsDone: documents.length, complete: false})
    expect(output(job)).not.toContain('"kind":"event"')

    expect(finish(job)).toBe(0)
    expectSameOutput(output(job), expected)
    const done = readFileSync(job.checkpoint, 'utf8')
    expect(finish(job)).toBe(0)
    expectSameOutput(output(job), expected)
    expect(readFileSync(job.checkpoint, 'utf8')).toBe(done)
  })

  it('kill -9 among the event records: the rerun writes them all, once', timeout, async () => {
    const job = newJob('kill-events')
    const {child, kill} = start(job, {workers: 2, slowEvents: true})
    child.stdin.end(allInput)
    await amongEvents(job)
    await kill()
    expect(output(job)).toContain('"kind":"event"')
    expect(state(job)).toMatchObject({inputsDone: documents.length, complete: false})
    expect(finish(job)).toBe(0)
    expectSameOutput(output(job), expected)
  })

  it('without a checkpoint, a job stopped mid-input writes no event record', timeout, async () => {
    const out = join(folder, 'plain.jsonl')
    const {child, exit, stop} = started(spawn(process.execPath, [cli, 'run', '--jsonl', '-', '--out', out, '--workers', '1']))
    child.stdin.write(documents.slice(0, 280).join(''))
    await until(() => existsSync(out) && readFileSync(out, 'utf8').split('\n').length > 100, 'output')
    await stop('SIGINT')
    child.stdin.end(documents.slice(280).join(''))
    expect(await exit).toBe(130)
    const written = readFileSync(out, 'utf8')
    expect(written).not.toContain('"kind":"event"')
    expect(expected.startsWith(written)).toBe(true)
  })
})

it('tidings articles --checkpoint, killed with SIGKILL mid-input, resumes to the output of a run never stopped', timeout, async () => {
  const expected = reference('articles')
  const job = newJob('articles', 'articles')
  const {child, kill} = start(job)
  child.stdin.write(documents.slice(0, 280).join(''))
  await checkpointed(job)
  await kill()
  expect(state(job)).toMatchObject({inputsDone: 256, complete: false})
  expect(finish(job)).toBe(0)
  expectSameOutput(output(job), expected)
  expect(state(job)).toMatchObject({inputsDone: documents.length, complete: true})
})
