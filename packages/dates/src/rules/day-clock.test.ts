import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('clock times written with a full stop beside a day', () => {
  it('reads the clock after a day and "at", or before "on" a weekday or a day word after "at"', async () => {
    // 2024-03-06 is a Wednesday.
    expect(await found('The vote opens Monday at 14.30. Ferries sail tomorrow at 6.45. We will land at 18.05 on Friday.')).toEqual([
      ['Monday at 14.30', 'TIME', '2024-03-11T14:30'],
      ['tomorrow at 6.45', 'TIME', '2024-03-07T06:45'],
      ['18.05 on Friday', 'TIME', '2024-03-08T18:05']
    ])
    expect(await found('The talks resume today at 10.00 GMT. The match kicks off Sunday at 17.30 Paris time.')).toEqual([
      ['today at 10.00', 'TIME', '2024-03-06T10:00'],
      ['Sunday at 17.30', 'TIME', '2024-03-10T17:30']
    ])
  })

  it('reads no amount: a number alone, after "at" with no day, before a unit, or without "at" before a day', async () => {
    expect(await found('The stock closed at 14.30. The dollar ended Friday at 1.45 marks. Shares rose 2.30 on Friday. The rate was 9.15% today.')).toEqual([
      ['Friday', 'DATE', '2024-03-01'],
      ['Friday', 'DATE', '2024-03-01'],
      ['today', 'DATE', '2024-03-06']
    ])
    // A second clock joined by "and" has no day beside it; "24.00" is no hour of the dial.
    expect(await found('Ferries will sail on Monday at 6.45 and 9.10. Version 2.30 will ship on Monday at 24.00 sharp.')).toEqual([
      ['Monday at 6.45', 'TIME', '2024-03-11T06:45'],
      ['Monday', 'DATE', '2024-03-11']
    ])
  })
})

describe('clock times with the half of the day cut to one letter, beside a day', () => {
  it('reads "9a" and "7:30p" after a day and "at", or before a day word after "at"', async () => {
    // 2024-03-06 is a Wednesday.
    expect(await found('The shelter opens today at 9a. Dinner will be Friday at 7:30p. Buses will leave at 6a tomorrow. Call Thu at 10a.')).toEqual([
      ['today at 9a', 'TIME', '2024-03-06T09:00'],
      ['Friday at 7:30p', 'TIME', '2024-03-08T19:30'],
      ['6a tomorrow', 'TIME', '2024-03-07T06:00'],
      ['Thu at 10a', 'TIME', '2024-03-07T10:00']
    ])
  })

  it('reads no road, flat or price: a letter after a number with no day beside it, or an hour off the dial', async () => {
    expect(await found('Take Route 9a into town. Shares sold at 9p. She lives at 9a Main Street. The bus leaves today at 13p.')).toEqual([['today', 'DATE', '2024-03-06']])
  })
})
