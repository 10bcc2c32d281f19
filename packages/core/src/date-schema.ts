import {lazySchema} from './lazy-schema.js'

/**
 * A temporal expression normalized as TIMEX3 does.
 * Owned by `@tidings/dates`, declared here so every record is described in one place.
 */
export const DateMention = lazySchema(({type}) => type({
  start: 'number.integer >= 0',
  end: 'number.integer >= 0',
  text: 'string',
  type: "'DATE' | 'TIME' | 'DURATION' | 'SET'",
  value: 'string',
  'mod?': 'string',
  'anchor?': 'string'
}))
export type DateMention = typeof DateMention.infer

/** Where the article's reference date came from; `value` null when nothing gives one. */
export const ReferenceDate = lazySchema(({type}) => type({
  value: 'string | null',
  source: "'document' | 'metadata' | 'option' | 'inferred' | 'none'",
  'from?': 'string'
}))
export type ReferenceDate = typeof ReferenceDate.infer
