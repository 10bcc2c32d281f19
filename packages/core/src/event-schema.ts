import {type} from 'arktype'

/**
 * One real-world event merged from the articles that report it.
 * Owned by `@tidings/events`, declared here so every record is described in one place.
 */
export const MentionRef = type({
  article: 'string',
  start: 'number.integer >= 0',
  end: 'number.integer >= 0',
  text: 'string'
})
export type MentionRef = typeof MentionRef.infer

export const EventSource = type({
  article: 'string',
  'outlet?': 'string',
  'url?': 'string',
  'publishedAt?': 'string | null',
  'duplicateOf?': 'string'
})
export type EventSource = typeof EventSource.infer

export const EventRecord = type({
  kind: "'event'",
  id: 'string',
  title: 'string',
  articles: 'string[]',
  sources: EventSource.array(),
  when: type({value: 'string', sources: 'number.integer >= 0', articles: 'string[]'}).array(),
  timeline: type({
    date: 'string',
    text: 'string',
    sources: 'string[]',
    mentions: MentionRef.array()
  }).array(),
  facts: type({
    dimension: 'string',
    'unit?': 'string',
    value: 'number',
    'range?': ['number', 'number'],
    'of?': 'string',
    mentions: MentionRef.array()
  }).array(),
  conflicts: type({
    kind: "'date' | 'fact'",
    reason: 'string',
    sides: type({value: 'string', mentions: MentionRef.array()}).array()
  }).array()
})
export type EventRecord = typeof EventRecord.infer
