import {lazySchema} from './lazy-schema.js'

/**
 * What the clean stage removed and what it lifted out as metadata.
 * Owned by `@tidings/clean`, declared here so every record is described in one place.
 */
export const RemovedSpan = lazySchema(({type}) => type({
  start: 'number.integer >= 0',
  end: 'number.integer >= 0',
  text: 'string',
  rule: 'string'
}))
export type RemovedSpan = typeof RemovedSpan.infer

export const ArticleMetadata = lazySchema(({type}) => type({
  'headline?': 'string',
  'standfirst?': 'string',
  'author?': 'string',
  'contact?': 'string',
  'attribution?': 'string',
  'dateline?': 'string',
  'publishedAt?': 'string',
  'source?': 'string',
  'url?': 'string'
}))
export type ArticleMetadata = typeof ArticleMetadata.infer
