import {createPipeline} from '@tidings/core'
import {dates} from '@tidings/dates'
import {segment} from '@tidings/segment'
import * as chrono from 'chrono-node'
import {unified} from 'unified'
import {compare, type BenchSuite, pairedThroughput} from '../measure.js'
import {preparedTrees} from '../prepared.js'

/**
 * Issue 6: at least chrono-node's throughput on the same articles (chrono finds far less), and
 * issue 17: the dates stage alone at twice chrono's, with its rules in tables. Two
 * rows: the pipeline a user runs for dates (core's parse, segment, dates), and the dates stage
 * alone on trees parsed and segmented beforehand, the part the stage adds to a full run. Each is
 * timed against chrono's parse article by article on the CPU clock, as the pipeline and
 * stage-cost rows are: both sides are synchronous work on the same text, so each costs only its
 * own CPU time, and a spell of load on the shared machine falls on both alike (timed in slices
 * of wall time of their own, the first row read 0.95 and 1.09 on the same code). Timed in turns
 * of whole passes, on the CPU clock or the wall's, the stage row read the same as here.
 */
export const suite: BenchSuite = {
  name: 'dates',
  async run(context) {
    const reference = new Date(Date.UTC(2025, 2, 10))
    const pipeline = createPipeline({article: [segment, dates]})
    const prepared = await preparedTrees(context.articles, [segment], '2025-03-10')
    const datesOnly = unified().use(dates).freeze()
    const chronoParse = (text: string) => chrono.parse(text, reference)
    const whole = await pairedThroughput(
      context.articles,
      {baseline: chronoParse, ours: (text, index) => pipeline.article({id: String(index), text, publishedAt: '2025-03-10'})},
      context.minSeconds * 4
    )
    const stage = await pairedThroughput(
      context.articles,
      {baseline: chronoParse, ours: (_text, index) => datesOnly.run(prepared[index]!.tree as never, prepared[index]!.file)},
      context.minSeconds * 4
    )
    return [
      compare('dates', 'parse + segment + dates', whole.ours, 'chrono-node parse', whole.baseline, 1),
      compare('dates', 'dates stage on segmented trees', stage.ours, 'chrono-node parse', stage.baseline, 2)
    ]
  }
}
