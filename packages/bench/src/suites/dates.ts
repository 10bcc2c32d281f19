import {createPipeline} from '@tidings/core'
import {dates} from '@tidings/dates'
import {segment} from '@tidings/segment'
import * as chrono from 'chrono-node'
import {unified} from 'unified'
import {compare, type BenchSuite, throughputs} from '../measure.js'
import {preparedTrees} from '../prepared.js'

/**
 * Issue 6: at least chrono-node's throughput on the same articles (chrono finds far less), and
 * issue 17: the dates stage alone at twice chrono's, with its rules in tables. Two
 * rows: the pipeline a user runs for dates (core's parse, segment, dates), and the dates stage
 * alone on trees parsed and segmented beforehand, the part the stage adds to a full run.
 */
export const suite: BenchSuite = {
  name: 'dates',
  async run(context) {
    const reference = new Date(Date.UTC(2025, 2, 10))
    const pipeline = createPipeline({article: [segment, dates]})
    const prepared = await preparedTrees(context.articles, [segment], '2025-03-10')
    const datesOnly = unified().use(dates).freeze()
    const {baseline, whole, stage} = await throughputs(
      context.articles,
      {
        baseline: (text) => chrono.parse(text, reference),
        whole: (text, index) => pipeline.article({id: String(index), text, publishedAt: '2025-03-10'}),
        stage: (_text, index) => datesOnly.run(prepared[index]!.tree as never, prepared[index]!.file)
      },
      context.minSeconds * 3
    )
    return [
      compare('dates', 'parse + segment + dates', whole, 'chrono-node parse', baseline, 1),
      compare('dates', 'dates stage on segmented trees', stage, 'chrono-node parse', baseline, 2)
    ]
  }
}
