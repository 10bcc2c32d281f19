import {createReadStream, createWriteStream, statSync} from 'node:fs'
import type {Readable, Writable} from 'node:stream'
import {parseArgs} from 'node:util'
import type {PipelineInput, TidingsRecord} from '@tidings/core'
import {batchThreads, type BatchOptions, processBatch, processBatchLines} from './batch.js'
import {CheckpointedOutput} from './checkpoint.js'
import {availableCommands, type Command} from './commands.js'
import {readInputs, readJsonl} from './load.js'
import {loadStageModules, tidings} from './pipeline.js'
import {Progress} from './progress.js'
import {queueCommands} from './queue-names.js'
import type {ArticleStageName} from './stages.js'
import type {PluggableList} from 'unified'

/** Exit codes: what happened, for scripts. */
export const exitCodes = {ok: 0, someInputsFailed: 1, usage: 2, outputFailed: 3, interrupted: 130} as const

const optionSpec = {
  jsonl: {type: 'string', multiple: true},
  out: {type: 'string', short: 'o'},
  published: {type: 'string'},
  'ignore-html': {type: 'boolean', default: false},
  clean: {type: 'boolean', default: false},
  'trace-rules': {type: 'boolean', default: false},
  workers: {type: 'string'},
  stage: {type: 'string', multiple: true},
  checkpoint: {type: 'string'},
  quiet: {type: 'boolean', short: 'q', default: false},
  help: {type: 'boolean', short: 'h', default: false}
} as const

const optionHelp = `Input:
  FILE...               .txt (one paragraph a line), .html pages, or .jsonl files of documents
  --jsonl FILE          JSONL of documents {id, text|html, publishedAt?, title?, url?, source?};
                        '-' reads standard input (also the default when no input is named and
                        standard input is not a terminal). Article records are accepted too.
  --published DATE      reference date (YYYY-MM-DD) for documents whose publishedAt and page
                        give none
  --ignore-html         process a JSONL document's text even when it has html as well
  --clean               stage commands: clean the text first (needed for HTML input)
  --trace-rules         add ruleHits to each line: every rule that fired, where, and whether it
                        kept or rejected a candidate
Output:
  -o, --out FILE        write JSONL to FILE instead of standard output
  --checkpoint FILE     make the job resumable: run the same command again after a crash, a
                        kill or Ctrl-C and it finishes with every record written exactly once;
                        run again once complete, it writes nothing (needs --out)
  -q, --quiet           no progress and no summary on standard error
Running:
  --workers N           threads for the per-article stages, this one included (default: the
                        cores available, and worker threads only while a core is idle); worker
                        threads start once the input is long enough to gain from them; the
                        output is the same for any N
  --stage MODULE        run your own per-article stage after the built-in ones, on every thread:
                        a module whose default export is a unified plugin, [plugin, options] or
                        a list of them (repeatable; see docs/custom-stages.md)
  -h, --help            this help
Exit codes: 0 all inputs processed, 1 some inputs gave error records, 2 usage error,
3 the output could not be written, 130 stopped by SIGINT or SIGTERM (resumable with --checkpoint).`

function mainHelp(): string {
  const commandLines = availableCommands()
    .map((command) => `  ${command.name.padEnd(12)}${command.summary}`)
    .join('\n')
  const reportLine = `  ${'report'.padEnd(12)}one self-contained HTML page of event records`
  const queueLines = Object.entries(queueCommands)
    .map(([name, summary]) => `  ${name.padEnd(12)}${summary}`)
    .join('\n')
  return `tidings: raw news text to structured event records

Usage: tidings <command> [FILE...] [options]

Commands:
${commandLines}
${reportLine}

Queue mode (BullMQ over Redis; docs/scale-out.md):
${queueLines}

Run \`tidings <command> --help\` for a command's options and examples.

Examples:
  tidings run examples/sample/*.txt
  tidings dates --jsonl articles.jsonl --published 2024-01-04 --out dates.jsonl
`
}

function commandHelp(command: Command): string {
  return `tidings ${command.name}: ${command.summary}

Usage: tidings ${command.name} [FILE...] [options]

${optionHelp}

Examples:
${command.examples.map((example) => `  ${example}`).join('\n')}
`
}

export interface CliIo {
  stdin: Readable & {isTTY?: boolean}
  stdout: Writable
  stderr: Writable & {isTTY?: boolean}
}

class UsageError extends Error {}

/**
 * Tests only: wait this many milliseconds before each event record, so that a test can stop a job
 * among its event records on a machine of any speed.
 */
const slowEventsForTests = Number(process.env.TIDINGS_TEST_SLOW_EVENTS_MS ?? 0)

/** The `tidings` command line; returns the exit code. */
export async function main(argv: ReadonlyArray<string>, io: CliIo = process): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp())
    return name === undefined ? exitCodes.usage : exitCodes.ok
  }
  if (name === 'report') {
    const {report} = await import('./report-command.js')
    return report(rest, io)
  }
  if (Object.hasOwn(queueCommands, name)) {
    const {queueCommand} = await import('./queue-command.js')
    return queueCommand(name as keyof typeof queueCommands, rest, io)
  }
  const command = availableCommands().find((candidate) => candidate.name === name)
  if (!command) {
    io.stderr.write(`tidings: unknown command \`${name}\`\n\n${mainHelp()}`)
    return exitCodes.usage
  }
  try {
    return await runCommand(command, rest, io)
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof TypeError)) throw error
    io.stderr.write(`tidings ${command.name}: ${error.message}\n`)
    return exitCodes.usage
  }
}

async function runCommand(command: Command, args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: [...args], options: optionSpec, allowPositionals: true})
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(commandHelp(command))
    return exitCodes.ok
  }
  // Left out, the batch picks the count, and starts workers only while a core is idle.
  const workers = values.workers === undefined ? undefined : Number(values.workers)
  const stages: ArticleStageName[] = values.clean && !command.stages.includes('clean') ? ['clean', ...command.stages] : [...command.stages]
  const options = {
    stages,
    corpus: command.corpus,
    ...(values.published === undefined ? {} : {published: values.published}),
    ...(values['trace-rules'] ? {traceRules: true} : {}),
    ...(values.stage ? {stageModules: values.stage} : {})
  }
  // Bad options, and stage modules that fail to load or to attach, fail here, before any input is
  // read. The built-in stages take no options from the command line: attaching them here too
  // would build their word lists twice.
  tidings({...options, stages: [], corpus: [], extraArticleStages: await stageModules(values.stage ?? [])})
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) throw new UsageError(`--workers takes a positive integer, not \`${values.workers}\``)

  const jsonlSources = values.jsonl ?? (positionals.length === 0 && !io.stdin.isTTY ? ['-'] : [])
  if (positionals.length === 0 && jsonlSources.length === 0) {
    throw new UsageError(`name input files or --jsonl FILE\n\n${commandHelp(command)}`)
  }
  if (values.checkpoint !== undefined && values.out === undefined) throw new UsageError('--checkpoint needs --out FILE')
  if (values.checkpoint !== undefined && command.corpus.length > 0 && !command.writesArticleRecords) {
    throw new UsageError(`--checkpoint works with commands that write article records (run, articles), not ${command.name}`)
  }

  const loadOptions = {ignoreHtml: values['ignore-html']}
  let stopping = false
  const onSignal = () => {
    stopping = true
    if (!values.quiet) {
      io.stderr.write(`${io.stderr.isTTY ? '\r\u001b[K' : ''}tidings ${command.name}: stopping once the inputs in progress are written; the same signal again stops at once\n`)
    }
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  // What identifies the job's output; workers and display options may change between runs.
  const job = JSON.stringify({
    command: command.name,
    positionals,
    jsonl: values.jsonl ?? [],
    published: values.published ?? null,
    ignoreHtml: values['ignore-html'],
    clean: values.clean,
    traceRules: values['trace-rules'],
    ...(values.stage ? {stage: values.stage} : {})
  })
  const resumable = values.checkpoint === undefined ? undefined : openCheckpoint(values.out as string, values.checkpoint, job)
  if (resumable?.complete) {
    resumable.close(true)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    if (!values.quiet) io.stderr.write(`tidings ${command.name}: the job is complete (${values.checkpoint}); nothing to write\n`)
    return exitCodes.ok
  }
  const skip = resumable?.inputsDone ?? 0
  // On resume, the corpus stages rebuild their state from the article records already written.
  const replay = (command.corpus.length > 0 ? (resumable?.writtenLines() ?? []) : []).map((line) => JSON.parse(line) as PipelineInput)

  let inputsExhausted = false
  async function* inputs(): AsyncGenerator<PipelineInput> {
    let index = 0
    yield* replay
    const sources: Array<AsyncIterable<PipelineInput>> = [readInputs(positionals, loadOptions)]
    for (const source of jsonlSources) {
      sources.push(source === '-' ? readJsonl(io.stdin, 'stdin', loadOptions) : readJsonl(createReadStream(source), source, loadOptions))
    }
    for (const source of sources) {
      for await (const input of source) {
        if (stopping) return
        if (index++ < skip) continue
        yield input
      }
    }
    inputsExhausted = true
  }

  const stream: Writable | undefined = resumable ? undefined : values.out === undefined ? io.stdout : createWriteStream(values.out)
  let outputError: Error | undefined
  stream?.on('error', (error) => {
    outputError = error
  })
  const onlyFiles = jsonlSources.length === 0
  const progress = new Progress(io.stderr, onlyFiles ? positionals.length - skip : undefined, !values.quiet)
  let replayLeft = replay.length
  let records = 0
  let closingRecords = 0
  // The lines that come in one turn of the event loop (a worker's batch) go out in one write: a
  // write a line was a third of the main thread's work with two workers.
  let corked = false
  const uncork = () => {
    if (!corked) return
    corked = false
    stream?.uncork()
  }
  let brokenOff = false
  // The files' sizes tell the default worker count whether the job is long enough for workers.
  const inputCharacters = skip === 0 && !jsonlSources.includes('-') ? fileSizes([...positionals, ...jsonlSources]) : undefined
  const batchOptions = {...options, ...(workers === undefined ? {} : {workers}), ...(inputCharacters === undefined ? {} : {inputCharacters})}
  for await (const {kind, line} of outputLines(command, inputs(), batchOptions)) {
    if (outputError) break
    const completesInput = kind !== 'event'
    if (!completesInput && slowEventsForTests > 0) await new Promise((resolve) => setTimeout(resolve, slowEventsForTests))
    // Event records are built from every input: a job stopped before or among them writes none of them.
    if (!completesInput && stopping) {
      brokenOff = true
      break
    }
    if (completesInput && replayLeft > 0) {
      replayLeft--
      continue
    }
    if (completesInput) progress.record(kind === 'error')
    const lines = line === undefined ? [] : [line]
    if (completesInput) records += lines.length
    else closingRecords += lines.length
    if (resumable) {
      if (completesInput) resumable.write(lines)
      else resumable.writeClosing(lines)
    } else if (lines[0] !== undefined && stream) {
      if (!corked) {
        stream.cork()
        corked = true
        setImmediate(uncork)
      }
      if (!stream.write(lines[0])) {
        uncork()
        await settled(stream, 'drain')
      }
    }
  }
  uncork()
  process.off('SIGINT', onSignal)
  process.off('SIGTERM', onSignal)
  const complete = inputsExhausted && !brokenOff && !outputError
  // A signal that comes once every record is written stops nothing.
  const stopped = stopping && !complete
  if (resumable) resumable.close(complete)
  else if (stream && stream !== io.stdout) {
    stream.end()
    await settled(stream, 'finish')
  }
  if (outputError) {
    io.stderr.write(`tidings ${command.name}: cannot write output: ${outputError.message}\n`)
    return exitCodes.outputFailed
  }
  // A stopped job's checkpoint drops the closing records it wrote; a plain output keeps them.
  const written = records + (resumable && !complete ? 0 : closingRecords)
  if (!values.quiet) io.stderr.write(progress.summary(`tidings ${command.name}${stopped ? ' (stopped)' : ''}`, written))
  if (stopped) return exitCodes.interrupted
  return progress.failed > 0 ? exitCodes.someInputsFailed : exitCodes.ok
}

/**
 * The command's output, one entry per record: its JSON line with the newline, or none. Jobs without
 * corpus stages get their lines made on the worker threads, as UTF-8; the others pass records
 * through the corpus stages here.
 */
async function* outputLines(
  command: Command,
  inputs: AsyncIterable<PipelineInput>,
  options: BatchOptions
): AsyncGenerator<{kind: TidingsRecord['kind']; line: string | Uint8Array | undefined}> {
  if (batchThreads(options) > 1 && command.corpus.length === 0) {
    for await (const {kind, line} of processBatchLines(inputs, command.name, options)) yield {kind, line: line.length === 0 ? undefined : line}
    return
  }
  for await (const record of processBatch(inputs, options)) {
    const shown = record.kind === 'error' ? record : command.output(record)
    yield {kind: record.kind, line: shown === undefined ? undefined : JSON.stringify(shown) + '\n'}
  }
}

/** The files' bytes in all, about their characters; a file that cannot be read counts nothing (it becomes an error record). */
function fileSizes(paths: ReadonlyArray<string>): number {
  let bytes = 0
  for (const path of paths) {
    try {
      bytes += statSync(path).size
    } catch {
      // Reported by the loader, in the file's place.
    }
  }
  return bytes
}

async function stageModules(specifiers: ReadonlyArray<string>): Promise<PluggableList> {
  try {
    return await loadStageModules(specifiers)
  } catch (error) {
    throw new UsageError(`--stage: ${(error as Error).message}`)
  }
}

function openCheckpoint(out: string, checkpoint: string, job: string): CheckpointedOutput {
  try {
    return new CheckpointedOutput(out, checkpoint, job)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/** Wait for `event`, or for the error that replaces it (the error itself is kept by the caller's listener). */
function settled(stream: Writable, event: 'drain' | 'finish'): Promise<void> {
  if (stream.errored) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      stream.off(event, done)
      stream.off('error', done)
      resolve()
    }
    stream.once(event, done)
    stream.once('error', done)
  })
}
