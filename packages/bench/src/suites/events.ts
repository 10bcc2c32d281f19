import {performance} from 'node:perf_hooks'
import type {ArticleRecord, TidingsRecord} from '@tidings/core'
import {dedupe} from '@tidings/dedupe'
import {events} from '@tidings/events'
import {eventRecords} from '../event-records.js'
import type {BenchRow, BenchSuite} from '../measure.js'

/**
 * Issue 7: dedupe and events cost grows linearly with the corpus, never with its pairs. Ten times
 * the articles must take at most twelve times as long (a little room for larger index maps).
 */
export const suite: BenchSuite = {
  name: 'events',
  async run(context) {
    const corpus = await eventRecords(context.generatedArticles)
    const time = async (records: ArticleRecord[]) => {
      const started = performance.now()
      let output = 0
      async function* stream(): AsyncIterable<TidingsRecord> {
        yield* records
      }
      for await (const _record of events().transform(dedupe().transform(stream()))) output++
      return (performance.now() - started) / 1000
    }
    const smallCount = 2000
    const largeCount = 20_000
    const small = await time(corpus(smallCount))
    const large = await time(corpus(largeCount))
    const bytes = corpus(largeCount).reduce((sum, record) => sum + Buffer.byteLength(record.text), 0)
    const row: BenchRow = {
      suite: 'events',
      name: `dedupe + events, ${largeCount} vs ${smallCount} article records`,
      articlesPerSecond: largeCount / large,
      megabytesPerSecond: bytes / large / 1e6,
      baseline: {name: `${smallCount} article records`, articlesPerSecond: smallCount / small},
      ratio: large / small,
      target: 12,
      atMost: true,
      note: 'time for 10x the articles over time for 1x'
    }
    return [row]
  }
}
