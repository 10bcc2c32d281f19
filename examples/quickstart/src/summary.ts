import type {PipelineInput} from '@tidings/core'
import {tidings} from 'tidings'

/** Run every stage over the documents and describe each event record in a few lines. */
export async function summarize(documents: Iterable<PipelineInput> | AsyncIterable<PipelineInput>, published: string): Promise<string[]> {
  const lines: string[] = []
  for await (const record of tidings({published}).run(documents)) {
    if (record.kind === 'error') lines.push(`could not read ${record.id}: ${record.error.message}`)
    if (record.kind !== 'event') continue
    lines.push(`${record.title}`)
    lines.push(`  reported by ${record.sources.map((source) => source.outlet ?? source.article).join(', ')}`)
    for (const entry of record.timeline) lines.push(`  ${entry.date}: ${entry.text} (${entry.sources.length} source${entry.sources.length === 1 ? "" : "s"})`)
    for (const fact of record.facts.filter((fact) => fact.mentions.length > 1)) {
      lines.push(`  ${fact.dimension} ${fact.value}${fact.unit ? ` ${fact.unit}` : ''}: ${fact.mentions.map((mention) => mention.text).join(' / ')}`)
    }
    for (const conflict of record.conflicts) lines.push(`  conflict: ${conflict.reason}`)
  }
  return lines
}
