import {dates} from '@tidings/dates'
import {entities} from '@tidings/entities'
import {segment} from '@tidings/segment'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {type BenchSuite, throughputs} from '../measure.js'
import {preparedTrees} from '../prepared.js'

/**
 * Issue 19: the entities stage costs at most 30% of retext-english's own parse of the same text.
 * The stage is timed alone, on trees that core, segment and dates have made beforehand, as in a
 * full run; its word lists are read when the pipeline is built, before timing.
 */
export const suite: BenchSuite = {
  name: 'entities',
  async run(context) {
    const texts = context.articles
    const retext = unified().use(retextEnglish)
    const prepared = await preparedTrees(texts, [segment, dates], null)
    const entitiesOnly = unified().use(entities).freeze()
    const {parse, stage} = await throughputs(
      texts,
      {
        parse: (text) => retext.parse(text),
        stage: (_text, index) => entitiesOnly.run(prepared[index]!.tree as never, prepared[index]!.file)
      },
      context.minSeconds * 2
    )
    return [
      {
        suite: 'entities',
        name: 'stage cost over retext parse',
        note: 'time of the stage alone / time of retext-english parse',
        articlesPerSecond: stage.articlesPerSecond,
        megabytesPerSecond: stage.megabytesPerSecond,
        baseline: {name: 'retext-english parse', articlesPerSecond: parse.articlesPerSecond},
        ratio: parse.articlesPerSecond / stage.articlesPerSecond,
        target: 0.3,
        atMost: true
      }
    ]
  }
}
