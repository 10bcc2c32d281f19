import {lazySchema} from './lazy-schema.js'

/** Offsets into the text the user gave: `text.slice(start, end)` is the mention. */
export const Span = lazySchema(({type}) => type({
  start: 'number.integer >= 0',
  end: 'number.integer >= 0'
}))
export type Span = typeof Span.infer
