import {Culture, recognizeAge, recognizeCurrency, recognizeDimension, recognizeTemperature} from '@microsoft/recognizers-text-number-with-unit'
import {createPipeline} from '@tidings/core'
import {quantities} from '@tidings/quantities'
import {compare, type BenchSuite, throughput} from '../measure.js'

/**
 * Issue 17: at least 500x the throughput of Recognizers-Text's number-with-unit models on the same
 * articles, with the extractor split into rules. Both sides read the whole text; ours includes the parse into sentences it needs.
 */
export const suite: BenchSuite = {
  name: 'quantities',
  async run(context) {
    const texts = context.articles.slice(0, 100)
    const baseline = await throughput(
      texts,
      (text) => {
        recognizeDimension(text, Culture.English)
        recognizeCurrency(text, Culture.English)
        recognizeAge(text, Culture.English)
        recognizeTemperature(text, Culture.English)
      },
      context.minSeconds
    )
    const pipeline = createPipeline({article: [quantities]})
    const ours = await throughput(texts, (text, index) => pipeline.article({id: String(index), text}), context.minSeconds)
    return [compare('quantities', 'quantities stage', ours, 'Recognizers-Text number-with-unit', baseline, 500)]
  }
}
