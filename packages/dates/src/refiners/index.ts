import {clockAndDay} from './clock-and-day.js'
import {clockOnLastDay} from './clock-day.js'
import {combinedLength} from './combined-length.js'
import {dayOfMonth, monthOfYear, weekOfMonth, weekOfYear} from './counted-in.js'
import {fromLatest} from './from-latest.js'
import {dayPartClock, lengthFromDay, weekdayFromDay, weekdayOfWeek} from './joined.js'
import {longestFirst} from './overlap.js'
import {clockRangeDay, rangeInOrder, rangeYear} from './range.js'
import {adjectiveLength, aroundDay, edgeOf, edgeOfDay, hedge, takesArticle} from './span.js'
import type {DateRefiner} from './types.js'

/** The passes the stage runs by default, in order. */
export const defaultRefiners: ReadonlyArray<DateRefiner> = [longestFirst, combinedLength, aroundDay, weekdayFromDay, rangeYear, hedge, adjectiveLength, edgeOf, edgeOfDay, takesArticle, fromLatest, weekOfYear, weekOfMonth, dayOfMonth, monthOfYear, weekdayOfWeek, rangeInOrder, lengthFromDay, clockOnLastDay, dayPartClock, clockAndDay, clockRangeDay]
