import {createPipeline} from '@tidings/core'
import {segment} from '@tidings/segment'
import {dates, type Options} from './index.js'

/** The mentions the stage finds in `text`, as `[text, type, value, mod?]`, for tests. */
export async function found(text: string, publishedAt: string | null = '2024-03-06', options: Options = {}): Promise<string[][]> {
  const record = await createPipeline({article: [segment, [dates, options]]}).article({id: 't', text, publishedAt})
  if (record.kind !== 'article') throw new Error(record.error.message)
  return (record.dates ?? []).map(({text: span, type, value, mod}) => [span, type, value, ...(mod ? [mod] : [])])
}
