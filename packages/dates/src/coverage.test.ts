import {describe, expect, it} from 'vitest'
import {found} from './testing.js'

// The everyday short time expressions a reader expects any date parser to handle, by kind, each
// with the mentions it should give against one reference date (2024-03-06, a Wednesday). They are
// our own sentences, written from the language, and the values follow the stage's conventions
// (TempEval's): a day resolved against the reference, a length ahead at its grain.
type Case = [kind: string, text: string, expected: string[][]]

const cases: Case[] = [
  // clock words
  ['clock', 'Lunch is at noon.', [['noon', 'TIME', '2024-03-06T12:00']]],
  ['clock', 'The doors lock at midnight.', [['midnight', 'TIME', '2024-03-06T24:00']]],
  ['clock', 'Call me at 7.30 pm.', [['7.30 pm', 'TIME', '2024-03-06T19:30']]],
  ['clock', 'The train leaves at half past ten.', [['half past ten', 'TIME', '2024-03-06T10:30']]],
  ['clock', 'We met at twenty past nine.', [['twenty past nine', 'TIME', '2024-03-06T09:20']]],
  ['clock', 'The bus comes at quarter to five.', [['quarter to five', 'TIME', '2024-03-06T04:45']]],
  ['clock', 'Wake me at 6am.', [['6am', 'TIME', '2024-03-06T06:00']]],
  ['clock', 'The store opens at 17:45.', [['17:45', 'TIME', '2024-03-06T17:45']]],
  ['clock', "Come back at 5 o'clock.", [["5 o'clock", 'TIME', '2024-03-06T05:00']]],
  ['clock', 'Dinner is at 8 tonight.', [['8 tonight', 'TIME', '2024-03-06T20:00']]],
  ['clock', 'Meet me tonight at 8.', [['tonight at 8', 'TIME', '2024-03-06T20:00']]],
  ['clock', 'The match starts at 3 pm sharp.', [['3 pm', 'TIME', '2024-03-06T15:00']]],
  ['clock', 'Be there at noon tomorrow.', [['noon tomorrow', 'TIME', '2024-03-07T12:00']]],
  ['clock', 'The fishermen set out at dawn.', [['dawn', 'TIME', '2024-03-06TMO']]],
  ['clock', 'The gates close at dusk.', [['dusk', 'TIME', '2024-03-06TEV']]],
  ['clock', 'I will call you at midday.', [['midday', 'TIME', '2024-03-06T12:00']]],
  // parts of days
  ['day-part', 'I will finish it this afternoon.', [['this afternoon', 'TIME', '2024-03-06TAF']]],
  ['day-part', 'We leave tomorrow morning.', [['tomorrow morning', 'TIME', '2024-03-07TMO']]],
  ['day-part', 'It rained on Sunday night.', [['Sunday night', 'TIME', '2024-03-03TNI']]],
  ['day-part', 'I will be home tomorrow night.', [['tomorrow night', 'TIME', '2024-03-07TNI']]],
  ['day-part', 'She called early this morning.', [['early this morning', 'TIME', '2024-03-06TMO', 'START']]],
  // days around today
  ['relative-day', 'The parcel comes the day after tomorrow.', [['the day after tomorrow', 'DATE', '2024-03-08']]],
  ['relative-day', 'We spoke the day before yesterday.', [['the day before yesterday', 'DATE', '2024-03-04']]],
  ['relative-day', 'I saw her earlier today.', [['earlier today', 'DATE', '2024-03-06']]],
  ['relative-day', 'She arrived three days ago.', [['three days ago', 'DATE', '2024-03-03']]],
  ['relative-day', 'The fair opens eight days from today.', [['eight days from today', 'DATE', '2024-03-14']]],
  ['relative-day', 'The order ships in 3 days.', [['3 days', 'DATE', '2024-03-09']]],
  // weekdays
  ['weekday', 'The vote is next Tuesday.', [['next Tuesday', 'DATE', '2024-03-12']]],
  ['weekday', 'The office was shut last Monday.', [['last Monday', 'DATE', '2024-03-04']]],
  ['weekday', 'The office reopens this Friday.', [['this Friday', 'DATE', '2024-03-08']]],
  ['weekday', 'Can we meet Friday at 3pm?', [['Friday at 3pm', 'TIME', '2024-03-08T15:00']]],
  ['weekday', 'The forms are due by Friday.', [['Friday', 'DATE', '2024-03-08']]],
  ['weekday', 'Prices have risen since Tuesday.', [['Tuesday', 'DATE', '2024-03-05']]],
  ['weekday', 'The show returns a week from Friday.', [['a week from Friday', 'DATE', '2024-03-15']]],
  ['weekday', 'Book a room for Monday the 11th.', [['Monday the 11th', 'DATE', '2024-03-11']]],
  ['weekday', 'The pool opens Saturday morning.', [['Saturday morning', 'TIME', '2024-03-09TMO']]],
  // month days
  ['month-day', 'The lease ends on the 1st of April.', [['1st of April', 'DATE', '2024-04-01']]],
  ['month-day', 'The lease ended on the 1st of March.', [['1st of March', 'DATE', '2024-03-01']]],
  ['month-day', 'She was born on March the third.', [['March the third', 'DATE', '2024-03-03']]],
  ['month-day', 'The launch is on April 2nd.', [['April 2nd', 'DATE', '2024-04-02']]],
  ['month-day', 'The party was on the third of March.', [['the third of March', 'DATE', '2024-03-03']]],
  ['month-day', 'We arrived 3rd March.', [['3rd March', 'DATE', '2024-03-03']]],
  ['month-day', 'The rent is due on the 15th.', [['the 15th', 'DATE', '2024-03-15']]],
  ['month-day', 'The festival is May the second.', [['May the second', 'DATE', '2024-05-02']]],
  ['month-day', 'The court sits on April twenty-first.', [['April twenty-first', 'DATE', '2024-04-21']]],
  ['month-day', 'The school reopens on 4/15.', [['4/15', 'DATE', '2024-04-15']]],
  ['month-day', 'The museum reopens on 2024-04-20.', [['2024-04-20', 'DATE', '2024-04-20']]],
  ['month-day', 'The play opens March 8 at 9am.', [['March 8 at 9am', 'TIME', '2024-03-08T09:00']]],
  // counted days
  ['counted', 'The fair will be held on the third Monday of October.', [['the third Monday of October', 'DATE', '2024-10-21']]],
  ['counted', 'The deadline is the last day of February.', [['the last day of February', 'DATE', '2024-02-29']]],
  ['counted', 'Payment is due on the first day of next month.', [['the first day of next month', 'DATE', '2024-04-01']]],
  ['counted', 'We will move in the first week of April.', [['the first week of April', 'DATE', '2024-W14']]],
  ['counted', 'We will finish by the end of the week.', [['the end of the week', 'DATE', '2024-W10', 'END']]],
  ['counted', 'The report is due at the end of the month.', [['the end of the month', 'DATE', '2024-03', 'END']]],
  ['counted', 'The work begins at the beginning of April.', [['the beginning of April', 'DATE', '2024-04', 'START']]],
  ['counted', 'We should hear back by mid-March.', [['mid-March', 'DATE', '2024-03', 'MID']]],
  // weeks, months, years
  ['period', 'We are going camping this weekend.', [['this weekend', 'DATE', '2024-W10-WE']]],
  ['period', 'The builders come early next week.', [['early next week', 'DATE', '2024-W11', 'START']]],
  ['period', 'The shop stays shut until next month.', [['next month', 'DATE', '2024-04']]],
  ['period', 'The bridge opens the week after next.', [['the week after next', 'DATE', '2024-W12']]],
  ['period', 'The games are the year after next.', [['the year after next', 'DATE', '2026']]],
  ['period', 'The firm was founded in late 2019.', [['late 2019', 'DATE', '2019', 'END']]],
  ['period', 'The band was big in the 90s.', [['the 90s', 'DATE', '199']]],
  ['period', 'The band was big in the nineties.', [['the nineties', 'DATE', '199']]],
  ['period', 'The house dates from the 18th century.', [['the 18th century', 'DATE', '17']]],
  ['period', 'The roof leaked last spring.', [['last spring', 'DATE', '2023-SP']]],
  ['period', 'We will travel next summer.', [['next summer', 'DATE', '2025-SU']]],
  ['period', 'The trial starts next March.', [['next March', 'DATE', '2025-03']]],
  ['period', 'The tower will open in 2026.', [['2026', 'DATE', '2026']]],
  // counted from now
  ['from-now', 'The visa expires two weeks from now.', [['two weeks from now', 'DATE', '2024-W12']]],
  ['from-now', 'The bill comes due a year from now.', [['a year from now', 'DATE', '2025']]],
  ['from-now', 'We will talk in ten minutes.', [['ten minutes', 'DATE', '2024-03-06']]],
  ['from-now', 'The results come out in two weeks.', [['two weeks', 'DATE', '2024-W12']]],
  ['from-now', 'We moved here a fortnight ago.', [['a fortnight ago', 'DATE', '2024-W08']]],
  ['from-now', 'She left a month ago.', [['a month ago', 'DATE', '2024-02']]],
  ['from-now', 'They married ten years ago.', [['ten years ago', 'DATE', '2014']]],
  ['from-now', 'The tunnel will be finished five years hence.', [['five years hence', 'DATE', '2029']]],
  ['from-now', 'The road reopened three weeks ago.', [['three weeks ago', 'DATE', '2024-W07']]],
  ['from-now', 'She came back two days later.', [['two days later', 'DATE', '2024-03-08']]],
  // lengths
  ['length', 'The repair took three hours.', [['three hours', 'DURATION', 'PT3H']]],
  ['length', 'The flight lasts an hour and a half.', [['an hour and a half', 'DURATION', 'PT1H30M']]],
  ['length', 'I stayed for a fortnight.', [['a fortnight', 'DURATION', 'P2W']]],
  ['length', 'We waited half an hour.', [['half an hour', 'DURATION', 'PT30M']]],
  ['length', 'The course lasts a day and a half.', [['a day and a half', 'DURATION', 'P1.5D']]],
  ['length', 'The talks ran for a couple of hours.', [['a couple of hours', 'DURATION', 'PT2H']]],
  ['length', 'Sales fell over the past two years.', [['the past two years', 'DURATION', 'P2Y']]],
  // sets
  ['set', 'The market runs every Tuesday.', [['every Tuesday', 'SET', 'XXXX-WXX-2']]],
  ['set', 'The paper comes out weekly.', [['weekly', 'SET', 'P1W']]],
  ['set', 'Elections are held every four years.', [['every four years', 'SET', 'P4Y']]],
  ['set', 'The ferry sails every other day.', [['every other day', 'SET', 'P2D']]],
  ['set', 'The report is published annually.', [['annually', 'SET', 'P1Y']]],
  ['set', 'She runs every morning.', [['every morning', 'SET', 'XXXX-XX-XXTMO']]],
  ['set', 'The choir sings on Sundays.', [['Sundays', 'SET', 'XXXX-WXX-7']]],
  // holidays and seasons
  ['holiday', 'The shop shuts on Christmas Eve.', [['Christmas Eve', 'DATE', '2023-12-24']]],
  ['holiday', 'Fireworks light up the sky on New Year\'s Eve.', [["New Year's Eve", 'DATE', '2023-12-31']]],
  ['holiday', 'The trip is planned for summer 2025.', [['summer 2025', 'DATE', '2025-SU']]],
  // not times
  ['negative', 'You may leave whenever you like.', []],
  ['negative', 'The crowd will march to the square.', []],
  ['negative', 'She won the second round easily.', []],
  ['negative', 'The Sunday Times ran the story first.', []],
  ['negative', 'April Ryan asked the first question.', []],
  ['negative', 'June Carter sang the last song.', []],
  ['negative', 'He scored a second goal.', []],
  ['negative', 'The team will fall back to its own half.', []],
  ['negative', 'Three quarters of the staff agreed.', []],
  ['negative', 'Grace said it was a matter of time.', []]
]

// Expressions the stage does not read as it should yet: each test fails until it does.
const gaps: Case[] = [
  ['length', 'The strike lasted 2 weeks and 3 days.', [['2 weeks and 3 days', 'DURATION', 'P17D']]]
]

describe('everyday time expressions', () => {
  it.each(cases)('%s: %s', async (_kind, text, expected) => {
    expect(await found(text)).toEqual(expected)
  })
  it.fails.each(gaps)('not yet %s: %s', async (_kind, text, expected) => {
    expect(await found(text)).toEqual(expected)
  })
})
