import {type CalendarDay, dayFromNumber, dayNumber} from './days.js'

/** The calendars that Node's ICU converts to: Saudi Arabia's Umm al-Qura, the Hebrew and the Chinese. */
export type LunarCalendar = 'islamic' | 'hebrew' | 'chinese'

interface LunarDate {
  month: number
  day: number
  /** The added month of a leap year: the Chinese one after its namesake, the Hebrew Adar I before Adar. */
  leap: boolean
}

/**
 * Hebrew months counted from Nisan, as the festivals are (Nisan 1, Tishri 7, Adar 12); in a leap
 * year Purim falls in Adar II, which ICU calls "Adar II", and Adar I is the added month.
 */
const hebrewMonths: Record<string, number> = {
  Nisan: 1, Iyar: 2, Sivan: 3, Tamuz: 4, Av: 5, Elul: 6, Tishri: 7, Heshvan: 8, Kislev: 9, Tevet: 10, Shevat: 11, Adar: 12,
  'Adar II': 12, 'Adar I': 12
}

const formats = new Map<LunarCalendar, Intl.DateTimeFormat>()

function format(calendar: LunarCalendar): Intl.DateTimeFormat {
  let found = formats.get(calendar)
  if (!found) {
    const locale = calendar === 'islamic' ? 'en-u-ca-islamic-umalqura' : `en-u-ca-${calendar}`
    // Always UTC: a date is converted as a whole day, never through the machine's time zone.
    found = new Intl.DateTimeFormat(locale, {timeZone: 'UTC', month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric'})
    formats.set(calendar, found)
  }
  return found
}

function lunarDate(calendar: LunarCalendar, number: number): LunarDate {
  let month = 0
  let day = 0
  let leap = false
  for (const part of format(calendar).formatToParts(number * 86_400_000)) {
    if (part.type === 'day') day = Number(part.value)
    else if (part.type === 'month') {
      if (calendar === 'hebrew') {
        month = hebrewMonths[part.value] ?? 0
        leap = part.value === 'Adar I'
      } else {
        month = Number.parseInt(part.value, 10)
        leap = part.value.endsWith('bis')
      }
    }
  }
  return {month, day, leap}
}

const meanMonth = 29.530_59
const found = new Map<string, CalendarDay | undefined>()

/**
 * The Gregorian date of `month`/`day` of `calendar` in Gregorian `year` (the first, when an Islamic
 * date falls twice in one year), or undefined when it falls in none. Each step jumps by the mean
 * month to where the date should be, so a search reads a handful of days; answers are kept.
 */
export function lunarDayIn(calendar: LunarCalendar, month: number, day: number, year: number): CalendarDay | undefined {
  const key = `${calendar}:${month}:${day}:${year}`
  if (found.has(key)) return found.get(key)
  const first = dayNumber({year, month: 1, day: 1})
  const last = dayNumber({year, month: 12, day: 31})
  let at = nearest(calendar, month, day, first)
  // The occurrence nearest January 1 may be in December before it: the next one is a lunar year on.
  if (at !== undefined && at < first) at = nearest(calendar, month, day, at + 350)
  const result = at !== undefined && at >= first && at <= last ? dayFromNumber(at) : undefined
  found.set(key, result)
  return result
}

function nearest(calendar: LunarCalendar, month: number, day: number, from: number): number | undefined {
  let at = from
  for (let step = 0; step < 12; step++) {
    const current = lunarDate(calendar, at)
    if (current.month === month && current.day === day && !current.leap) return at
    let months = (((month - current.month) % 12) + 12) % 12
    if (months >= 6) months -= 12
    // In the added month: the Chinese one follows the month of its number, Adar I precedes Adar.
    if (current.leap && months === 0) months = calendar === 'chinese' ? -1 : 1
    const jump = Math.round(months * meanMonth + day - current.day)
    at += jump === 0 ? 1 : jump
  }
  return undefined
}
