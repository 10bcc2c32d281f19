import retextEnglish from 'retext-english'
import {tidings} from 'tidings'
import {unified} from 'unified'
import {compare, type BenchSuite, pairedThroughput} from '../measure.js'

/**
 * Issue 21: the per-article stages (clean, segment, dates, quantities, entities, places, in
 * process) at no less than 60% of retext-english's bare parse, on real articles where the
 * development data is present, article by article on the CPU clock as the stage-cost rows are
 * (three runs on a loaded machine read 0.32, 0.20 and 0.32 when each work was timed in slices of
 * its own).
 */
export const suite: BenchSuite = {
  name: 'pipeline',
  async run(context) {
    const retext = unified().use(retextEnglish)
    const pipeline = tidings({corpus: []})
    const {baseline, ours} = await pairedThroughput(
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
