import {daysInMonth} from '@tidings/lexicon'

/**
 * The day (YYYY-MM-DD) a publication date names: an ISO 8601 calendar date, alone or followed by a
 * time ("2024-05-08T10:00:00Z"). Undefined when it names no day of the calendar: "yesterday",
 * "2025-13-40", "2025-02-30".
 */
export function publicationDay(value: string): string | undefined {
  const parts = /^(\d{4})-(\d\d)-(\d\d)(?!\d)/.exec(value)
  if (!parts) return undefined
  const year = Number(parts[1])
  const month = Number(parts[2])
  const day = Number(parts[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return `${parts[1]}-${parts[2]}-${parts[3]}`
}
