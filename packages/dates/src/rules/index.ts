import {clockRules, clockWordsRule} from './clock.js'
import {dottedClockRule, letterMeridiemRule} from './day-clock.js'
import {countedRule, longRule, vagueLengthRule} from './duration.js'
import {holidayRule} from './holiday.js'
import {bareAbbreviationRule, dayAloneRule, monthDayRule, monthRule, monthYearRule, spokenMonthDayRule} from './month-day.js'
import {isoDateRule, namedNumericRule, numericDateRule} from './numeric.js'
import {fiscalCodeRule, halfRule, quarterCodeRule, quarterOfYearRule, quarterRule, reportPeriodRule, theYearRule, weekNumberRule} from './quarter.js'
import {dayPartRule, deicticRule, endOfDayRule, inDayPartRule, nextDayRule, periodBeyondRule, presentRule, relativePeriodRule, samePeriodRule, weekendRule} from './relative.js'
import {seasonRule} from './season.js'
import {setRule} from './set.js'
import type {DateRule} from './types.js'
import {nthWeekdayRule, weekdayRule, weekdaysAgoRule, weekdayTheDayRule} from './weekday.js'
import {centuryRule, decadeRule, shortDecadeRule, spokenYearRule, yearRule, yearSpanRule} from './year.js'

/**
 * Every rule the stage runs by default. Order breaks ties: of two candidates with the same span,
 * the earlier rule's is kept.
 */
export const defaultRules: ReadonlyArray<DateRule> = [
  monthDayRule,
  monthYearRule,
  isoDateRule,
  monthRule,
  bareAbbreviationRule,
  nthWeekdayRule,
  weekdayTheDayRule,
  weekdaysAgoRule,
  holidayRule,
  yearRule,
  yearSpanRule,
  spokenYearRule,
  decadeRule,
  shortDecadeRule,
  quarterRule,
  quarterOfYearRule,
  halfRule,
  centuryRule,
  seasonRule,
  dayPartRule,
  inDayPartRule,
  deicticRule,
  presentRule,
  endOfDayRule,
  relativePeriodRule,
  periodBeyondRule,
  reportPeriodRule,
  theYearRule,
  samePeriodRule,
  weekendRule,
  weekdayRule,
  ...clockRules,
  dottedClockRule,
  letterMeridiemRule,
  countedRule,
  vagueLengthRule,
  longRule,
  setRule,
  numericDateRule,
  namedNumericRule,
  quarterCodeRule,
  fiscalCodeRule,
  weekNumberRule,
  spokenMonthDayRule,
  dayAloneRule,
  nextDayRule,
  clockWordsRule
]
