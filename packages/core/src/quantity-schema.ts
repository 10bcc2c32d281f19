import {lazySchema} from './lazy-schema.js'

/**
 * A quantity found in the text, with its value normalized.
 * Owned by `@tidings/quantities`, declared here so every record is described in one place.
 */
export const Unit = lazySchema(({type}) => type({id: 'string', name: 'string', symbol: 'string'}))
export type Unit = typeof Unit.infer

export const Quantity = lazySchema(({type}) => type({
  start: 'number.integer >= 0',
  end: 'number.integer >= 0',
  text: 'string',
  value: 'number',
  'range?': ['number', 'number'],
  'unit?': Unit,
  dimension: 'string',
  'of?': 'string',
  bound: "'exact' | 'approximate' | 'atLeast' | 'moreThan' | 'atMost' | 'lessThan'",
  'change?': "'increase' | 'decrease'",
  'normalized?': {value: 'number', unit: 'string'},
  'sameAs?': 'number.integer >= 0'
}))
export type Quantity = typeof Quantity.infer
