import {createReadStream, writeFileSync} from 'node:fs'
import {createInterface} from 'node:readline'
import type {Readable, Writable} from 'node:stream'
import {parseArgs} from 'node:util'
import type {TidingsRecord} from '@tidings/core'
import {renderReport} from './report.js'

export const reportHelp = `tidings report: one self-contained HTML page of event records

Usage: tidings report RECORDS.jsonl [-o report.html]

  RECORDS.jsonl         records written by \`tidings run\` (article records give the sentences
                        that clicking a mention shows); '-' or none reads standard input
  -o, --out FILE        write the page to FILE instead of standard output
  --title TEXT          the page's title (default: Tidings report)
  -h, --help            this help

Examples:
  tidings run articles/*.txt --out records.jsonl && tidings report records.jsonl -o report.html
  tidings run --jsonl feed.jsonl | tidings report -o today.html
`

/** `tidings report`: records in, an HTML page out. Returns the exit code. */
export async function report(
  args: ReadonlyArray<string>,
  io: {stdin: Readable; stdout: Writable; stderr: Writable}
): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {out: {type: 'string', short: 'o'}, title: {type: 'string'}, help: {type: 'boolean', short: 'h', default: false}}
    })
  } catch (error) {
    io.stderr.write(`tidings report: ${(error as Error).message}\n`)
    return 2
  }
  if (parsed.values.help) {
    io.stdout.write(reportHelp)
    return 0
  }
  const records: TidingsRecord[] = []
  let skipped = 0
  const sources = parsed.positionals.length > 0 ? parsed.positionals : ['-']
  for (const source of sources) {
    const lines = createInterface({input: source === '-' ? io.stdin : createReadStream(source), crlfDelay: Number.POSITIVE_INFINITY})
    try {
      for await (const line of lines) {
        if (!line.trim()) continue
        try {
          records.push(JSON.parse(line) as TidingsRecord)
        } catch {
          skipped++
        }
      }
    } catch (error) {
      io.stderr.write(`tidings report: cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`)
      return 1
    }
  }
  const page = renderReport(records, parsed.values.title)
  if (parsed.values.out === undefined) io.stdout.write(page)
  else {
    try {
      writeFileSync(parsed.values.out, page)
    } catch (error) {
      io.stderr.write(`tidings report: cannot write ${parsed.values.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`)
      return 3
    }
  }
  if (skipped > 0) io.stderr.write(`tidings report: skipped ${skipped} lines that are not JSON\n`)
  return skipped > 0 ? 1 : 0
}
