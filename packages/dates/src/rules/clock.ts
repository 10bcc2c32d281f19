import {formatDay} from '../calendar.js'
import {pad} from '../text.js'
import type {DateRule} from './types.js'

/**
 * "5 p.m.", "10:30am", "noon", "4 in the morning" (04:00), "7 in the evening" (19:00): a clock time,
 * on the last full date the text gave. Not "5 in the morning session".
 */
export const clockRule: DateRule = {
  id: 'clock',
  anchors: {words: ['am', 'pm', 'm', 'noon', 'midday', 'midnight', 'morning', 'afternoon', 'evening']},
  pattern: /\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|\b(noon|midday|midnight)\b|\b(\d{1,2})(?::(\d{2}))?\s+(?:o'clock\s+)?in\s+the\s+(morning|afternoon|evening)\b/gi,
  build(match, {anchor, sentence}) {
    let hour: number
    let minute = Number(match[2] ?? match[6] ?? 0)
    if (match[4]) {
      hour = match[4].toLowerCase() === 'midnight' ? 24 : 12
      minute = 0
    } else if (match[7]) {
      const end = match.index + match[0].length
      if (/^\s+(?!(?:and|or|on|at|of|in|to|when|as|after|before|until|local)\b)[a-z]/.test(sentence.slice(end, end + 16))) return undefined
      hour = Number(match[5])
      if (hour < 1 || hour > 12) return undefined
      hour = (hour % 12) + (match[7].toLowerCase() === 'morning' ? 0 : 12)
    } else {
      hour = Number(match[1]) % 12
      if ((match[3] ?? '').toLowerCase().startsWith('p')) hour += 12
    }
    if (hour > 24 || minute > 59) return undefined
    return {type: 'TIME', value: `${anchor ? formatDay(anchor) : 'XXXX-XX-XX'}T${pad(hour)}:${pad(minute)}`}
  }
}

export const clockRules: DateRule[] = [clockRule]
