import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runCli, writeDocuments} from '../cli-run.js'
import type {BenchSuite} from '../measure.js'

/** Issue 8: peak memory for 200,000 articles streamed through `tidings articles` within 1.5x that for 2,000. */
export const suite: BenchSuite = {
  name: 'memory',
  async run() {
    const folder = mkdtempSync(join(tmpdir(), 'tidings-bench-memory-'))
    const measure = async (count: number) => {
      const input = join(folder, `in-${count}.jsonl`)
      const bytes = await writeDocuments(input, count)
      const run = await runCli(['articles', '--jsonl', input, '--out', '/dev/null', '--quiet'])
      rmSync(input)
      return {count, bytes, ...run}
    }
    const small = await measure(2000)
    const large = await measure(200_000)
    rmSync(folder, {recursive: true, force: true})
    return [
      {
        suite: 'memory',
        name: `peak memory, ${large.count} vs ${small.count} articles`,
        articlesPerSecond: large.count / large.seconds,
        megabytesPerSecond: large.bytes / large.seconds / 1e6,
        peakMegabytes: large.peakMegabytes,
        baseline: {name: `${small.count} articles (${small.peakMegabytes.toFixed(0)} MB peak)`, articlesPerSecond: small.count / small.seconds},
        ratio: large.peakMegabytes / small.peakMegabytes,
        target: 1.5,
        atMost: true
      }
    ]
  }
}
