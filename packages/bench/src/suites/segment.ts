import {segment} from '@tidings/segment'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {type BenchSuite, throughputs} from '../measure.js'
import {preparedTrees} from '../prepared.js'

/**
 * Issue 4: the segment stage costs at most 50% on top of retext-english's own parse of the same
 * text. The stage is timed alone, on trees core has parsed beforehand (it reads where paragraphs
 * are and builds their sentences; it never reads the words, so it costs the same on any tree).
 */
export const suite: BenchSuite = {
  name: 'segment',
  async run(context) {
    const texts = context.articles
    const retext = unified().use(retextEnglish)
    const prepared = await preparedTrees(texts, [], null)
    const segmentOnly = unified().use(segment).freeze()
    const {parse, stage} = await throughputs(
      texts,
      {
        parse: (text) => retext.parse(text),
        stage: (_text, index) => segmentOnly.run(prepared[index]!.tree as never, prepared[index]!.file)
      },
      context.minSeconds * 2
    )
    return [
      {
        suite: 'segment',
        name: 'stage cost over retext parse',
        note: 'time of the stage alone / time of retext-english parse',
        articlesPerSecond: stage.articlesPerSecond,
        megabytesPerSecond: stage.megabytesPerSecond,
        baseline: {name: 'retext-english parse', articlesPerSecond: parse.articlesPerSecond},
        ratio: parse.articlesPerSecond / stage.articlesPerSecond,
        target: 0.5,
        atMost: true
      }
    ]
  }
}
