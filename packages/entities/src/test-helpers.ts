/** Helpers of the package's tests: the entities of a text run through segment, dates and entities. */
import {createPipeline} from '@tidings/core'
import {dates} from '@tidings/dates'
import {segment} from '@tidings/segment'
import {entities, type Options} from './index.js'

export async function found(text: string, options: Options = {}) {
  const record = await createPipeline({article: [segment, dates, [entities, options]], traceRules: true}).article({id: 't', text, publishedAt: '2025-03-10'})
  if (record.kind !== 'article') throw new Error(record.error.message)
  return record
}

/** Each entity as [text, type, name]. */
export const brief = (text: string, options: Options = {}) => found(text, options).then((record) => (record.entities ?? []).map((entity) => [entity.text, entity.type, entity.name]))

/** The ids of the entities rules that fired, in order, kept and rejected. */
export const rulesFired = (text: string, options: Options = {}) =>
  found(text, options).then((record) => (record.ruleHits ?? []).filter((hit) => hit.stage === 'entities').map((hit) => (hit.kept === false ? `${hit.rule} (rejected)` : hit.rule)))
