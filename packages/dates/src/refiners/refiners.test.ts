import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('the refiners', () => {
  it('keeps the longest of overlapping candidates', async () => {
    expect(await found('Profit fell in the third quarter of 2023 and in the 1990s.')).toEqual([
      ['the third quarter of 2023', 'DATE', '2023-Q3'],
      ['the 1990s', 'DATE', '199']
    ])
  })

  it('takes "the day before" and "the week of" into a full date', async () => {
    expect(await found('Crowds gathered the day before Christmas and again the week of March 4.')).toEqual([
      ['the day before Christmas', 'DATE', '2023-12-24'],
      ['the week of March 4', 'DATE', '2024-W10']
    ])
  })

  it('takes a hedge after a date or length into its span', async () => {
    expect(await found('Rates stay low for the next month or so, then for weeks or months.')).toEqual([
      ['the next month or so', 'DATE', '2024-04'],
      ['weeks or months', 'DURATION', 'PXW']
    ])
  })

  it('takes "early" or "late" before a day, or "the early hours of", into its span with the mod', async () => {
    expect(await found('The ferry sank late Saturday. Talks resumed early on Monday. The quake hit in the early hours of Tuesday. It ended late yesterday.')).toEqual([
      ['late Saturday', 'DATE', '2024-03-02', 'END'],
      ['early on Monday', 'DATE', '2024-03-04', 'START'],
      ['the early hours of Tuesday', 'DATE', '2024-03-05', 'START'],
      ['late yesterday', 'DATE', '2024-03-05', 'END']
    ])
  })

  it('leaves lateness, an edge word that qualifies no day and the edge of a part of the day out of the span', async () => {
    expect(await found('He was late on Tuesday for his hearing. The train ran 40 minutes late Saturday. Buses were too late Friday. Shots rang out late Friday night.')).toEqual([
      ['Tuesday', 'DATE', '2024-03-05'],
      ['40 minutes', 'DURATION', 'PT40M'],
      ['Saturday', 'DATE', '2024-03-02'],
      ['Friday', 'DATE', '2024-03-01'],
      ['Friday night', 'TIME', '2024-03-01TNI']
    ])
    expect(await found('It came as late as Monday. He stayed up late, and on Sunday he left. We will meet later today.')).toEqual([
      ['Monday', 'DATE', '2024-03-04'],
      ['Sunday', 'DATE', '2024-03-03'],
      ['later today', 'DATE', '2024-03-06']
    ])
  })

  it('leaves the article out of a length written as an adjective', async () => {
    expect(await found('The two-week strike ended; the 10-day truce held.')).toEqual([
      ['two-week', 'DURATION', 'P2W'],
      ['10-day', 'DURATION', 'P10D']
    ])
  })

  it('takes an edge of a date into its span with its mod, and "the" into a relative date', async () => {
    expect(await found('Stocks fell at the end of March, in the past year and on the previous Friday.')).toEqual([
      ['the end of March', 'DATE', '2024-03', 'END'],
      ['the past year', 'DATE', '2023'],
      ['the previous Friday', 'DATE', '2024-03-01']
    ])
  })

  it('counts "the following year" from the last year the text named', async () => {
    expect(await found('The line opened in 2015 and the following year it doubled.')).toEqual([
      ['2015', 'DATE', '2015'],
      ['the following year', 'DATE', '2016']
    ])
  })

  it('puts a clock time on the date its sentence names before it', async () => {
    expect(await found('On March 3 the fire started at 10:30 and spread by 2 p.m.')).toEqual([
      ['March 3', 'DATE', '2024-03-03'],
      ['10:30', 'TIME', '2024-03-03T10:30'],
      ['2 p.m.', 'TIME', '2024-03-03T14:00']
    ])
    expect(await found('The fire started at 10:30 and burned until March 3.')).toEqual([
      ['10:30', 'TIME', '2024-03-06T10:30'],
      ['March 3', 'DATE', '2024-03-03']
    ])
  })

  it('puts a clock time alone on the day a sentence before it named, with a part of the day or without it', async () => {
    expect(await found('A shop in Tavish was robbed on Saturday night. Police were called at about 10.40pm. A man was held on Monday. He was charged at 9:15.')).toEqual([
      ['Saturday night', 'TIME', '2024-03-02TNI'],
      ['10.40pm', 'TIME', '2024-03-02T22:40'],
      ['Monday', 'DATE', '2024-03-04'],
      ['9:15', 'TIME', '2024-03-04T09:15']
    ])
  })

  it('joins a clock time and the day beside it', async () => {
    expect(await found('Voting began 9 a.m. Tuesday and ended Friday at 4pm. Lunch was at noon; on Monday it rained.')).toEqual([
      ['9 a.m. Tuesday', 'TIME', '2024-03-05T09:00'],
      ['Friday at 4pm', 'TIME', '2024-03-01T16:00'],
      ['noon', 'TIME', '2024-03-01T12:00'],
      ['Monday', 'DATE', '2024-03-04']
    ])
  })

  it('puts both ends of a range of hours on the day either names', async () => {
    expect(await found('The hearing runs from 9:30 to 11:00 on Thursday.')).toEqual([
      ['9:30', 'TIME', '2024-03-07T09:30'],
      ['11:00 on Thursday', 'TIME', '2024-03-07T11:00']
    ])
  })

  it('puts both ends of a range of hours on a day written in figures', async () => {
    expect(await found('The polls were open from 7:30 to 8:00 on 5/6/2019.')).toEqual([
      ['7:30', 'TIME', '2019-05-06T07:30'],
      ['8:00 on 5/6/2019', 'TIME', '2019-05-06T08:00']
    ])
  })

  it('gives the first end of a range or pair the year written after the second', async () => {
    const ranges = 'The strike ran from January to April 2015. The show ran June-August 1992. Talks ran Nov. 18 to Feb. 5, 2017. Sales fell in March and May 2020.'
    expect(await found(ranges)).toEqual([
      ['January', 'DATE', '2015-01'],
      ['April 2015', 'DATE', '2015-04'],
      ['June', 'DATE', '1992-06'],
      ['August 1992', 'DATE', '1992-08'],
      ['Nov. 18', 'DATE', '2016-11-18'],
      ['Feb. 5, 2017', 'DATE', '2017-02-05'],
      ['March', 'DATE', '2020-03'],
      ['May 2020', 'DATE', '2020-05']
    ])
    const apart = 'He left in May and came back in 2019. From next Friday to May 2, 2025, the road is shut. Prices rose in June, and in July 2019 they fell.'
    expect(await found(apart)).toEqual([
      ['May', 'DATE', '2023-05'],
      ['2019', 'DATE', '2019'],
      ['next Friday', 'DATE', '2024-03-08'],
      ['May 2, 2025', 'DATE', '2025-05-02'],
      ['June', 'DATE', '2023-06'],
      ['July 2019', 'DATE', '2019-07']
    ])
  })

  it('takes an edge without "the" into a date', async () => {
    expect(await found('Shops shut by end of March and reopen at start of June 2024.')).toEqual([
      ['end of March', 'DATE', '2024-03', 'END'],
      ['start of June 2024', 'DATE', '2024-06', 'START']
    ])
    expect(await found('The end of hostilities came on May 2.')).toEqual([['May 2', 'DATE', '2023-05-02']])
    expect(await found('Beginning of 2020 was calm.')).toEqual([['Beginning of 2020', 'DATE', '2020', 'START']])
  })

  it('reads both ends of a range of weekdays in one direction, its start not after its end', async () => {
    // 2024-03-04 is a Monday.
    expect(await found('The strike lasted from Monday to Wednesday.', '2024-03-04')).toEqual([
      ['Monday', 'DATE', '2024-02-26'],
      ['Wednesday', 'DATE', '2024-02-28']
    ])
    expect(await found('The fair will run from Friday through Monday.', '2024-03-06')).toEqual([
      ['Friday', 'DATE', '2024-03-08'],
      ['Monday', 'DATE', '2024-03-11']
    ])
    expect(await found('The plant was shut between Thursday and Tuesday.', '2024-03-04')).toEqual([
      ['Thursday', 'DATE', '2024-02-22'],
      ['Tuesday', 'DATE', '2024-02-27']
    ])
    expect(await found('Talks ran from last Thursday to Monday.', '2024-03-06')).toEqual([
      ['last Thursday', 'DATE', '2024-02-29'],
      ['Monday', 'DATE', '2024-03-04']
    ])
  })

  it('reads two weekdays given as alternatives in one direction, as the ends of a range', async () => {
    // 2025-11-04 is a Tuesday.
    expect(await found('The storm is forecast to make landfall late Friday night or early Saturday morning.', '2025-11-04')).toEqual([
      ['Friday night', 'TIME', '2025-11-07TNI'],
      ['Saturday morning', 'TIME', '2025-11-08TMO']
    ])
    expect(await found('The vote is likely to come Thursday or Friday.', '2025-11-04')).toEqual([
      ['Thursday', 'DATE', '2025-11-06'],
      ['Friday', 'DATE', '2025-11-07']
    ])
    expect(await found('The package arrived Sunday or Monday.', '2025-11-04')).toEqual([
      ['Sunday', 'DATE', '2025-11-02'],
      ['Monday', 'DATE', '2025-11-03']
    ])
  })

  it('reads both ends of a range of months written without a year in one direction', async () => {
    expect(await found("I'll be away from August to October.", '2024-09-10')).toEqual([
      ['August', 'DATE', '2025-08'],
      ['October', 'DATE', '2025-10']
    ])
    expect(await found('She will teach from Aug. 3 to Oct. 5.', '2024-09-10')).toEqual([
      ['Aug. 3', 'DATE', '2025-08-03'],
      ['Oct. 5', 'DATE', '2025-10-05']
    ])
    expect(await found("We'll travel from July through November.", '2024-09-10')).toEqual([
      ['July', 'DATE', '2025-07'],
      ['November', 'DATE', '2025-11']
    ])
    // Already in order, or a year written on an end: left as read.
    expect(await found('Prices rose from March to June, and from May 2023 to February.', '2024-09-10')).toEqual([
      ['March', 'DATE', '2024-03'],
      ['June', 'DATE', '2024-06'],
      ['May 2023', 'DATE', '2023-05'],
      ['February', 'DATE', '2024-02']
    ])
  })

  it('leaves weekdays alone that form no range or already run forward', async () => {
    expect(await found('The clinic opens Tuesday and Wednesday.', '2024-03-04')).toEqual([
      ['Tuesday', 'DATE', '2024-03-05'],
      ['Wednesday', 'DATE', '2024-02-28']
    ])
    expect(await found('He worked Monday to Tuesday.', '2024-03-06')).toEqual([
      ['Monday', 'DATE', '2024-03-04'],
      ['Tuesday', 'DATE', '2024-03-05']
    ])
  })
})
