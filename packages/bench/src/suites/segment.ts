import {createPipeline} from '@tidings/core'
import {segment} from '@tidings/segment'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {type BenchSuite, throughput} from '../measure.js'

/**
 * Issue 4: the segment stage costs at most 50% on top of retext-english's own parse of the same
 * text. The stage's cost is the pipeline with it less the pipeline without it (core's parse).
 */
export const suite: BenchSuite = {
  name: 'segment',
  async run(context) {
    const texts = context.articles
    const retext = unified().use(retextEnglish)
    const parse = await throughput(texts, (text) => retext.parse(text), context.minSeconds)
    const bare = createPipeline()
    const withStage = createPipeline({article: [segment]})
    const core = await throughput(texts, (text, index) => bare.article({id: String(index), text}), context.minSeconds)
    const ours = await throughput(texts, (text, index) => withStage.article({id: String(index), text}), context.minSeconds)
    const secondsPerArticle = (rate: number) => 1 / rate
    const stageCost = secondsPerArticle(ours.articlesPerSecond) - secondsPerArticle(core.articlesPerSecond)
    return [
      {
        suite: 'segment',
        name: 'stage cost over retext parse',
        note: 'time of the stage alone / time of retext-english parse',
        articlesPerSecond: ours.articlesPerSecond,
        megabytesPerSecond: ours.megabytesPerSecond,
        baseline: {name: 'retext-english parse', articlesPerSecond: parse.articlesPerSecond},
        ratio: stageCost / secondsPerArticle(parse.articlesPerSecond),
        target: 0.5,
        atMost: true
      }
    ]
  }
}
