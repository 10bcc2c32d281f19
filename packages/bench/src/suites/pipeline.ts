import retextEnglish from 'retext-english'
import {tidings} from 'tidings'
import {unified} from 'unified'
import {compare, type BenchSuite, throughputs} from '../measure.js'

/** Issue 8: the per-article pipeline at no less than 40% of retext-english's bare parse. */
export const suite: BenchSuite = {
  name: 'pipeline',
  async run(context) {
    const retext = unified().use(retextEnglish)
    const pipeline = tidings({corpus: []})
    const {baseline, ours} = await throughputs(
      context.articles,
      {
        baseline: (text) => retext.parse(text),
        ours: (text, index) => pipeline.article({id: String(index), text, publishedAt: '2025-03-10'})
      },
      context.minSeconds * 2
    )
    return [compare('pipeline', 'per-article stages', ours, 'retext-english parse', baseline, 0.4)]
  }
}
