import {lazySchema} from './lazy-schema.js'

/**
 * A name the article mentions: a person, an organisation, a place or another named thing.
 * Owned by `@tidings/entities`, declared here so every record is described in one place.
 */
export const Entity = lazySchema(({type}) => type({
  start: 'number.integer >= 0',
  end: 'number.integer >= 0',
  text: 'string',
  type: "'person' | 'organisation' | 'place' | 'other'",
  /** The canonical form within the article: "Kirby" and "John Kirby" share "John Kirby". */
  name: 'string'
}))
export type Entity = typeof Entity.infer

/**
 * A place the article mentions, resolved to the map (GeoNames ids and coordinates).
 * Owned by `@tidings/places`, declared here so every record is described in one place.
 */
export const Place = lazySchema(({type}) => type({
  start: 'number.integer >= 0',
  end: 'number.integer >= 0',
  text: 'string',
  /** The place's English name in the gazetteer ("Ukraine" for "Ukrainian"). */
  name: 'string',
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
  country: 'string',
  'admin1?': 'string',
  lat: 'number',
  lon: 'number',
  geonameId: 'number.integer',
  'population?': 'number',
  /** True when the text is the place's adjective or demonym ("Ukrainian", "Crimean"), not its name. */
  'adjective?': 'boolean',
  /**
   * True when the name qualifies the word after it ("the US President", "a Texas-based firm"): a
   * place named, as toponym counts have it, but not where something happened.
   */
  'modifier?': 'boolean'
}))
export type Place = typeof Place.infer
