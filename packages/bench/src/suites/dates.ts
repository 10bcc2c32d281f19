import {createPipeline} from '@tidings/core'
import {dates} from '@tidings/dates'
import {segment} from '@tidings/segment'
import * as chrono from 'chrono-node'
import {compare, type BenchSuite, throughput} from '../measure.js'

/** Issue 6: at least chrono-node's throughput on the same articles (chrono finds far less). */
export const suite: BenchSuite = {
  name: 'dates',
  async run(context) {
    const reference = new Date(Date.UTC(2025, 2, 10))
    const baseline = await throughput(context.articles, (text) => chrono.parse(text, reference), context.minSeconds)
    const pipeline = createPipeline({article: [segment, dates]})
    const ours = await throughput(
      context.articles,
      (text, index) => pipeline.article({id: String(index), text, publishedAt: '2025-03-10'}),
      context.minSeconds
    )
    return [compare('dates', 'segment + dates stage', ours, 'chrono-node parse', baseline, 1)]
  }
}
