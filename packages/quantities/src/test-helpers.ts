/** Helpers of the package's tests: the quantities of a text run through segment, dates and quantities. */
import {createPipeline} from '@tidings/core'
import {dates} from '@tidings/dates'
import {segment} from '@tidings/segment'
import {type Options, quantities} from './index.js'

export async function found(text: string, options: Options = {}) {
  const record = await createPipeline({article: [segment, dates, [quantities, options]]}).article({id: 't', text, publishedAt: '2025-03-10'})
  if (record.kind !== 'article') throw new Error(record.error.message)
  return record
}

/** Each quantity as [text, value, unit name or what it counts, bound, change?, range?]. */
export const brief = (text: string, options: Options = {}) =>
  found(text, options).then((record) =>
    (record.quantities ?? []).map((q) => [q.text, q.value, q.unit?.name ?? q.of ?? null, q.bound, ...(q.change ? [q.change] : []), ...(q.range ? [q.range] : [])])
  )

