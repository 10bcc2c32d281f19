import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('quarters and parts of a year', () => {
  it('reads quarters by ordinal, code and year', async () => {
    expect(await found('Profit rose in the third quarter and in Q4 2023. Q2 sales and the first quarter of 2022 were weak.')).toEqual([
      ['the third quarter', 'DATE', '2023-Q3'],
      ['Q4 2023', 'DATE', '2023-Q4'],
      ['Q2', 'DATE', '2024-Q2'],
      ['the first quarter of 2022', 'DATE', '2022-Q1']
    ])
  })

  it('reads a quarter well ahead of the article as last year\'s, unless the sentence looks ahead', async () => {
    expect(await found('Fourth-quarter sales fell. The firm will report fourth-quarter sales soon.', '2024-02-10')).toEqual([
      ['Fourth-quarter', 'DATE', '2023-Q4'],
      ['fourth-quarter', 'DATE', '2024-Q4'],
      ['soon', 'DATE', 'FUTURE_REF']
    ])
  })

  it('reads a quarter of a game report as a period of the game, not of the year', async () => {
    expect(await found('Smith scored twice in the fourth quarter to seal the win.')).toEqual([])
    expect(await found('The Lakers led 31-19 after the first quarter.')).toEqual([])
    expect(await found('He threw a third-quarter touchdown pass.')).toEqual([])
    // The whole text reports a game: a sentence of it with no game word of its own too.
    expect(await found('The Heat beat the Knicks 102-98. Miami pulled away in the fourth quarter. Butler scored 30 points.')).toEqual([])
  })

  it('keeps a quarter of the year where words shared with games stand for campaigns, plans or indexes', async () => {
    expect(await found('The campaign led all candidates in fundraising in the third quarter.', '2025-10-20')).toEqual([['the third quarter', 'DATE', '2025-Q3']])
    expect(await found('The party set a goal of 5,000 new members in the fourth quarter.', '2025-10-20')).toEqual([['the fourth quarter', 'DATE', '2025-Q4']])
    expect(await found('Factories paid more overtime in the second quarter.', '2025-10-20')).toEqual([['the second quarter', 'DATE', '2025-Q2']])
  })

  it('keeps a quarter of the year with a year, "fiscal", or a word of results beside a game word', async () => {
    expect(await found('The company posted a fourth-quarter profit and scored a record.', '2024-02-10')).toEqual([['fourth-quarter', 'DATE', '2023-Q4']])
    expect(await found('He scored twice in the fourth quarter of 2022.')).toEqual([['the fourth quarter of 2022', 'DATE', '2022-Q4']])
    expect(await found('The team led the league in fiscal third quarter sales.')).toEqual([['fiscal third quarter', 'DATE', '2024-Q3']])
    expect(await found('Miami pulled away in the fourth quarter, shares fell 5%.', '2024-02-10')).toEqual([['the fourth quarter', 'DATE', '2023-Q4']])
    expect(await found('Shares rose. Miami pulled away in the fourth quarter. Butler scored 30 points.', '2024-02-10')).toEqual([['the fourth quarter', 'DATE', '2023-Q4']])
  })

  it('reads halves of a year, and not other halves', async () => {
    expect(await found('Hiring slowed in the first half of 2023 and the second half of next year. Half of the staff left.')).toEqual([
      ['the first half of 2023', 'DATE', '2023-H1'],
      ['the second half of next year', 'DATE', '2025-H2']
    ])
  })

  it('reads "the full year", "the end of the year" and "for the year" as the article\'s year', async () => {
    expect(await found('Revenue for the full year grew; by the end of the year, costs for the year were flat.')).toEqual([
      ['the full year', 'DATE', '2024'],
      ['the end of the year', 'DATE', '2024', 'END'],
      ['the year', 'DATE', '2024']
    ])
  })

  it('pins quarters and year-earlier results to the quarter the report is about', async () => {
    const mentions = await found(
      'Zephyr Mills posted third-quarter profit of $5 million. Third-quarter sales rose, and year-earlier profit was $4 million. ' +
        'In the 2023 second quarter it lost money, and the year-ago fourth quarter saw it break even. ' +
        "It expects gains in next year's first quarter and in the first half of 2025. The current quarter began well.",
      '2024-10-24'
    )
    expect(mentions).toEqual([
      ['third-quarter', 'DATE', '2024-Q3'],
      ['Third-quarter', 'DATE', '2024-Q3'],
      ['year-earlier', 'DATE', '2023-Q3'],
      ['the 2023 second quarter', 'DATE', '2023-Q2'],
      ['the year-ago fourth quarter', 'DATE', '2023-Q4'],
      ["next year's first quarter", 'DATE', '2025-Q1'],
      ['the first half of 2025', 'DATE', '2025-H1'],
      ['The current quarter', 'DATE', '2024-Q4']
    ])
  })

  it('keeps a year-earlier span of months a duration, and a year-earlier figure alone', async () => {
    const mentions = await found('Earnings over the year-earlier six months fell, below the year-earlier $3 million.', '2024-10-24')
    expect(mentions).toEqual([['six months', 'DURATION', 'P6M']])
  })

  it('reads a quarter well ahead of the article as last year\'s, unless the sentence looks ahead', async () => {
    const mentions = await found('Profit fell in the fourth quarter. It will grow in the fourth quarter of the new plan.', '2024-01-20')
    expect(mentions).toEqual([
      ['the fourth quarter', 'DATE', '2023-Q4'],
      ['the fourth quarter', 'DATE', '2024-Q4']
    ])
  })

  it('gives a fiscal year ended on a date a year\'s length, and the full year and its end the article\'s year', async () => {
    const mentions = await found('Sales for the fiscal year ended June 30 rose. The full year looks strong, and the deal closes before the end of the year.', '2024-09-10')
    expect(mentions).toEqual([
      ['the fiscal year', 'DURATION', 'P1Y'],
      ['June 30', 'DATE', '2024-06-30'],
      ['The full year', 'DATE', '2024'],
      ['the end of the year', 'DATE', '2024', 'END']
    ])
  })

  it('reads an edge of the year, month or week without its articles, as headlines write it', async () => {
    expect(await found('Pay by end of month.')).toEqual([['end of month', 'DATE', '2024-03', 'END']])
    expect(await found('Sales rose by end of the year and the start of the week.')).toEqual([
      ['end of the year', 'DATE', '2024', 'END'],
      ['the start of the week', 'DATE', '2024-W10', 'START']
    ])
    expect(await found('Talks stall until middle of year.')).toEqual([['middle of year', 'DATE', '2024', 'MID']])
  })

  it('reads no edge of a year that is a length', async () => {
    expect(await found('At the end of a year of war, the end of years of talks came.')).toEqual([['a year', 'DURATION', 'P1Y']])
    expect(await found('The year-end bonus came.')).toEqual([['year-end', 'DATE', '2024']])
  })

  it('reads a quarter code in lower case, as notes and listings write it', async () => {
    expect(await found('Sales in q1-2019 and 2017-q3 rose; q4 was flat.')).toEqual([
      ['q1-2019', 'DATE', '2019-Q1'],
      ['2017-q3', 'DATE', '2017-Q3'],
      ['q4', 'DATE', '2023-Q4']
    ])
    expect(await found('Revenue hit a high in 2019 q2.')).toEqual([['2019 q2', 'DATE', '2019-Q2']])
  })

  it('reads no quarter in a longer code', async () => {
    expect(await found('The q10 board met the hq1 unit.')).toEqual([])
    expect(await found('The Q5 car and the q7 model sold out.')).toEqual([])
    expect(await found('Its 2019q board was new.')).toEqual([['2019', 'DATE', '2019']])
  })

  it('reads a week by its number, of the year given or the article\'s', async () => {
    expect(await found('The plant restarts in week 31. The ships sail in week 12 of 2025. Orders close in Week 40, 2023.')).toEqual([
      ['week 31', 'DATE', '2024-W31'],
      ['week 12 of 2025', 'DATE', '2025-W12'],
      ['Week 40, 2023', 'DATE', '2023-W40']
    ])
  })

  it('leaves a week counted in something else, a week number before a noun and one out of range alone', async () => {
    expect(await found('In week 3 of the trial the judge fell ill. The week 2 results were poor. Week 60 never comes.')).toEqual([])
  })
  it('reads a quarter code with its number first, and a fiscal year\'s quarter by that year', async () => {
    expect(await found('Margins widened in 3Q24 after a weak 2Q 2024.')).toEqual([
      ['3Q24', 'DATE', '2024-Q3'],
      ['2Q 2024', 'DATE', '2024-Q2']
    ])
    expect(await found("Orders in Q4 FY25 beat those of 1Q'23.")).toEqual([
      ['Q4 FY25', 'DATE', '2025-Q4'],
      ["1Q'23", 'DATE', '2023-Q1']
    ])
    expect(await found('Sales rose in q2 fy2026.')).toEqual([['q2 fy2026', 'DATE', '2026-Q2']])
  })

  it('reads no quarter where a Q joins other digits or letters', async () => {
    expect(await found('The 5Q24 unit and the 13Q24 form were filed with 3Q.')).toEqual([])
    expect(await found('The Q3X engine and the 3QB model sold out.')).toEqual([])
  })

  it('reads fiscal years by the year they are labelled with, the later of two', async () => {
    expect(await found('Profit fell in FY2024 and will rise in FY26, the lender said.')).toEqual([
      ['FY2024', 'DATE', '2024'],
      ['FY26', 'DATE', '2026']
    ])
    expect(await found("The FY 2024-25 budget and the FY24/25 plan replaced FY'23 targets.")).toEqual([
      ['FY 2024-25', 'DATE', '2025'],
      ['FY24/25', 'DATE', '2025'],
      ["FY'23", 'DATE', '2023']
    ])
  })

  it('reads halves of a fiscal or calendar year by their codes', async () => {
    expect(await found('Costs rose in H1 2025 and fell in 2H24.')).toEqual([
      ['H1 2025', 'DATE', '2025-H1'],
      ['2H24', 'DATE', '2024-H2']
    ])
    expect(await found("Margins in H1FY25 beat those of H2'23 and 1H 2022.")).toEqual([
      ['H1FY25', 'DATE', '2025-H1'],
      ["H2'23", 'DATE', '2023-H2'],
      ['1H 2022', 'DATE', '2022-H1']
    ])
  })

  it('reads no fiscal code in other codes, nor a half without its year', async () => {
    expect(await found('The H1N1 strain spread as H2 demand grew.')).toEqual([])
    expect(await found('The FY2024-27 plan and form FY2025-001 were filed, as was the H123 model.')).toEqual([])
    expect(await found('Rooms FY12B and 3H24C are shut.')).toEqual([])
  })
})

