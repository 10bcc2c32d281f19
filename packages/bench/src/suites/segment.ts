import {segment} from '@tidings/segment'
import {unified} from 'unified'
import type {BenchSuite} from '../measure.js'
import {preparedTrees} from '../prepared.js'
import {stageCostOverParse} from '../stage-cost.js'

/**
 * Issue 4: the segment stage costs at most 50% on top of retext-english's own parse of the same
 * text. The stage is timed alone, on trees core has parsed beforehand (it reads where paragraphs
 * are and builds their sentences; it never reads the words, so it costs the same on any tree).
 */
export const suite: BenchSuite = {
  name: 'segment',
  async run(context) {
    const prepared = await preparedTrees(context.articles, [], null)
    return [await stageCostOverParse('segment', context.articles, prepared, unified().use(segment).freeze(), context.minSeconds, 0.5)]
  }
}
