import {lazySchema} from './lazy-schema.js'

/**
 * One real-world event merged from the articles that report it.
 * Owned by `@tidings/events`, declared here so every record is described in one place.
 */
export const MentionRef = lazySchema(({type}) => type({
  article: 'string',
  start: 'number.integer >= 0',
  end: 'number.integer >= 0',
  text: 'string'
}))
export type MentionRef = typeof MentionRef.infer

export const EventSource = lazySchema(({type}) => type({
  article: 'string',
  'outlet?': 'string',
  'url?': 'string',
  'publishedAt?': 'string | null',
  'duplicateOf?': 'string'
}))
export type EventSource = typeof EventSource.infer

/** Who acted in the event: ranked by how many sources name them, then how early. */
export const EventActor = lazySchema(({type}) => type({
  name: 'string',
  type: "'person' | 'organisation' | 'place' | 'other'",
  mentions: 'number.integer >= 0',
  sources: 'number.integer >= 0'
}))
export type EventActor = typeof EventActor.infer

/**
 * Where the event happened: ranked as `who` is. A named site (a building or ground the reports place
 * the news at) comes first, `within` the map place whose country and coordinates it takes.
 */
export const EventPlace = lazySchema(({type}) => type({
  name: 'string',
  'within?': 'string',
  country: 'string',
  lat: 'number',
  lon: 'number',
  mentions: 'number.integer >= 0',
  sources: 'number.integer >= 0'
}))
export type EventPlace = typeof EventPlace.infer

export const EventRecord = lazySchema(({type}) => type({
  kind: "'event'",
  id: 'string',
  title: 'string',
  /** What happened: a short phrase for the main event. */
  'what?': 'string',
  'who?': EventActor.array(),
  'where?': EventPlace.array(),
  articles: 'string[]',
  sources: EventSource.array(),
  /** The days the event happened on, most supported first; `text` is how the sources word it. */
  when: type({value: 'string', 'text?': 'string', sources: 'number.integer >= 0', articles: 'string[]'}).array(),
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
}))
export type EventRecord = typeof EventRecord.infer
