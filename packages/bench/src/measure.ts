import {performance} from 'node:perf_hooks'

/** One line of the benchmark table: a measured rate, and its ratio to a baseline measured in the same run. */
export interface BenchRow {
  suite: string
  name: string
  articlesPerSecond: number
  megabytesPerSecond: number
  peakMegabytes?: number
  baseline?: {name: string; articlesPerSecond: number}
  /** Our rate over the baseline's (or another figure the issue names). */
  ratio?: number
  /** The ratio the issue asks for; the run fails `--check` below it (above it, with `atMost`). */
  target?: number
  /** For costs (time or memory growth): the ratio must stay at or below the target. */
  atMost?: boolean
  note?: string
}

export interface Throughput {
  articlesPerSecond: number
  megabytesPerSecond: number
  seconds: number
}

/**
 * Time `work` over `texts`: one warm-up pass, then as many passes as fit in `minSeconds`,
 * so short corpora still give a stable rate.
 */
export async function throughput(
  texts: ReadonlyArray<string>,
  work: (text: string, index: number) => unknown,
  minSeconds = 1
): Promise<Throughput> {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  for (const [index, text] of texts.entries()) await work(text, index)
  let passes = 0
  const started = performance.now()
  let elapsed = 0
  do {
    for (const [index, text] of texts.entries()) await work(text, index)
    passes++
    elapsed = (performance.now() - started) / 1000
  } while (elapsed < minSeconds)
  return {
    articlesPerSecond: (texts.length * passes) / elapsed,
    megabytesPerSecond: (bytes * passes) / elapsed / 1e6,
    seconds: elapsed
  }
}

/** A work's time against a baseline's on the same texts: both rates, and the work's time over the baseline's. */
export interface PairedThroughput {
  baseline: Throughput
  ours: Throughput
  /** Time of `ours` over time of `baseline` (the baseline's rate over ours). */
  costRatio: number
}

/**
 * Time `ours` against `baseline` article by article: for each text the two works run back to back
 * (which one first alternates by round), and each round, one pass over `texts`, gives a ratio of
 * the two summed times. After a warm-up pass, rounds run until `minSeconds` and at least
 * `minRounds` have passed, in an odd number; the result is the round of median ratio. Timed in
 * slices of their own, even in turns, the two sides of a ratio met different spells of a shared
 * machine (the entities row read 0.64 and 0.37 on the same code); a spell now falls on both alike,
 * and the median drops the rounds it hit hardest.
 *
 * The clock is the process's CPU time, not the wall's: while other processes hold the cores,
 * neither work costs anything, and wall time counted that wait as theirs. V8's helper threads
 * (the collector's) count, as the cost of what the work allocated.
 */
export async function pairedThroughput(
  texts: ReadonlyArray<string>,
  works: {baseline: (text: string, index: number) => unknown; ours: (text: string, index: number) => unknown},
  minSeconds = 1,
  minRounds = 5
): Promise<PairedThroughput> {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const timed = async (work: (text: string, index: number) => unknown, text: string, index: number) => {
    const started = process.cpuUsage()
    await work(text, index)
    const used = process.cpuUsage(started)
    return (used.user + used.system) / 1000
  }
  const round = async (oursFirst: boolean) => {
    let baseline = 0
    let ours = 0
    for (const [index, text] of texts.entries()) {
      if (oursFirst) ours += await timed(works.ours, text, index)
      baseline += await timed(works.baseline, text, index)
      if (!oursFirst) ours += await timed(works.ours, text, index)
    }
    return {baseline, ours}
  }
  await round(false)
  const rounds: Array<{baseline: number; ours: number}> = []
  const started = performance.now()
  while (rounds.length < minRounds || rounds.length % 2 === 0 || performance.now() - started < minSeconds * 1000) {
    rounds.push(await round(rounds.length % 2 === 1))
  }
  const median = rounds.sort((a, b) => a.ours / a.baseline - b.ours / b.baseline)[(rounds.length - 1) / 2]!
  const rate = (milliseconds: number): Throughput => ({
    articlesPerSecond: texts.length / (milliseconds / 1000),
    megabytesPerSecond: bytes / (milliseconds / 1000) / 1e6,
    seconds: milliseconds / 1000
  })
  return {baseline: rate(median.baseline), ours: rate(median.ours), costRatio: median.ours / median.baseline}
}

/** The run of median rate among several runs of the same work (the upper one of an even count). */
export function medianRate<Run extends {articlesPerSecond: number}>(runs: ReadonlyArray<Run>): Run {
  return [...runs].sort((a, b) => a.articlesPerSecond - b.articlesPerSecond)[Math.floor(runs.length / 2)] as Run
}

/** A row comparing `ours` with `baseline`, measured on the same texts in the same run. */
export function compare(
  suite: string,
  name: string,
  ours: Throughput,
  baselineName: string,
  baseline: Throughput,
  target?: number
): BenchRow {
  const row: BenchRow = {
    suite,
    name,
    articlesPerSecond: ours.articlesPerSecond,
    megabytesPerSecond: ours.megabytesPerSecond,
    baseline: {name: baselineName, articlesPerSecond: baseline.articlesPerSecond},
    ratio: ours.articlesPerSecond / baseline.articlesPerSecond
  }
  if (target !== undefined) row.target = target
  return row
}

/** A benchmark suite: one file of `src/suites/`, one stage or concern. */
export interface BenchSuite {
  name: string
  run(context: BenchContext): Promise<BenchRow[]>
}

export interface BenchContext {
  /** Real news articles of the development data when present, else `generatedArticles`. */
  articles: ReadonlyArray<string>
  /**
   * Articles we generate ourselves, for suites that repeat a pool into corpora of tens of thousands:
   * the events growth target was set on them, and 300 real articles repeated 67 times each fill
   * dedupe's duplicate buckets, a cost of repetition that real corpora do not have.
   */
  generatedArticles: ReadonlyArray<string>
  /** `$TIDINGS_DATA` or `../shared/data` when present, else undefined. */
  dataDirectory: string | undefined
  /** Seconds each measurement runs for at least. */
  minSeconds: number
}
