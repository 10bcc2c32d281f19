import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('holidays', () => {
  it('dates holidays by their rule, nearest or as "last" and "next" ask', async () => {
    expect(await found('Shops closed for Thanksgiving and reopen after Christmas. Last Easter was wet; next Labor Day is warm.')).toEqual([
      ['Thanksgiving', 'DATE', '2023-11-23'],
      ['Christmas', 'DATE', '2023-12-25'],
      ['Last Easter', 'DATE', '2023-04-09'],
      ['next Labor Day', 'DATE', '2024-09-02']
    ])
  })

  it('dates a holiday beside a past verb as the last one, and beside a present or future one as the nearest', async () => {
    expect(await found('Eid al-Fitr was celebrated quietly. Families spent Diwali at home. Crowds gathered for Hanukkah.', '2025-01-10')).toEqual([
      ['Eid al-Fitr', 'DATE', '2024-04-10'],
      ['Diwali', 'DATE', '2024-11-01'],
      ['Hanukkah', 'DATE', '2024-12-26']
    ])
    expect(await found('Eid al-Fitr is a public holiday. Markets will close for Eid al-Fitr.', '2025-01-10')).toEqual([
      ['Eid al-Fitr', 'DATE', '2025-03-30'],
      ['Eid al-Fitr', 'DATE', '2025-03-30']
    ])
  })

  it('reads holiday names in lower case, but not common words', async () => {
    expect(await found('the market shuts on christmas eve and halloween. She had an epiphany at dinner.')).toEqual([
      ['christmas eve', 'DATE', '2023-12-24'],
      ['halloween', 'DATE', '2023-10-31']
    ])
  })

  it('dates holidays of lunar calendars in their year, and a holiday week', async () => {
    expect(await found('Prices rise before Diwali 2024 and Eid al-Fitr 2025. Traffic peaks in Easter week 2023.')).toEqual([
      ['Diwali 2024', 'DATE', '2024-11-01'],
      ['Eid al-Fitr 2025', 'DATE', '2025-03-30'],
      ['Easter week 2023', 'DATE', '2023-W14']
    ])
  })

  it('gives a holiday without a reference date its month and day only when the Gregorian calendar fixes them', async () => {
    expect(await found('Stores stay open through Christmas, Ramadan and Diwali.', null)).toEqual([['Christmas', 'DATE', 'XXXX-12-25']])
  })

  it('dates a weekday counted in a month as a holiday rule, in the year given or the nearest one', async () => {
    const mentions = await found('They meet on the first Monday of March and the last Friday in June 2026.', '2024-01-04')
    expect(mentions).toEqual([
      ['the first Monday of March', 'DATE', '2024-03-04'],
      ['the last Friday in June 2026', 'DATE', '2026-06-26']
    ])
  })

  it('dates holidays by their rule, the nearest one or the one the words ask for', async () => {
    const mentions = await found('The flood came on Thanksgiving Day and again last Christmas. Voters will go to the polls on Election Day, before Easter 2025.', '2024-01-10')
    expect(mentions).toEqual([
      ['Thanksgiving Day', 'DATE', '2023-11-23'],
      ['last Christmas', 'DATE', '2023-12-25'],
      ['Election Day', 'DATE', '2024-11-05'],
      ['Easter 2025', 'DATE', '2025-04-20']
    ])
  })

  it('reads a holiday week as the week that holds the holiday, and "the past three summers" not as "the past"', async () => {
    // Easter 2024 is Sunday March 31, in 2024-W13.
    const mentions = await found('Crowds gathered as Easter week began, and again on Easter. Riots hit during the past three summers; in the past, calm.', '2024-03-25')
    expect(mentions).toEqual([
      ['Easter week', 'DATE', '2024-W13'],
      ['Easter', 'DATE', '2024-03-31'],
      ['the past', 'DATE', 'PAST_REF']
    ])
  })
})
