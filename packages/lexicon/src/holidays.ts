import {type CalendarDay, dayFromNumber, dayNumber, daysInMonth, easterSunday, weekdayOf} from './days.js'
import {type HinduFestival, hinduFestivalIn} from './hindu.js'
import {wordTable} from './extend.js'
import {type LunarCalendar, lunarDayIn} from './lunar.js'

/**
 * What dates a holiday in a year, then `shift` days on:
 * - a fixed Gregorian `month` and `day`;
 * - the `nth` ISO `weekday` (Monday 1) of `month`, a negative `nth` counting from the month's end;
 * - `easter`: Easter Sunday (Gregorian computus);
 * - a `month` and `day` of a lunar `calendar`: 'islamic' (Umm al-Qura, Muharram 1), 'hebrew'
 *   (months counted from Nisan 1, so Tishri is 7 and Adar, Adar II in a leap year, 12) or
 *   'chinese' (month 1 the first month, never a leap month), converted by Node's ICU;
 * - `hindu`: Diwali or Holi, computed from the Moon's phases (see `hinduFestivalIn`).
 */
export interface HolidayRule {
  month?: number
  day?: number
  weekday?: number
  nth?: number
  easter?: boolean
  calendar?: LunarCalendar
  hindu?: HinduFestival
  shift?: number
}

/**
 * Holiday names, lower case, to their rules. Names that several countries keep on different days
 * ("Labour Day", "Mother's Day" in the UK) are listed with the United States' date, as most wire
 * copy means it; a stage's `lexicon` option can add or replace any name.
 */
export const holidays: Record<string, HolidayRule> = wordTable({
  "new year's day": {month: 1, day: 1}, "new year's eve": {month: 12, day: 31}, epiphany: {month: 1, day: 6},
  'australia day': {month: 1, day: 26}, 'groundhog day': {month: 2, day: 2}, "valentine's day": {month: 2, day: 14},
  "international women's day": {month: 3, day: 8}, "st. patrick's day": {month: 3, day: 17}, "st patrick's day": {month: 3, day: 17},
  'earth day': {month: 4, day: 22}, 'anzac day': {month: 4, day: 25}, 'may day': {month: 5, day: 1}, 'cinco de mayo': {month: 5, day: 5},
  juneteenth: {month: 6, day: 19}, 'canada day': {month: 7, day: 1}, 'independence day': {month: 7, day: 4},
  'bastille day': {month: 7, day: 14}, halloween: {month: 10, day: 31}, "all saints' day": {month: 11, day: 1},
  'guy fawkes night': {month: 11, day: 5}, 'veterans day': {month: 11, day: 11}, 'remembrance day': {month: 11, day: 11},
  'armistice day': {month: 11, day: 11}, 'christmas eve': {month: 12, day: 24}, christmas: {month: 12, day: 25},
  'christmas day': {month: 12, day: 25}, 'boxing day': {month: 12, day: 26},
  'martin luther king day': {month: 1, weekday: 1, nth: 3}, 'martin luther king jr. day': {month: 1, weekday: 1, nth: 3},
  "presidents' day": {month: 2, weekday: 1, nth: 3}, 'presidents day': {month: 2, weekday: 1, nth: 3},
  "mother's day": {month: 5, weekday: 7, nth: 2}, 'memorial day': {month: 5, weekday: 1, nth: -1},
  "father's day": {month: 6, weekday: 7, nth: 3}, 'labor day': {month: 9, weekday: 1, nth: 1},
  'columbus day': {month: 10, weekday: 1, nth: 2}, "indigenous peoples' day": {month: 10, weekday: 1, nth: 2},
  'election day': {month: 11, weekday: 1, nth: 1, shift: 1}, thanksgiving: {month: 11, weekday: 4, nth: 4},
  'thanksgiving day': {month: 11, weekday: 4, nth: 4}, 'black friday': {month: 11, weekday: 4, nth: 4, shift: 1},
  'cyber monday': {month: 11, weekday: 4, nth: 4, shift: 4},
  'ash wednesday': {easter: true, shift: -46}, 'palm sunday': {easter: true, shift: -7}, 'maundy thursday': {easter: true, shift: -3},
  'good friday': {easter: true, shift: -2}, easter: {easter: true}, 'easter sunday': {easter: true},
  'easter monday': {easter: true, shift: 1}, 'ascension day': {easter: true, shift: 39}, pentecost: {easter: true, shift: 49},
  'islamic new year': {calendar: 'islamic', month: 1, day: 1}, 'hijri new year': {calendar: 'islamic', month: 1, day: 1},
  ashura: {calendar: 'islamic', month: 1, day: 10}, mawlid: {calendar: 'islamic', month: 3, day: 12},
  'mawlid al-nabi': {calendar: 'islamic', month: 3, day: 12}, ramadan: {calendar: 'islamic', month: 9, day: 1},
  'eid al-fitr': {calendar: 'islamic', month: 10, day: 1}, 'eid ul-fitr': {calendar: 'islamic', month: 10, day: 1},
  'eid al-adha': {calendar: 'islamic', month: 12, day: 10}, 'eid ul-adha': {calendar: 'islamic', month: 12, day: 10},
  'rosh hashanah': {calendar: 'hebrew', month: 7, day: 1}, 'rosh hashana': {calendar: 'hebrew', month: 7, day: 1},
  'yom kippur': {calendar: 'hebrew', month: 7, day: 10}, sukkot: {calendar: 'hebrew', month: 7, day: 15},
  hanukkah: {calendar: 'hebrew', month: 9, day: 25}, chanukah: {calendar: 'hebrew', month: 9, day: 25},
  purim: {calendar: 'hebrew', month: 12, day: 14}, passover: {calendar: 'hebrew', month: 1, day: 15},
  pesach: {calendar: 'hebrew', month: 1, day: 15}, shavuot: {calendar: 'hebrew', month: 3, day: 6},
  'lunar new year': {calendar: 'chinese', month: 1, day: 1}, 'chinese new year': {calendar: 'chinese', month: 1, day: 1},
  'spring festival': {calendar: 'chinese', month: 1, day: 1}, 'lantern festival': {calendar: 'chinese', month: 1, day: 15},
  'dragon boat festival': {calendar: 'chinese', month: 5, day: 5}, 'mid-autumn festival': {calendar: 'chinese', month: 8, day: 15},
  'moon festival': {calendar: 'chinese', month: 8, day: 15},
  diwali: {hindu: 'diwali'}, deepavali: {hindu: 'diwali'}, holi: {hindu: 'holi'}
})

/**
 * The day `rule` gives in Gregorian `year`, or undefined when there is none ("the fifth Monday of
 * February", a rule that names no date). Any year: the Islamic dates follow the Umm al-Qura
 * tables from 1882 to 2174 and ICU's arithmetic calendar outside them.
 */
export function holidayDate(rule: HolidayRule, year: number): CalendarDay | undefined {
  const found = ruleDay(rule, year)
  return found && rule.shift ? dayFromNumber(dayNumber(found) + rule.shift) : found
}

function ruleDay(rule: HolidayRule, year: number): CalendarDay | undefined {
  if (rule.hindu) return hinduFestivalIn(rule.hindu, year)
  if (rule.easter) return easterSunday(year)
  if (!rule.month) return undefined
  if (rule.calendar) return rule.day ? lunarDayIn(rule.calendar, rule.month, rule.day, year) : undefined
  if (rule.day) return rule.day <= daysInMonth(year, rule.month) ? {year, month: rule.month, day: rule.day} : undefined
  if (!rule.weekday || !rule.nth) return undefined
  let found: number
  if (rule.nth > 0) {
    const first = {year, month: rule.month, day: 1}
    found = dayNumber(first) + ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1)
  } else {
    const last = {year, month: rule.month, day: daysInMonth(year, rule.month)}
    found = dayNumber(last) - ((weekdayOf(last) - rule.weekday + 7) % 7) + 7 * (rule.nth + 1)
  }
  const day = dayFromNumber(found)
  return day.month === rule.month ? day : undefined
}
