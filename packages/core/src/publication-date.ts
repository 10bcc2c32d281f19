import {parseDay} from '@tidings/lexicon'

/**
 * The day (YYYY-MM-DD) a publication date names: an ISO 8601 calendar date, alone or followed by a
 * time ("2024-05-08T10:00:00Z"). Undefined when it names no day of the calendar: "yesterday",
 * "2025-13-40", "2025-02-30".
 */
export function publicationDay(value: string): string | undefined {
  // parseDay reads the day from the string's first ten characters.
  return parseDay(value) && value.slice(0, 10)
}
