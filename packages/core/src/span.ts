import {type} from 'arktype'

/** Offsets into the text the user gave: `text.slice(start, end)` is the mention. */
export const Span = type({
  start: 'number.integer >= 0',
  end: 'number.integer >= 0'
})
export type Span = typeof Span.infer
