/**
 * Adversarial size and shape, and batch faults. Each case says what was tried and what holds; the
 * table in docs/reliability.md is rendered from these cases and checked here, so it stays current
 * (`TIDINGS_WRITE_DOCS=1 pnpm vitest run packages/tidings/src/reliability.test.ts` rewrites it).
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {tidings} from './pipeline.js'

interface ShapeCase {
  input: string
  holds: string
  /** The input at a given scale; the large run is `scale` times the small one. */
  build(scale: number): {text?: string; html?: string}
  small: number
  scale: number
}

const shapes: ShapeCase[] = [
  {
    input: '100,000 one-character lines',
    holds: 'finishes in time linear in its size',
    build: (n) => ({text: 'a\n'.repeat(n)}),
    small: 10_000,
    scale: 10
  },
  {
    input: '20,000 lines, each a different sentence',
    holds: 'finishes in time linear in its size',
    build: (n) => ({text: Array.from({length: n}, (_, index) => `The river rose again near mile ${index} of the old road.`).join('\n')}),
    small: 2_000,
    scale: 10
  },
  {
    input: 'a 1 MB line without spaces',
    holds: 'finishes in time linear in its size',
    build: (n) => ({text: 'x'.repeat(n)}),
    small: 100_000,
    scale: 10
  },
  {
    input: 'a 2 MB article of news sentences',
    holds: 'finishes in time linear in its size',
    build: (n) => ({text: 'On Dec. 30 about 550 miles of road, worth $64 billion, closed for 5 p.m. talks. '.repeat(n)}),
    small: 2_500,
    scale: 10
  },
  {
    input: 'a 1.3 MB sentence of hyphenated words and no full stop',
    holds: 'finishes in time linear in its size',
    build: (n) => ({text: 'year-earlier profit rose and the day-long U.S.-led talks ended '.repeat(n)}),
    small: 2_000,
    scale: 10
  },
  {
    input: '10,000 nested HTML elements',
    holds: 'finishes in time linear in its size',
    build: (n) => ({html: `<html><body>${'<div>'.repeat(n)}<p>Deep text.</p>${'</div>'.repeat(n)}</body></html>`}),
    small: 1_000,
    scale: 10
  },
  {
    input: 'a page that is 99% script',
    holds: 'finishes in time linear in its size',
    build: (n) => ({html: `<html><body><script>${'var a = 1;\n'.repeat(n)}</script><p>The only text.</p></body></html>`}),
    small: 20_000,
    scale: 10
  }
]

const table = [
  '| what was tried | what holds |',
  '|---|---|',
  ...shapes.map(({input, holds}) => `| ${input} | ${holds} |`),
  '| a 20 MB article | an `input-too-large` error record naming the limit (pipeline option `maxInputLength`, default 8,000,000 characters) |',
  '| arbitrary Unicode: lone surrogates, NUL, control characters, BOM, RTL, combining marks, emoji, CR and CRLF | no throw; offsets inside the text, on code-point boundaries, each mention equal to the text at its offsets; cleaning invents nothing; same output twice (property tests, `properties.test.ts`) |',
  '| a malformed JSONL line, a document without text | an error record naming the line; the batch goes on; exit code 1 |',
  '| an empty, binary, non-UTF-8, missing or unreadable (a folder) file | an error record each; the batch goes on; exit code 1 |',
  '| an HTML page with no text, or only boilerplate | an `empty-input` error record, as for an empty file, and no event (`pipeline.test.ts`, `cli.test.ts`) |',
  '| a date that names no day: `--published 2025-02-30`, a document\'s `"publishedAt": "yesterday"` | the option: exit code 2; the document: kept as given with an `invalid-published-at` message, not used as the reference date |',
  '| an input stream that fails mid-way | an error record naming where it stopped |',
  '| a full output disk (`--out /dev/full`) | a message and exit code 3 |',
  '| SIGINT or SIGTERM mid-run | exit code 130; no half-written line, and no event record (one is built from every input) |',
  '| SIGINT, SIGTERM or kill -9 with `--checkpoint` (`run`, `articles`): while input comes, after it ended, among the event records | the same command run again writes the rest: the output is byte for byte that of a run never stopped (`checkpoint.test.ts`) |',
  '| a job with `--checkpoint` run again once complete | it writes nothing and exits 0 |',
  '| a worker thread that dies | error records for its inputs in flight; the other workers go on |'
].join('\n')

describe('adversarial size and shape', () => {
  const pipeline = tidings({corpus: []})

  async function seconds(document: {text?: string; html?: string}): Promise<number> {
    const started = performance.now()
    const record = await pipeline.article({id: 'big', ...document})
    expect(['article', 'error']).toContain(record.kind)
    if (record.kind === 'error') expect(record.error.code).toBe('html-needs-clean')
    return (performance.now() - started) / 1000
  }

  it.each(shapes)('$input: $holds', {timeout: 120_000}, async ({build, small, scale}) => {
    await seconds(build(small))
    const smallTime = Math.max(await seconds(build(small)), 0.002)
    const largeTime = await seconds(build(small * scale))
    // Linear with generous slack for a shared machine; quadratic growth would be 100x here.
    expect(largeTime).toBeLessThan(smallTime * scale * 4 + 0.5)
  })

  it('a 20 MB article gives an input-too-large error record', async () => {
    const record = await pipeline.article({id: 'huge', text: 'word '.repeat(4_000_000)})
    expect(record).toMatchObject({kind: 'error', error: {code: 'input-too-large'}})
  })
})

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'tidings-faults-'))

describe('batch faults', () => {
  it('reports a folder given as a file and goes on', () => {
    const good = join(folder, 'good.txt')
    writeFileSync(good, 'Fine.')
    const result = spawnSync(process.execPath, [cli, 'articles', folder, good, '--quiet'], {encoding: 'utf8'})
    expect(result.status).toBe(1)
    const records = result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line))
    expect(records.map((record) => record.kind + ':' + (record.error?.code ?? record.id))).toEqual(['error:unreadable-input', 'article:good.txt'])
  })

  it('runs its worker threads under the V8 flags the process was started with', () => {
    const result = spawnSync(process.execPath, ['--max-old-space-size=1024', cli, 'articles', '--jsonl', '-', '--workers', '2', '--quiet'], {
      input: '{"id":"a","text":"The ferry sank."}\n{"id":"b","text":"All were saved."}\n',
      encoding: 'utf8'
    })
    expect(result.status).toBe(0)
    expect(result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line).id)).toEqual(['a', 'b'])
  })

  it('exits 3 with a message when the output disk is full', () => {
    const result = spawnSync(process.execPath, [cli, 'articles', '--jsonl', '-', '--out', '/dev/full', '--quiet'], {
      input: '{"id":"a","text":"x"}\n'.repeat(5000),
      encoding: 'utf8'
    })
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('cannot write output: ENOSPC')
  })
})

describe('docs/reliability.md', () => {
  it('shows the table of what was tried and what holds', () => {
    const path = fileURLToPath(new URL('../../../docs/reliability.md', import.meta.url))
    const page = `# Reliability\n\nScraped input is hostile by accident. This table is rendered from the reliability tests\n(\`packages/tidings/src/reliability.test.ts\`) and checked by them, so it says what the tests prove.\n\n${table}\n`
    if (process.env.TIDINGS_WRITE_DOCS) writeFileSync(path, page)
    expect(readFileSync(path, 'utf8')).toBe(page)
  })
})
