import {dates} from '@tidings/dates'
import {entities} from '@tidings/entities'
import {segment} from '@tidings/segment'
import {unified} from 'unified'
import type {BenchSuite} from '../measure.js'
import {preparedTrees} from '../prepared.js'
import {stageCostOverParse} from '../stage-cost.js'

/**
 * Issue 19: the entities stage costs at most 30% of retext-english's own parse of the same text.
 * The stage is timed alone, on trees that core, segment and dates have made beforehand, as in a
 * full run; its word lists are read when the pipeline is built, before timing.
 */
export const suite: BenchSuite = {
  name: 'entities',
  async run(context) {
    const prepared = await preparedTrees(context.articles, [segment, dates], null)
    return [await stageCostOverParse('entities', context.articles, prepared, unified().use(entities).freeze(), context.minSeconds, 0.3)]
  }
}
