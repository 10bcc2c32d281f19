import retextEnglish from 'retext-english'
import {tidings} from 'tidings'
import {unified} from 'unified'
import {compare, type BenchSuite, throughputs} from '../measure.js'

/**
 * Issue 21: the per-article stages (clean, segment, dates, quantities, in process) at no less than
 * 60% of retext-english's bare parse, on real articles where the development data is present.
 * Rounds of 0.8 s: with real articles a pass takes a third of a second, and rounds of 0.4 s each
 * held one pass, so the median fell on a pass V8 was still compiling the stages for.
 */
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
      context.minSeconds * 4
    )
    return [compare('pipeline', 'per-article stages', ours, 'retext-english parse', baseline, 0.6)]
  }
}
