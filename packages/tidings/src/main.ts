import {createReadStream, createWriteStream} from 'node:fs'
import type {Readable, Writable} from 'node:stream'
import {parseArgs} from 'node:util'
import type {PipelineInput, TidingsRecord} from '@tidings/core'
import {availableCommands, type Command} from './commands.js'
import {readInputs, readJsonl} from './load.js'
import {tidings} from './pipeline.js'
import type {ArticleStageName} from './stages.js'

/** Exit codes: what happened, for scripts. */
export const exitCodes = {ok: 0, someInputsFailed: 1, usage: 2, outputFailed: 3} as const

const optionSpec = {
  jsonl: {type: 'string', multiple: true},
  out: {type: 'string', short: 'o'},
  published: {type: 'string'},
  'ignore-html': {type: 'boolean', default: false},
  clean: {type: 'boolean', default: false},
  quiet: {type: 'boolean', short: 'q', default: false},
  help: {type: 'boolean', short: 'h', default: false}
} as const

const optionHelp = `Input:
  FILE...               .txt (one paragraph a line), .html pages, or .jsonl files of documents
  --jsonl FILE          JSONL of documents {id, text|html, publishedAt?, title?, url?, source?};
                        '-' reads standard input (also the default when no input is named and
                        standard input is not a terminal). Article records are accepted too.
  --published DATE      reference date (YYYY-MM-DD) for documents without publishedAt
  --ignore-html         process a JSONL document's text even when it has html as well
  --clean               stage commands: clean the text first (needed for HTML input)
Output:
  -o, --out FILE        write JSONL to FILE instead of standard output
  -q, --quiet           no summary on standard error
  -h, --help            this help
Exit codes: 0 all inputs processed, 1 some inputs gave error records, 2 usage error,
3 the output could not be written.`

function mainHelp(): string {
  const commandLines = availableCommands()
    .map((command) => `  ${command.name.padEnd(12)}${command.summary}`)
    .join('\n')
  return `tidings: raw news text to structured event records

Usage: tidings <command> [FILE...] [options]

Commands:
${commandLines}

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
  stderr: Writable
}

/** The `tidings` command line; returns the exit code. */
export async function main(argv: ReadonlyArray<string>, io: CliIo = process): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp())
    return name === undefined ? exitCodes.usage : exitCodes.ok
  }
  const command = availableCommands().find((candidate) => candidate.name === name)
  if (!command) {
    io.stderr.write(`tidings: unknown command \`${name}\`\n\n${mainHelp()}`)
    return exitCodes.usage
  }
  let parsed: ReturnType<typeof parseArgs<{options: typeof optionSpec; allowPositionals: true}>>
  try {
    parsed = parseArgs({args: rest, options: optionSpec, allowPositionals: true})
  } catch (error) {
    io.stderr.write(`tidings ${command.name}: ${(error as Error).message}\n`)
    return exitCodes.usage
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(commandHelp(command))
    return exitCodes.ok
  }

  let pipeline: ReturnType<typeof tidings>
  try {
    const stages: ArticleStageName[] = values.clean && !command.stages.includes('clean') ? ['clean', ...command.stages] : [...command.stages]
    pipeline = tidings({
      stages,
      corpus: command.corpus,
      ...(values.published === undefined ? {} : {published: values.published})
    })
  } catch (error) {
    io.stderr.write(`tidings ${command.name}: ${(error as Error).message}\n`)
    return exitCodes.usage
  }

  const jsonlSources = values.jsonl ?? (positionals.length === 0 && !io.stdin.isTTY ? ['-'] : [])
  if (positionals.length === 0 && jsonlSources.length === 0) {
    io.stderr.write(`tidings ${command.name}: name input files or --jsonl FILE\n\n${commandHelp(command)}`)
    return exitCodes.usage
  }
  const loadOptions = {ignoreHtml: values['ignore-html']}
  async function* inputs(): AsyncGenerator<PipelineInput> {
    yield* readInputs(positionals, loadOptions)
    for (const source of jsonlSources) {
      yield* source === '-' ? readJsonl(io.stdin, 'stdin', loadOptions) : readJsonl(createReadStream(source), source, loadOptions)
    }
  }

  const output: Writable = values.out === undefined ? io.stdout : createWriteStream(values.out)
  let outputError: Error | undefined
  output.on('error', (error) => {
    outputError = error
  })
  const started = performance.now()
  let records = 0
  let errors = 0
  for await (const record of pipeline.run(inputs())) {
    if (outputError) break
    if (record.kind === 'error') errors++
    const line = record.kind === 'error' ? record : command.output(record as TidingsRecord)
    if (line === undefined) continue
    records++
    if (!output.write(JSON.stringify(line) + '\n')) await settled(output, 'drain')
  }
  if (output !== io.stdout) {
    output.end()
    await settled(output, 'finish')
  }
  if (outputError) {
    io.stderr.write(`tidings ${command.name}: cannot write output: ${outputError.message}\n`)
    return exitCodes.outputFailed
  }
  if (!values.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    io.stderr.write(`tidings ${command.name}: ${records} records written, ${errors} inputs failed, ${seconds}s\n`)
  }
  return errors > 0 ? exitCodes.someInputsFailed : exitCodes.ok
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
