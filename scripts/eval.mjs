#!/usr/bin/env node
/**
 * pnpm eval [--check] [--write] [--rules] [--only NAME]
 * Runs each stage's `tidings` subcommand over the development sets and the shared scorers, and
 * prints one table of figures. Each package lists its runs and floors in `eval.json`; `--check`
 * fails when a figure falls below its floor; `--write` keeps the table in docs/quality.md and
 * refills the figures the READMEs quote from it (figures.mjs);
 * `--rules` traces the rules that fire and prints a second table of each rule's hits per set
 * (see eval-rules.mjs). Skips, saying so, when the data is absent, and refuses (exit 2) when a
 * stage's source changed since the last `pnpm build` (stale-build.mjs).
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {ruleTable, tallyRuleHits} from './eval-rules.mjs'
import {fillFigures, readFigures} from './figures.mjs'
import {changedSinceBuild} from './stale-build.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const {values} = parseArgs({
  options: {
    check: {type: 'boolean', default: false},
    write: {type: 'boolean', default: false},
    rules: {type: 'boolean', default: false},
    only: {type: 'string', multiple: true}
  }
})
if (values.write && values.only) {
  // The page and the READMEs' figures come from one table of every run; a partial one would drop the rest.
  console.error('pnpm eval: --write rewrites docs/quality.md from every run; run it without --only')
  process.exit(2)
}
const dataDirectory = [process.env.TIDINGS_DATA, resolve(root, '../shared/data')].find((path) => path && existsSync(path))
const scorerDirectory = [process.env.TIDINGS_EVAL, resolve(dataDirectory ?? root, '../eval')].find(
  (path) => path && existsSync(path)
)
if (!dataDirectory || !scorerDirectory) {
  console.log('eval: skipped, no development data (set TIDINGS_DATA, or put shared/ beside the repo)')
  process.exit(0)
}

const cli = join(root, 'packages/tidings/dist/cli.js')
const changed = changedSinceBuild(root)
if (changed.length > 0) {
  // The bin runs the stages as they were at its build: scoring it would report figures of older code.
  console.error(`pnpm eval: ${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ` and ${changed.length - 3} more` : ''} changed since the last build; run pnpm build first`)
  process.exit(2)
}
const outputDirectory = join(root, '.eval')
mkdirSync(outputDirectory, {recursive: true})

// The whole-pipeline checks of the repository root come first, then each package's runs.
const configs = [join(root, 'eval.json'), ...readdirSync(join(root, 'packages')).sort().map((pkg) => join(root, 'packages', pkg, 'eval.json'))]
const rows = []
const ruleHits = new Map()
for (const configPath of configs) {
  if (!existsSync(configPath)) continue
  for (const run of JSON.parse(readFileSync(configPath, 'utf8'))) {
    if (values.only && !values.only.some((name) => run.name.includes(name))) continue
    // A run reads a JSONL set (`data`), or a folder of .txt articles (`folder`) scored against `gold`.
    const data = join(dataDirectory, run.data ?? run.folder)
    if (!existsSync(data)) {
      rows.push({run: run.name, figure: '(data absent)', value: '', floor: '', ok: true})
      continue
    }
    const output = join(outputDirectory, run.name.replace(/[^\w.-]+/g, '_') + '.jsonl')
    // A set the stage cannot read as it is (one sentence a line) is rewritten, with its gold, first.
    const rewritten = run.sentencesFromLines ? paragraphsOfLines(data, output) : undefined
    const trace = values.rules ? ['--trace-rules'] : []
    if (run.corpusByGroup) {
      // The article stages run once over the set, then each group of article records goes through
      // a corpus stage of its own: each document alone (a set annotated article by article), or
      // each batch a field names (a feed's batch holding only a few events).
      const articles = besideOutput(output, 'articles')
      runTidings([...run.tidings, '--jsonl', data, '--out', articles, '--quiet', ...trace])
      writeFileSync(output, await corpusByGroup(articles, run.corpusByGroup, documentField(data, run.corpusByGroup.field)))
    } else {
      const inputs = run.folder ? folderInputs(data, run, output) : ['--jsonl', rewritten?.input ?? data]
      runTidings([...run.tidings, ...inputs, '--out', output, '--quiet', ...trace])
    }
    // Scorers named with a path are the repository's own; bare names are the shared ones.
    const scorer = run.scorer.includes('/') ? join(root, run.scorer) : join(scorerDirectory, run.scorer)
    const gold = run.clusterField ? goldClusters(data, run.clusterField, output) : (rewritten?.gold ?? (run.gold ? join(data, run.gold) : data))
    if (values.rules) tallyRuleHits(ruleHits, run.name, run.folder ? undefined : gold, output)
    const scores = JSON.parse(execFileSync(process.execPath, [scorer, gold, output, ...(run.scorerArgs ?? [])], {encoding: 'utf8'}))
    const figureAt = (figure) => figure.split('.').reduce((object, key) => object?.[key], scores)
    for (const [figure, floor] of Object.entries(run.figures)) {
      const value = figureAt(figure)
      rows.push({run: run.name, figure, value, floor, ok: typeof value === 'number' && value >= floor})
    }
    // Figures worth reading that have no floor of their own.
    for (const figure of run.show ?? []) rows.push({run: run.name, figure, value: JSON.stringify(figureAt(figure)), floor: '', ok: true})
  }
}

function runTidings(args) {
  try {
    execFileSync(process.execPath, [cli, ...args], {stdio: 'inherit'})
  } catch (error) {
    // Exit code 1 means some inputs gave error records; the scorer counts what they missed.
    if (error.status !== 1) throw error
  }
}

/** Each document's value of `field`, by document id. */
function documentField(path, field) {
  const values = new Map()
  for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
    const document = JSON.parse(line)
    values.set(String(document.id), document[field])
  }
  return values
}

/**
 * The records of a fresh corpus stage (`stage`, from its package's build) for each group of
 * article records that share a value of `field`, groups in the order they first appear; each
 * event id is prefixed with its group's value, so that ids stay unique in the output.
 */
async function corpusByGroup(articlesPath, {stage: stageName}, groupOf) {
  const stages = await import(join(root, 'packages', stageName, 'dist/index.js'))
  const groups = new Map()
  for (const line of readFileSync(articlesPath, 'utf8').split('\n').filter(Boolean)) {
    const record = JSON.parse(line)
    const group = String(groupOf.get(String(record.id)) ?? record.id)
    if (!groups.has(group)) groups.set(group, [])
    groups.get(group).push(record)
  }
  const lines = []
  for (const [group, records] of groups) {
    const stage = stages[stageName]()
    for await (const record of stage.transform((async function* () { yield* records })())) {
      if (record.kind === 'event') record.id = `${group}/${record.id}`
      lines.push(JSON.stringify(record) + '\n')
    }
  }
  return lines.join('')
}

/**
 * A gold file of `{id, cluster}` for a set that names each document's story in another field
 * (`event`); a document with none is a story of its own.
 */
function goldClusters(path, field, output) {
  const goldPath = besideOutput(output, 'gold')
  const lines = [...documentField(path, field)].map(([id, value]) => JSON.stringify({id, cluster: value == null ? `alone:${id}` : String(value)}))
  writeFileSync(goldPath, lines.join('\n') + '\n')
  return goldPath
}

/**
 * A set written one sentence a line (ECB+) as running text, for the segment stage: a line that ends
 * a sentence (a full stop, question or exclamation mark, maybe a closing quote or bracket) runs on
 * into the next after a space, and any other line (a headline, a dateline) stands on a line of its
 * own, as on a page. Lines that are web addresses, as the set's tokenizer left them, are dropped.
 * Writes the input documents and the gold (`{id, text, sentences}`: the lines) beside the output,
 * and returns their paths.
 */
function paragraphsOfLines(path, output) {
  const inputs = []
  const gold = []
  for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
    const {id, text} = JSON.parse(line)
    const sentences = text.split('\n').map((sentence) => sentence.trim()).filter((sentence) => sentence && !sentence.startsWith('http'))
    let joined = ''
    for (const [index, sentence] of sentences.entries()) {
      if (index > 0) joined += /[.!?]["”’')]?$/.test(sentences[index - 1]) ? ' ' : '\n'
      joined += sentence
    }
    inputs.push(JSON.stringify({id, text: joined}))
    gold.push(JSON.stringify({id, text: joined, sentences}))
  }
  const paths = {input: besideOutput(output, 'input'), gold: besideOutput(output, 'gold')}
  writeFileSync(paths.input, inputs.join('\n') + '\n')
  writeFileSync(paths.gold, gold.join('\n') + '\n')
  return paths
}

/** A file the run writes beside its output (`name` = input, gold, articles). */
function besideOutput(output, name) {
  return output.replace(/\.jsonl$/, `.${name}.jsonl`)
}

/**
 * The .txt articles of a folder; with `publishedFromGold`, as JSONL documents carrying the
 * publication date the gold file gives (null where the pipeline must get none).
 */
function folderInputs(folder, run, output) {
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()
  if (!run.publishedFromGold) return files.map((name) => join(folder, name))
  const gold = JSON.parse(readFileSync(join(folder, run.gold), 'utf8'))
  const documents = files.map((name) =>
    JSON.stringify({id: name, text: readFileSync(join(folder, name), 'utf8'), publishedAt: gold.articles[name]?.publishedAt ?? null})
  )
  const path = besideOutput(output, 'input')
  writeFileSync(path, documents.join('\n') + '\n')
  return ['--jsonl', path]
}

const table = [
  '| run | figure | value | floor | |',
  '|---|---|---:|---:|---|',
  ...rows.map((row) => `| ${row.run} | ${row.figure} | ${row.value} | ${row.floor} | ${row.ok ? 'ok' : 'BELOW'} |`)
].join('\n')
console.log(table)
if (values.rules) console.log(`\n${ruleTable(ruleHits)}`)
if (values.write) {
  const page = readFileSync(join(root, 'docs/quality.template.md'), 'utf8').replace('<!-- figures -->', table)
  writeFileSync(join(root, 'docs/quality.md'), page)
  // The figures the READMEs (and their copies in docs/stages/) quote, from the same table (figures.mjs).
  const figures = readFigures(page)
  const pages = [
    join(root, 'README.md'),
    ...readdirSync(join(root, 'packages')).map((pkg) => join(root, 'packages', pkg, 'README.md')),
    ...readdirSync(join(root, 'docs/stages')).map((name) => join(root, 'docs/stages', name))
  ]
  for (const path of pages.filter((file) => file.endsWith('.md') && existsSync(file))) {
    const text = readFileSync(path, 'utf8')
    const filled = fillFigures(text, figures)
    if (filled !== text) writeFileSync(path, filled)
  }
}
const below = rows.filter((row) => !row.ok)
if (values.check && below.length > 0) {
  console.error(`eval: ${below.length} figure(s) below their floor`)
  process.exit(1)
}
