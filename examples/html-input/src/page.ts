import {tidings} from 'tidings'

/** One HTML page through every per-article stage, described line by line. */
export async function describePage(id: string, html: string): Promise<string[]> {
  const record = await tidings().article({id, html})
  if (record.kind === 'error') return [`could not read ${id}: ${record.error.message}`]
  const lines = [`metadata ${JSON.stringify(record.metadata ?? {})}`, `published ${record.publishedAt}`]
  for (const line of (record.cleanText ?? record.text).split('\n')) lines.push(`kept: ${line}`)
  for (const removed of record.removed ?? []) lines.push(`removed (${removed.rule}): ${removed.text.replaceAll('\n', ' / ')}`)
  for (const date of record.dates ?? []) lines.push(`date ${date.text} -> ${date.value}`)
  for (const quantity of record.quantities ?? []) lines.push(`quantity ${quantity.text} -> ${quantity.value} ${quantity.unit?.name ?? quantity.of ?? ''}`.trimEnd())
  return lines
}
