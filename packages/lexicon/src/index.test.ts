import {expect, it} from 'vitest'

it('pins the public exports', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'abbreviationSets', 'calendarWords', 'clubWords', 'currencies', 'currencyWords', 'dayFromNumber', 'dayNumber', 'dayOf', 'daysInMonth',
    'defaultAbbreviations', 'easterSunday', 'escapeRegExp', 'extendLexicon', 'hinduFestivalIn', 'holidayDate', 'holidays',
    'isSpace', 'isWhiteSpace', 'listBullets', 'lunarDayIn', 'memoizedByCode', 'numberWords', 'parseDay', 'readNumber', 'tokenize', 'trimEnd', 'trimSpan', 'usStateAbbreviations', 'weekdayOf',
    'wordTable'
  ])
})
