import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runCli, writeDocuments} from '../cli-run.js'
import {type BenchSuite, medianRate} from '../measure.js'

/**
 * Issue 8: `--workers 2` gives at least 1.7x the throughput of `--workers 1` on a 2-core machine.
 * Throughput is the steady rate of a long job: each worker count runs a short and a long input,
 * and the rate is the extra articles over the extra time, so process start and each worker's
 * warm-up (every thread compiles the stages anew) count once, as they do in a job of millions.
 * The two counts take turns for three rounds, and each gives its median round.
 */
export const suite: BenchSuite = {
  name: 'workers',
  async run() {
    const folder = mkdtempSync(join(tmpdir(), 'tidings-bench-workers-'))
    const short = 4000
    const long = 24_000
    const rounds = 3
    const inputs = {short: join(folder, 'short.jsonl'), long: join(folder, 'long.jsonl')}
    await writeDocuments(inputs.short, short)
    const longBytes = await writeDocuments(inputs.long, long)
    const steadyRate = async (workers: number) => {
      const run = (input: string) => runCli(['articles', '--jsonl', input, '--out', '/dev/null', '--workers', String(workers), '--quiet'])
      const first = await run(inputs.short)
      const second = await run(inputs.long)
      return {articlesPerSecond: (long - short) / (second.seconds - first.seconds), seconds: second.seconds, peakMegabytes: second.peakMegabytes}
    }
    // In turns, each count's median round: a run of a few seconds on a shared machine is noisy.
    const runs: Record<1 | 2, Array<Awaited<ReturnType<typeof steadyRate>>>> = {1: [], 2: []}
    for (let round = 0; round < rounds; round++) {
      runs[1].push(await steadyRate(1))
      runs[2].push(await steadyRate(2))
    }
    const one = medianRate(runs[1])
    const two = medianRate(runs[2])
    rmSync(folder, {recursive: true, force: true})
    return [
      {
        suite: 'workers',
        name: 'tidings articles --workers 2',
        articlesPerSecond: two.articlesPerSecond,
        megabytesPerSecond: (longBytes / long) * two.articlesPerSecond / 1e6,
        peakMegabytes: two.peakMegabytes,
        baseline: {name: '--workers 1', articlesPerSecond: one.articlesPerSecond},
        ratio: two.articlesPerSecond / one.articlesPerSecond,
        target: 1.7,
        note: `steady rate: ${long - short} articles more over the extra time; whole ${long}-article runs ${(one.seconds / two.seconds).toFixed(2)}x`
      }
    ]
  }
}
