import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'

// The built bin, spawned as a user runs it (`pnpm test` builds first).
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'tidings-cli-'))

function tidings(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    maxBuffer: 64 * 2 ** 20
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

function lines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

describe('tidings CLI', () => {
  it('prints help with examples, and exits 2 without a command', () => {
    const help = tidings(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Usage: tidings <command> [FILE...] [options]')
    expect(help.stdout).toContain('  run         the whole pipeline: article records, then event records')
    expect(tidings([]).status).toBe(2)
    const runHelp = tidings(['run', '--help'])
    expect(runHelp.stdout).toContain('Examples:\n  tidings run articles/*.txt\n')
  })

  it('rejects unknown commands, unknown options and a bad --published with exit code 2', () => {
    expect(tidings(['frobnicate'])).toMatchObject({status: 2, stderr: expect.stringContaining('unknown command `frobnicate`')})
    expect(tidings(['run', '--frob'])).toMatchObject({status: 2, stderr: expect.stringContaining("Unknown option '--frob'")})
    expect(tidings(['run', '--published', 'yesterday', '--jsonl', '-'], '')).toMatchObject({
      status: 2,
      stderr: 'tidings run: Expected `published` as YYYY-MM-DD, not `yesterday`\n'
    })
    for (const day of ['2025-13-40', '2025-02-30']) {
      expect(tidings(['dates', '--published', day, '--jsonl', '-'], '')).toMatchObject({
        status: 2,
        stderr: `tidings dates: Expected \`published\` as a day of the calendar: there is no \`${day}\`\n`
      })
    }
  })

  it('gives an empty-input error record for a page with no text, as for an empty file, and no event', () => {
    const page = join(folder, 'blank.html')
    writeFileSync(page, '<html><head><title></title></head><body><div></div></body></html>')
    const result = tidings(['run', page, '--quiet'])
    expect(result.status).toBe(1)
    expect(lines(result.stdout)).toEqual([{kind: 'error', id: 'blank.html', error: {code: 'empty-input', message: 'The page has no text'}}])
  })

  it('keeps going past bad inputs, one record each in input order, and exits 1', () => {
    const good = join(folder, 'good.txt')
    writeFileSync(good, 'The bridge opened on Monday.\n')
    const empty = join(folder, 'empty.txt')
    writeFileSync(empty, '')
    const result = tidings(['articles', good, empty, '--jsonl', '-', '--quiet'], '{"id":"j1","text":"Hi."}\n{oops\n')
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('')
    expect(lines(result.stdout).map((record) => `${record.kind}:${record.id}`)).toEqual([
      'article:good.txt',
      'error:empty.txt',
      'article:j1',
      'error:stdin:2'
    ])
  })

  it('adds the rules that fired to each line with --trace-rules, on any number of workers', () => {
    const input = '{"id":"a","text":"Dr. Ortega arrived at 3 p.m. Monday. Crews worked on."}\n'
    for (const workers of ['1', '2']) {
      const [line] = lines(tidings(['segment', '--jsonl', '-', '--trace-rules', '--workers', workers, '--quiet'], input).stdout)
      expect(line?.ruleHits).toEqual([
        {stage: 'segment', rule: 'title', start: 2, end: 3, kept: false},
        {stage: 'segment', rule: 'time-then-day', start: 27, end: 28, kept: false},
        {stage: 'segment', rule: 'full-stop', start: 35, end: 36, kept: true}
      ])
    }
    expect(lines(tidings(['segment', '--jsonl', '-', '--quiet'], input).stdout)[0]).not.toHaveProperty('ruleHits')
  })

  it('writes to --out and summarizes on standard error', () => {
    const out = join(folder, 'out.jsonl')
    const result = tidings(['articles', '--jsonl', '-', '--out', out], '{"id":"a","text":"One line."}\n')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^tidings articles: 1 records written, 0 inputs failed, \d+\.\d\ds\n$/)
    expect(lines(readFileSync(out, 'utf8'))).toMatchObject([{kind: 'article', id: 'a', text: 'One line.'}])
  })

  it('exits 3 when the output cannot be written', () => {
    const result = tidings(['articles', '--jsonl', '-', '--out', join(folder, 'no/such/dir/out.jsonl'), '--quiet'], '{"id":"a","text":"x"}\n')
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('cannot write output')
  })

  it('writes the same output for any number of workers', () => {
    const input = Array.from({length: 300}, (_, index) => JSON.stringify({id: `n${index}`, text: `Item ${index}. Water rose ${index} cm.`})).join('\n')
    const one = tidings(['articles', '--jsonl', '-', '--workers', '1', '--quiet'], input)
    const three = tidings(['articles', '--jsonl', '-', '--workers', '3', '--quiet'], input)
    expect(one.status).toBe(0)
    expect(lines(one.stdout)).toHaveLength(300)
    expect(three.stdout).toBe(one.stdout)
    expect(tidings(['articles', '--workers', 'two'], '')).toMatchObject({status: 2, stderr: 'tidings articles: --workers takes a positive integer, not `two`\n'})
  })

  it('starts without loading arktype when the options are the defaults and the documents well formed', () => {
    // Its import cost more than the rest of a one-document run (issue 21); arktype registers $ark when loaded.
    const probe = `data:text/javascript,${encodeURIComponent("process.on('exit',()=>process.stderr.write(typeof globalThis.$ark))")}`
    const result = spawnSync(process.execPath, ['--import', probe, cli, 'articles', '--jsonl', '-', '--quiet'], {input: '{"id":"a","text":"Snow fell on Monday."}\n', encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('undefined')
    const bad = spawnSync(process.execPath, ['--import', probe, cli, 'articles', '--jsonl', '-', '--quiet'], {input: '{"id":"a","text":5}\n', encoding: 'utf8'})
    expect(lines(bad.stdout)).toMatchObject([{kind: 'error', error: {code: 'invalid-document', message: 'Line 1: text must be a string (was a number)'}}])
    expect(bad.stderr).toBe('object')
  })

  it('loads the queue mode (BullMQ, ioredis) only for the queue commands', () => {
    // They cost a tenth of a one-document run's start-up; ioredis is CommonJS, so it shows in the module cache.
    const probe = `data:text/javascript,${encodeURIComponent("import m from 'node:module';process.on('exit',()=>process.stderr.write(String(Object.keys(m._cache).some((path)=>path.includes('/ioredis/')))))")}`
    const local = spawnSync(process.execPath, ['--import', probe, cli, 'articles', '--jsonl', '-', '--quiet'], {input: '{"id":"a","text":"Snow fell on Monday."}\n', encoding: 'utf8'})
    expect(local.status).toBe(0)
    expect(local.stderr).toBe('false')
    const queue = spawnSync(process.execPath, ['--import', probe, cli, 'status', '--help'], {encoding: 'utf8'})
    expect(queue.status).toBe(0)
    expect(queue.stderr).toBe('true')
  })

  it('runs from its bundle: a one-document job loads no ES module from outside dist/', () => {
    // Resolving and reading some 120 modules of the workspace packages and their dependencies was
    // a third of a one-document run's start-up.
    const hooks = "export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write(url + '\\n'); return next(url, context) }"
    const probe = `data:text/javascript,${encodeURIComponent(`import {register} from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)})`)}`
    const result = spawnSync(process.execPath, ['--import', probe, cli, 'articles', '--jsonl', '-', '--quiet'], {input: '{"id":"a","text":"Snow fell on Monday in Leeds."}\n', encoding: 'utf8'})
    expect(result.status).toBe(0)
    const modules = result.stderr.split('\n').filter(Boolean)
    expect(modules).toContain(pathToFileURL(cli).href)
    expect(modules.filter((url) => !url.startsWith(new URL('../dist/', import.meta.url).href))).toEqual([])
  })

  it('runs the stages of --stage modules, with the same output for any number of workers', () => {
    // Long enough for worker threads to start; the module's path is read from the current directory.
    const text = 'The fortnightly market opened on Monday. Traders came from the valley and the coast to sell grain.'
    const input = Array.from({length: 3000}, (_, index) => JSON.stringify({id: `s${index}`, text, publishedAt: '2024-03-06'})).join('\n')
    const args = ['articles', '--jsonl', '-', '--stage', './src/stage-module.fixture.mjs', '--quiet']
    const one = tidings([...args, '--workers', '1'], input)
    expect(one.status).toBe(0)
    expect(lines(one.stdout)[0]).toMatchObject({extensions: {words: 17}, dates: [{text: 'fortnightly', value: 'P2W'}, {text: 'Monday'}]})
    expect(tidings([...args, '--workers', '2'], input).stdout).toBe(one.stdout)
    expect(tidings(['articles', '--stage', './no-such-stage.mjs'], '')).toMatchObject({status: 2, stderr: expect.stringMatching(/^tidings articles: --stage: Cannot find module/)})
  })

  it('configures a built-in stage that a --stage module names, rather than running it a second time', () => {
    const input = JSON.stringify({id: 'f', text: 'The fortnightly market opened on Monday.', publishedAt: '2024-03-06'})
    const result = tidings(['dates', '--jsonl', '-', '--stage', './src/stage-module.fixture.mjs', '--trace-rules', '--quiet'], input)
    expect(lines(result.stdout)[0]?.ruleHits).toEqual([
      {stage: 'dates', rule: 'weekday', start: 33, end: 39, kept: true},
      {stage: 'dates', rule: 'fortnightly', start: 4, end: 15, kept: true}
    ])
  })

  it('refuses --checkpoint without --out, or for a command whose output cannot rebuild its state', () => {
    expect(tidings(['articles', '--jsonl', '-', '--checkpoint', join(folder, 'c.json')], '')).toMatchObject({
      status: 2,
      stderr: 'tidings articles: --checkpoint needs --out FILE\n'
    })
  })
})
