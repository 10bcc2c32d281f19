/**
 * pnpm bench [--suite NAME] [--seconds N] [--write] [--check]
 * Runs every suite in ./suites, prints one table of rates and ratios against baselines measured
 * in the same run, `--write` keeps it in docs/benchmarks.md, `--check` fails below a target ratio.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, writeFileSync} from 'node:fs'
import {arch, cpus, totalmem} from 'node:os'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {developmentArticles, generateArticles} from './corpus.js'
import type {BenchRow, BenchSuite} from './measure.js'

const {values} = parseArgs({
  // `pnpm bench --suite x` hands the script one literal `--` before the options and
  // `pnpm bench -- --suite x` two; the script takes no positional arguments.
  args: process.argv.slice(2).filter((argument) => argument !== '--'),
  options: {
    suite: {type: 'string', multiple: true},
    seconds: {type: 'string', default: '1'},
    articles: {type: 'string', default: '400'},
    write: {type: 'boolean', default: false},
    check: {type: 'boolean', default: false},
    // Internal: run the one suite named and print its rows as JSON, for the parent run.
    rows: {type: 'boolean', default: false}
  }
})

const root = resolve(import.meta.dirname, '../../..')
const suitesDirectory = join(import.meta.dirname, 'suites')
const dataCandidates = [process.env.TIDINGS_DATA, resolve(root, '../shared/data')]
const dataDirectory = dataCandidates.find((candidate) => candidate && existsSync(candidate))

const suites: BenchSuite[] = []
for (const name of existsSync(suitesDirectory) ? readdirSync(suitesDirectory).sort() : []) {
  if (!/\.ts$/.test(name) || name.endsWith('.test.ts')) continue
  const module = (await import(join(suitesDirectory, name))) as {suite: BenchSuite}
  if (!values.suite || values.suite.includes(module.suite.name)) suites.push(module.suite)
}

// Real articles where the development data is present: rates on template text flatter every stage alike.
const realArticles = developmentArticles(dataDirectory, Number(values.articles))
const generatedArticles = generateArticles(Number(values.articles))
const context = {
  articles: realArticles ?? generatedArticles,
  generatedArticles,
  dataDirectory,
  minSeconds: Number(values.seconds)
}
if (values.rows) {
  const rowsOfSuite: BenchRow[] = []
  for (const suite of suites) rowsOfSuite.push(...(await suite.run(context)))
  process.stdout.write(JSON.stringify(rowsOfSuite))
  process.exit(0)
}

// Each suite runs in a process of its own: in one process, what the earlier suites compiled and
// left on the heap slowed the later ones unevenly (the pipeline ratio read 0.38 after the others
// and 0.48 alone).
const rows: BenchRow[] = []
for (const suite of suites) {
  process.stderr.write(`bench: ${suite.name}\n`)
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--suite', suite.name, '--rows', '--seconds', values.seconds, '--articles', values.articles],
    {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 2 ** 20}
  )
  if (child.status !== 0) throw new Error(`bench: suite ${suite.name} failed with exit code ${child.status}`)
  rows.push(...(JSON.parse(child.stdout) as BenchRow[]))
}

const table = formatTable(rows)
process.stdout.write(table + '\n')

if (values.write) {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'} (${arch()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  const page = [
    '# Benchmarks',
    '',
    'Written by `pnpm bench --write`. Each ratio compares Tidings with a baseline measured in the same run on the',
    'same articles, so the figures hold across machines better than raw rates do. Reproduce with `pnpm bench`.',
    '',
    `Machine: ${machine}. Corpus: ${context.articles.length} ${realArticles ? 'real news articles of the development data (TimeBank/AQUAINT, Giveme5W1H, the clean set’s page texts, ECB+)' : 'generated articles'}; the clean suite reads the development pages, and the events, memory and workers suites grow generated articles into corpora of tens of thousands.`,
    '',
    table,
    ''
  ].join('\n')
  writeFileSync(join(root, 'docs/benchmarks.md'), page)
}

const failures = rows.filter(
  (row) => row.target !== undefined && row.ratio !== undefined && (row.atMost ? row.ratio > row.target : row.ratio < row.target)
)
if (values.check && failures.length > 0) {
  for (const row of failures) {
    process.stderr.write(`bench: ${row.suite} ${row.name}: ratio ${row.ratio?.toFixed(2)} ${row.atMost ? 'above' : 'below'} ${row.target}\n`)
  }
  process.exitCode = 1
}

function formatTable(list: ReadonlyArray<BenchRow>): string {
  const lines = [
    '| suite | measure | articles/s | MB/s | peak MB | baseline | baseline articles/s | ratio | target |',
    '|---|---|---:|---:|---:|---|---:|---:|---:|'
  ]
  for (const row of list) {
    lines.push(
      `| ${row.suite} | ${row.name}${row.note ? ` (${row.note})` : ''} | ${fixed(row.articlesPerSecond, 1)} | ${fixed(row.megabytesPerSecond, 2)} | ${row.peakMegabytes === undefined ? '' : fixed(row.peakMegabytes, 0)} | ${row.baseline?.name ?? ''} | ${row.baseline ? fixed(row.baseline.articlesPerSecond, 1) : ''} | ${row.ratio === undefined ? '' : fixed(row.ratio, 2)} | ${row.target === undefined ? '' : `${row.atMost ? '≤' : '≥'} ${row.target}`} |`
    )
  }
  return lines.join('\n')
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits)
}
