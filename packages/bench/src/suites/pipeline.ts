import retextEnglish from 'retext-english'
import {tidings} from 'tidings'
import {unified} from 'unified'
import {compare, type BenchSuite, throughput} from '../measure.js'

/** Issue 8: the per-article pipeline at no less than 40% of retext-english's bare parse. */
export const suite: BenchSuite = {
  name: 'pipeline',
  async run(context) {
    const retext = unified().use(retextEnglish)
    const baseline = await throughput(context.articles, (text) => retext.parse(text), context.minSeconds)
    const pipeline = tidings({corpus: []})
    const ours = await throughput(
      context.articles,
      (text, index) => pipeline.article({id: String(index), text, publishedAt: '2025-03-10'}),
      context.minSeconds
    )
    return [compare('pipeline', 'per-article stages', ours, 'retext-english parse', baseline, 0.4)]
  }
}
