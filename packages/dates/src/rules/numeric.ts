import {dayOf} from '../calendar.js'
import {date} from '../values.js'
import type {DateRule} from './types.js'

/** "2024-02-15": an ISO calendar date. */
export const isoDateRule: DateRule = {
  id: 'iso-date',
  anchors: {digits: 'long'},
  pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
  build: (match) => date(dayOf(Number(match[1]), Number(match[2]), Number(match[3])))
}
