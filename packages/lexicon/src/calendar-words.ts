import {extendLexicon} from './extend.js'

/**
 * Month and weekday names and their abbreviations, as data, with which of them may be read as a
 * date in lower case: "may", "march" and "sun", "sat", "wed" are everyday words, so a stage reads
 * them as dates only when capitalized. Keys are lower case, abbreviations without their full stop.
 */
export interface CalendarWords {
  /** Month names and abbreviations to month numbers, January 1. */
  months: Record<string, number>
  /** Weekday names and abbreviations to ISO weekday numbers, Monday 1. */
  weekdays: Record<string, number>
  /** Month words that are no other English word, so read as months in lower case too ("december 1", as some feeds write). */
  caselessMonths: string[]
  /** Weekday words that are no other English word. */
  caselessWeekdays: string[]
}

// Through `extendLexicon`, as every stage's lists are, so that its tables have no prototype.
export const calendarWords: CalendarWords = extendLexicon({
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
    august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12
  },
  weekdays: {
    monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5,
    fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7
  },
  caselessMonths: ['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  caselessWeekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tues', 'thurs']
})
