import {type ArticleRecord, createPipeline} from '@tidings/core'
import {dates} from '@tidings/dates'
import {quantities} from '@tidings/quantities'
import {segment} from '@tidings/segment'

/** Every article opens with a name of this length shared by the four reports of one event. */
const nameLength = 8
const reportsPerEvent = 4

function eventName(event: number): string {
  return `Kv${String(event).padStart(nameLength - 2, '0')}`
}

/**
 * Article records for the corpus stages at any scale: the texts run once through the per-article
 * stages, then reused with ids and opening names that make every four records one event.
 */
export async function eventRecords(texts: ReadonlyArray<string>): Promise<(count: number) => ArticleRecord[]> {
  const pipeline = createPipeline({article: [segment, dates, quantities]})
  const pool: ArticleRecord[] = []
  for (const [index, text] of texts.entries()) {
    const record = await pipeline.article({id: String(index), text: `${eventName(0)} officials reported it.\n${text}`})
    if (record.kind === 'article') pool.push(record)
  }
  // Same-length names keep every offset of the pooled records valid.
  return (count) =>
    Array.from({length: count}, (_, index) => {
      const record = pool[index % pool.length]!
      return {...record, id: `a${index}`, text: eventName(Math.floor(index / reportsPerEvent)) + record.text.slice(nameLength)}
    })
}
