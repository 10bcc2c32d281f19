import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runCli, writeDocuments} from '../cli-run.js'
import type {BenchSuite} from '../measure.js'

/** Issue 8: `--workers 2` gives at least 1.7x the throughput of `--workers 1` on a 2-core machine. */
export const suite: BenchSuite = {
  name: 'workers',
  async run() {
    const folder = mkdtempSync(join(tmpdir(), 'tidings-bench-workers-'))
    const input = join(folder, 'in.jsonl')
    const count = 4000
    const bytes = await writeDocuments(input, count)
    const timeWith = (workers: number) => runCli(['articles', '--jsonl', input, '--out', '/dev/null', '--workers', String(workers), '--quiet'])
    const one = await timeWith(1)
    const two = await timeWith(2)
    rmSync(folder, {recursive: true, force: true})
    return [
      {
        suite: 'workers',
        name: 'tidings articles --workers 2',
        articlesPerSecond: count / two.seconds,
        megabytesPerSecond: bytes / two.seconds / 1e6,
        peakMegabytes: two.peakMegabytes,
        baseline: {name: '--workers 1', articlesPerSecond: count / one.seconds},
        ratio: one.seconds / two.seconds,
        target: 1.7
      }
    ]
  }
}
