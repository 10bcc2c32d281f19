import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {type CliRun, runCli, runNode} from '../cli-run.js'
import {developmentArticles} from '../corpus.js'
import type {BenchSuite} from '../measure.js'

/**
 * Issue 21, item 5: one small document through `tidings articles` within 3.3x a bare `node -e ''`
 * (0.3 s against 0.09 s on the issue's 2-core machine), and the default `--workers` never slower
 * than `--workers 1` on a job of real articles (about 2,900 articles as ECB+ gives them). Each pair
 * of commands runs in turns, as a shared machine has slow spells: the ratio is the median of the
 * rounds' ratios (a slow spell falls on both runs of a round), and each command shows its median run.
 */
export const suite: BenchSuite = {
  name: 'startup',
  async run(context) {
    const folder = mkdtempSync(join(tmpdir(), 'tidings-bench-startup-'))
    const small = join(folder, 'small.txt')
    const smallText = 'The ferry left Ardmore at 6 a.m. on Tuesday with 212 passengers.\nIt docked 40 minutes late.\n'
    writeFileSync(small, smallText)
    const [bare, one, startupRatio] = await inTurns(7, () => runNode(['-e', '']), () => runCli(['articles', small, '--quiet']))

    // Real articles where the development data is present, repeated with new ids to the job size.
    const pool = developmentArticles(context.dataDirectory, 3000) ?? context.generatedArticles
    const job = join(folder, 'job.jsonl')
    const documents = Array.from({length: jobArticles}, (_, index) =>
      JSON.stringify({id: `j${index}`, text: pool[index % pool.length], publishedAt: '2025-03-10'})
    )
    const jobBytes = documents.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0)
    writeFileSync(job, documents.join('\n') + '\n')
    const run = (workers: string[]) => () => runCli(['articles', '--jsonl', job, '--out', '/dev/null', '--quiet', ...workers])
    const [single, byDefault, defaultRatio] = await inTurns(7, run(['--workers', '1']), run([]))
    rmSync(folder, {recursive: true, force: true})

    return [
      {
        suite: 'startup',
        name: 'tidings articles, one small document',
        articlesPerSecond: 1 / one.seconds,
        megabytesPerSecond: smallText.length / one.seconds / 1e6,
        peakMegabytes: one.peakMegabytes,
        baseline: {name: "bare node -e ''", articlesPerSecond: 1 / bare.seconds},
        ratio: startupRatio,
        target: 3.3,
        atMost: true,
        note: `time as a multiple of a bare node's: ${one.seconds.toFixed(2)} s against ${bare.seconds.toFixed(2)} s`
      },
      {
        suite: 'startup',
        name: `tidings articles, default --workers, ${jobArticles} ${context.dataDirectory ? 'real' : 'generated'} articles`,
        articlesPerSecond: jobArticles / byDefault.seconds,
        megabytesPerSecond: jobBytes / byDefault.seconds / 1e6,
        peakMegabytes: byDefault.peakMegabytes,
        baseline: {name: '--workers 1', articlesPerSecond: jobArticles / single.seconds},
        ratio: defaultRatio,
        target: 1,
        atMost: true,
        note: `time as a multiple of one thread's: ${byDefault.seconds.toFixed(2)} s against ${single.seconds.toFixed(2)} s`
      }
    ]
  }
}

const jobArticles = 2946

/**
 * Two commands `rounds` times each, taking turns, the one that goes first changing each round (a
 * run right after another reads a few percent slower or faster): each command's median run, and
 * the median over the rounds of the second's time over the first's.
 */
async function inTurns(rounds: number, first: () => Promise<CliRun>, second: () => Promise<CliRun>): Promise<[CliRun, CliRun, number]> {
  const runs: [CliRun[], CliRun[]] = [[], []]
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      runs[0].push(await first())
      runs[1].push(await second())
    } else {
      runs[1].push(await second())
      runs[0].push(await first())
    }
  }
  const ratios = runs[1].map((run, round) => run.seconds / runs[0][round]!.seconds)
  return [median(runs[0], (run) => run.seconds), median(runs[1], (run) => run.seconds), median(ratios, (ratio) => ratio)]
}

function median<T>(values: ReadonlyArray<T>, key: (value: T) => number): T {
  return [...values].sort((a, b) => key(a) - key(b))[Math.floor(values.length / 2)] as T
}
