import {createPipeline} from '@tidings/core'
import {segment} from '@tidings/segment'
import {describe, expect, it} from 'vitest'
import {dates} from './index.js'

async function found(text: string, publishedAt: string | null = '2024-01-04', options = {}) {
  const record = await createPipeline({article: [segment, [dates, options]]}).article({id: 't', text, publishedAt})
  if (record.kind !== 'article') throw new Error(record.error.message)
  return {mentions: (record.dates ?? []).map(({text: span, type, value, mod}) => [span, type, value, ...(mod ? [mod] : [])]), reference: record.referenceDate}
}

describe('dates', () => {
  it('resolves news dates against the reference date, the past first', async () => {
    const {mentions} = await found('The ferry sank Saturday. Crews searched on Dec. 30 and 2 January, and will return Tuesday.')
    expect(mentions).toEqual([
      ['Saturday', 'DATE', '2023-12-30'],
      ['Dec. 30', 'DATE', '2023-12-30'],
      ['2 January', 'DATE', '2024-01-02'],
      ['Tuesday', 'DATE', '2024-01-09']
    ])
  })

  it('normalizes relative expressions, durations, sets and mods', async () => {
    const {mentions} = await found(
      'Last year the port shut for two years. Talks resume next week, every Monday, in the first quarter. Prices peaked in mid-2023 and in the 1990s. It is open now.'
    )
    expect(mentions).toEqual([
      ['Last year', 'DATE', '2023'],
      ['two years', 'DURATION', 'P2Y'],
      ['next week', 'DATE', '2024-W02'],
      ['every Monday', 'SET', 'XXXX-WXX-1'],
      ['the first quarter', 'DATE', '2024-Q1'],
      ['mid-2023', 'DATE', '2023', 'MID'],
      ['the 1990s', 'DATE', '199'],
      ['now', 'DATE', 'PRESENT_REF']
    ])
  })

  it('keeps times of day, and a clock time beside its day as one mention', async () => {
    const {mentions} = await found('The blast came at 5 p.m. EST Jan. 3, and another last night.')
    expect(mentions).toEqual([
      ['5 p.m. EST Jan. 3', 'TIME', '2024-01-03T17:00'],
      ['last night', 'TIME', '2024-01-03TNI']
    ])
    const truce = await found('The truce began at 6 a.m. local time on Sunday and at noon ET Monday.')
    expect(truce.mentions).toEqual([
      ['6 a.m. local time on Sunday', 'TIME', '2023-12-31T06:00'],
      ['noon ET Monday', 'TIME', '2024-01-01T12:00']
    ])
  })

  it('finds expressions whose words touch digits, and skips sentences without a date word', async () => {
    const {mentions} = await found('No vote was held. The polls shut at 9pm on 2024-01-02 after mid2023 talks.')
    expect(mentions).toEqual([
      ['9pm on 2024-01-02', 'TIME', '2024-01-02T21:00'],
      ['mid2023', 'DATE', '2023', 'MID']
    ])
  })
})

describe('the tense of the sentence', () => {
  it('reads a weekday that is tomorrow as tomorrow, and "last" months and weeks as past ones', async () => {
    // 2024-01-07 is the Sunday that ends 2024-W01.
    const {mentions} = await found('The ship sails Monday, as planned last March. Last week was calm.', '2024-01-07')
    expect(mentions).toEqual([
      ['Monday', 'DATE', '2024-01-08'],
      ['last March', 'DATE', '2023-03'],
      ['Last week', 'DATE', '2023-W52']
    ])
  })

  it('gives months of a named year, spelled-out years, and a clock time a sentence split from its day', async () => {
    const {mentions} = await found(
      'It closed in June last year and in the winter of nineteen eighty-one, until the year two thousand, not two thousand times. Doors open at 9 a.m. Tuesday.'
    )
    expect(mentions).toEqual([
      ['June last year', 'DATE', '2023-06'],
      ['the winter of nineteen eighty-one', 'DATE', '1981-WI'],
      ['the year two thousand', 'DATE', '2000'],
      // "open at 9 a.m." is a timetable: the coming Tuesday.
      ['9 a.m. Tuesday', 'TIME', '2024-01-09T09:00']
    ])
  })
})

describe('the reference date', () => {
  it('anchors "later" to the last date the text gave', async () => {
    const {mentions} = await found('The storm hit on Nov. 10. Two days later the bridge fell.')
    expect(mentions).toEqual([
      ['Nov. 10', 'DATE', '2023-11-10'],
      ['Two days later', 'DATE', '2023-11-12']
    ])
  })

  it('leaves values underspecified without a reference date, and never reads the clock', async () => {
    const {mentions, reference} = await found('Rain fell on December 30 and Tuesday.', null)
    expect(reference).toEqual({value: null, source: 'none'})
    expect(mentions).toEqual([
      ['December 30', 'DATE', 'XXXX-12-30'],
      ['Tuesday', 'DATE', 'XXXX-WXX-2']
    ])
  })

  it('dates an article from its own text when its weekdays fall on its dates in one year only', async () => {
    const text = 'The dam broke Friday, officials said Sunday.\nIt broke on March 1 and the town emptied on March 3 in 2024.'
    const {reference, mentions} = await found(text, null)
    expect(reference).toEqual({
      value: '2024-03-03',
      source: 'inferred',
      from: 'Friday = 2024-03-01, Sunday = 2024-03-03; dated to the latest weekday it names'
    })
    expect(mentions.slice(0, 2)).toEqual([
      ['Friday', 'DATE', '2024-03-01'],
      ['Sunday', 'DATE', '2024-03-03']
    ])
  })

  it('prefers the document date, then the option; its own referenceDate option overrides both', async () => {
    expect((await found('Monday.', '2024-05-08T10:00:00Z')).reference).toEqual({value: '2024-05-08', source: 'document'})
    expect((await found('Monday.', '2024-05-08', {referenceDate: '2020-02-02'})).reference).toEqual({value: '2020-02-02', source: 'option'})
    const record = await createPipeline({article: [dates], published: '2022-07-01'}).article({id: 'o', text: 'Monday.'})
    expect(record).toMatchObject({referenceDate: {value: '2022-07-01', source: 'option'}, dates: [{value: '2022-06-27'}]})
  })

  it('passes over a document date that names no day', async () => {
    const pipeline = createPipeline({article: [dates], published: '2022-07-01'})
    for (const publishedAt of ['yesterday', '2025-13-40', '2025-02-30']) {
      expect(await pipeline.article({id: 'o', text: 'Monday.', publishedAt})).toMatchObject({
        publishedAt,
        referenceDate: {value: '2022-07-01', source: 'option'},
        dates: [{value: '2022-06-27'}],
        messages: [{ruleId: 'invalid-published-at'}]
      })
    }
  })

  it('is not fooled by words that look like dates', async () => {
    const {mentions} = await found('You may march with august crowds. The 52-year-old sat on a 1,999 km line. Thus it was.')
    expect(mentions).toEqual([])
    expect((await found('They may 5 times march 3 miles.')).mentions).toEqual([])
  })

  it('dates a day in a lower-case feed by its unambiguous month names', async () => {
    const {mentions} = await found('the fee starts december 1 and ends on 3 july; the port shut on may 19.')
    expect(mentions).toEqual([
      ['december 1', 'DATE', '2024-12-01'],
      ['3 july', 'DATE', '2024-07-03'],
      ['may 19', 'DATE', '2023-05-19']
    ])
  })

  it('throws on bad options when the pipeline is built', () => {
    expect(() => createPipeline({article: [[dates, {referenceDate: 'soon'}]]})).toThrow('Invalid options for dates')
  })

  it('stays linear on long adversarial input', async () => {
    const started = performance.now()
    await found('1 1 1 1 '.repeat(20_000) + 'the the '.repeat(20_000) + 'Dec. '.repeat(20_000))
    for (const words of ['year-earlier year-earlier ', 'the first the first half of ', 'day before the week of ', 'later that later that same ', '5 million 5 a a ', 'ten past ten to ', '20 minutes 20 min past ', 'every other every two ', 'at three thirty three thirty-', '2 hours 2 days and 1 hours, ', 'scored a scored a second quarter ', 'free free throw the fourth quarter ']) await found(words.repeat(10_000))
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe('more expressions', () => {
  it('writes decades and centuries as years, and names centuries and spelled decades', async () => {
    const {mentions} = await found('The mill, a 19th-century design, ran for two decades and for decades more, and closed in the late eighties.')
    expect(mentions).toEqual([
      ['19th-century', 'DATE', '18'],
      ['two decades', 'DURATION', 'P20Y'],
      ['decades', 'DURATION', 'PXY'],
      ['the late eighties', 'DATE', '198', 'END']
    ])
  })

  it('reads "soon", "the near term" and "several years ago" as vague references', async () => {
    const {mentions} = await found('The firm will soon hire. Sales should rise in the near term. It opened several years ago. He was soon released, as soon as the gate opened.')
    expect(mentions).toEqual([
      ['soon', 'DATE', 'FUTURE_REF'],
      ['the near term', 'DATE', 'FUTURE_REF'],
      ['several years ago', 'DATE', 'PAST_REF']
    ])
  })

  it('keeps the granularity of the words, and takes in the words around a date', async () => {
    // 2024-01-04 is a Thursday.
    const {mentions} = await found(
      'Six weeks ago the pier shut; an hour later it reopened. It stood almost a hundred years. Crews came back last Dec. 12 and the day before Tuesday, in the week of Dec. 4.'
    )
    expect(mentions).toEqual([
      ['Six weeks ago', 'DATE', '2023-W47'],
      ['an hour later', 'DURATION', 'PT1H'],
      ['almost a hundred years', 'DURATION', 'P100Y', 'EQUAL_OR_LESS'],
      ['last Dec. 12', 'DATE', '2023-12-12'],
      ['the day before Tuesday', 'DATE', '2024-01-01'],
      ['the week of Dec. 4', 'DATE', '2023-W49']
    ])
  })

  it('reads mid-morning and mid-afternoon as parts of the day, and day-long spans as durations', async () => {
    const {mentions} = await found('Trading halted at mid-afternoon yesterday after a day-long outage and a decades-long dispute. It resumed by midmorning.')
    expect(mentions).toEqual([
      ['mid-afternoon yesterday', 'TIME', '2024-01-03TAF'],
      ['day-long', 'DURATION', 'P1D'],
      ['decades-long', 'DURATION', 'PXY'],
      ['midmorning', 'TIME', '2024-01-04TMO']
    ])
  })
})

describe('lengths and relative periods', () => {
  it('takes the month just ended for "last month", so "last February" in March is a year back', async () => {
    const {mentions} = await found('Prices peaked last February and last January.', '2024-03-05')
    expect(mentions).toEqual([
      ['last February', 'DATE', '2023-02'],
      ['last January', 'DATE', '2024-01']
    ])
  })

  it('reads an amount per unit as a rate, and titles and ordinals as no time', async () => {
    const {mentions} = await found(
      'The mill paid $3 million a year and ran six trains a week for a year. A second crew watched "60 Minutes" on "This Week" at high noon, then left at noon.'
    )
    expect(mentions).toEqual([
      ['a year', 'DURATION', 'P1Y'],
      ['noon', 'TIME', '2024-01-04T12:00'],
      ['noon', 'TIME', '2024-01-04T12:00']
    ])
  })

  it('resolves "the following year", "later that year" and "the previous Friday" against what the text last named', async () => {
    const {mentions} = await found(
      'The plant opened in 2019, and the following year it doubled. It closed in March 2021 and reopened later that year. ' +
        'On Nov. 17 the market fell 3% from the previous Friday.'
    )
    expect(mentions).toEqual([
      ['2019', 'DATE', '2019'],
      ['the following year', 'DATE', '2020'],
      ['March 2021', 'DATE', '2021-03'],
      ['later that year', 'DATE', '2021', 'END'],
      ['Nov. 17', 'DATE', '2023-11-17'],
      ['the previous Friday', 'DATE', '2023-11-10']
    ])
  })

  it('gives "for the year" and "the past year" as calendar years, "recent weeks" as a span and "by June" ahead', async () => {
    const {mentions} = await found('Output for the year was flat after the past year. Orders grew in recent weeks and should double by June.', '2024-02-12')
    expect(mentions).toEqual([
      ['the year', 'DATE', '2024'],
      ['the past year', 'DATE', '2023'],
      ['recent weeks', 'DURATION', 'PXW'],
      ['June', 'DATE', '2024-06']
    ])
  })

  it('reads "this past spring" as the last one, and "the future of" as no time', async () => {
    const {mentions} = await found('The town will one day have a port. It flooded this past spring, after one day of rain. The future of the port is in the future.', '2024-10-02')
    expect(mentions).toEqual([
      ['one day', 'DURATION', 'P1D'],
      ['this past spring', 'DATE', '2024-SP'],
      ['one day', 'DURATION', 'P1D'],
      ['the future', 'DATE', 'FUTURE_REF']
    ])
  })
})

describe('clock times and plans', () => {
  it('puts a clock time on the last day the text named', async () => {
    const {mentions} = await found('The levee broke on Dec. 28. Sirens sounded at 4:15 a.m. and the water crested by 9 p.m.')
    expect(mentions).toEqual([
      ['Dec. 28', 'DATE', '2023-12-28'],
      ['4:15 a.m.', 'TIME', '2023-12-28T04:15'],
      ['9 p.m.', 'TIME', '2023-12-28T21:00']
    ])
  })

  it('looks ahead for "plan to" but not for the noun "plan"', async () => {
    const {mentions} = await found('The board unveiled the plan Aug. 21. They plan to vote Nov. 2.', '2023-10-27')
    expect(mentions).toEqual([
      ['Aug. 21', 'DATE', '2023-08-21'],
      ['Nov. 2', 'DATE', '2023-11-02']
    ])
  })

  it('reads a month in the phrase of a future verb ahead, however far from it, but not after a past tense between', async () => {
    const {mentions} = await found(
      'The measure will go before voters in Douglas County on Nov. 4. Crews will repave the road between the two bridges in October. The board will review the plan that voters rejected on Nov. 4.',
      '2024-05-10'
    )
    expect(mentions).toEqual([
      ['Nov. 4', 'DATE', '2024-11-04'],
      ['October', 'DATE', '2024-10'],
      ['Nov. 4', 'DATE', '2023-11-04']
    ])
  })

  it('reads a month after a schedule verb in the present as the next one, after its past form as the last', async () => {
    const {mentions} = await found('The season begins in September. Classes started in September. The lease ends Dec. 1, and the hall opens in November.', '2024-03-10')
    expect(mentions).toEqual([
      ['September', 'DATE', '2024-09'],
      ['September', 'DATE', '2023-09'],
      ['Dec. 1', 'DATE', '2024-12-01'],
      ['November', 'DATE', '2024-11']
    ])
  })

  it('reads the end of a period that runs, continues or lasts, in the present, ahead', async () => {
    const {mentions} = await found('Early voting runs through Saturday. The trial continues until Friday. The sale lasts till Sunday. The fair ran through Saturday.', '2025-11-04')
    expect(mentions).toEqual([
      ['Saturday', 'DATE', '2025-11-08'],
      ['Friday', 'DATE', '2025-11-07'],
      ['Sunday', 'DATE', '2025-11-09'],
      ['Saturday', 'DATE', '2025-11-01']
    ])
  })

  it('reads the dates a show or a fair runs ahead, and those it ran before', async () => {
    const {mentions} = await found('The fair runs July 13-15 at the grounds. The exhibition runs through May 2. Last year the fair ran July 8-10.', '2024-02-10')
    expect(mentions).toEqual([
      ['July 13', 'DATE', '2024-07-13'],
      ['15', 'DATE', '2024-07-15'],
      ['May 2', 'DATE', '2024-05-02'],
      ['Last year', 'DATE', '2023'],
      ['July 8', 'DATE', '2023-07-08'],
      ['10', 'DATE', '2023-07-10']
    ])
  })

  it('reads a day planned in the past perfect as past', async () => {
    const {mentions} = await found('The offer had been slated to lapse Friday; it is now due to lapse Friday.', '2023-10-30')
    expect(mentions).toEqual([
      ['Friday', 'DATE', '2023-10-27'],
      ['now', 'DATE', 'PRESENT_REF'],
      ['Friday', 'DATE', '2023-11-03']
    ])
  })

  it('reads a day something was put off to as ahead, past tense or not', async () => {
    const {mentions} = await found('The judge postponed the hearing until Tuesday. She stayed until Friday. The vote was delayed to Nov. 2.', '2023-10-31')
    expect(mentions).toEqual([
      ['Tuesday', 'DATE', '2023-11-07'],
      ['Friday', 'DATE', '2023-10-27'],
      ['Nov. 2', 'DATE', '2023-11-02']
    ])
  })

  it('draws spans as TIMEX3 does: "the" before a relative date, an edge of a date, a hedge after it', async () => {
    const {mentions} = await found(
      'The mill ran hot in the last decade and through the latest fiscal year. Repairs will end at the start of March, ' +
        'or at the close of the next month or so. The three-day strike cost more than the strike of 1996 or later.',
      '2024-05-20'
    )
    expect(mentions).toEqual([
      ['the last decade', 'DATE', '201'],
      ['the latest fiscal year', 'DATE', '2023'],
      ['the start of March', 'DATE', '2025-03', 'START'],
      ['the next month or so', 'DATE', '2024-06'],
      ['three-day', 'DURATION', 'P3D'],
      ['1996 or later', 'DATE', '1996']
    ])
  })

  it('counts "more", "extra" and "trading" lengths, and "the next several" spans', async () => {
    const {mentions} = await found('Crews need two more weeks and an extra day. Shares slid for six trading days and may stay low over the next several months.')
    expect(mentions).toEqual([
      ['two more weeks', 'DURATION', 'P2W'],
      ['an extra day', 'DURATION', 'P1D'],
      ['six trading days', 'DURATION', 'P6D'],
      ['the next several months', 'DURATION', 'PXM']
    ])
  })
})

describe('pairs, mods and spans', () => {
  it('reads a bare month as past when a past-tense verb follows it in its clause, not after a present "is"', async () => {
    // In late October, January is three months ahead and nine back: unmarked, the next one.
    const {mentions} = await found(
      'In January, the board approved a merger. The merger takes effect in January. In January, the board meets again.',
      '2023-10-27'
    )
    expect(mentions).toEqual([
      ['January', 'DATE', '2023-01'],
      ['January', 'DATE', '2024-01'],
      ['January', 'DATE', '2024-01']
    ])
    const passive = await found('The appeal is heard in May. The first appeal was heard in May.', '2024-03-29')
    expect(passive.mentions).toEqual([
      ['May', 'DATE', '2024-05'],
      ['May', 'DATE', '2023-05']
    ])
  })

  it('dates the second day of a pair in the month and year of the first, but not a count after it', async () => {
    const {mentions} = await found(
      'The summit meets on April 22 and 23. Talks ran June 2 to 5, 2020. Output rose May 3 and 4 percent. Rallies came July 9 or 8.',
      '2024-02-01'
    )
    expect(mentions).toEqual([
      ['April 22', 'DATE', '2024-04-22'],
      ['23', 'DATE', '2024-04-23'],
      ['June 2', 'DATE', '2020-06-02'],
      ['5, 2020', 'DATE', '2020-06-05'],
      ['May 3', 'DATE', '2023-05-03'],
      ['July 9', 'DATE', '2023-07-09']
    ])
  })

  it('reads "post-1959" and "pre-2000" as years with a mod, and "5 in the morning" as a clock time', async () => {
    const {mentions} = await found(
      'The post-1959 rules and pre-2000 ties held. Boats left at 5 in the morning and returned at 7:30 in the evening. Trade slowed in the morning session.',
      '2024-02-01'
    )
    expect(mentions).toEqual([
      ['post-1959', 'DATE', '1959', 'AFTER'],
      ['pre-2000', 'DATE', '2000', 'BEFORE'],
      ['5 in the morning', 'TIME', '2024-02-01T05:00'],
      ['7:30 in the evening', 'TIME', '2024-02-01T19:30']
    ])
  })

  it('spans "within weeks" and "weeks or months" as unspecified lengths, but not a bare "the weeks"', async () => {
    const {mentions} = await found('Troops arrive within weeks. Crews fell ill over weeks or months. The weeks passed.')
    expect(mentions).toEqual([
      ['weeks', 'DURATION', 'PXW'],
      ['weeks or months', 'DURATION', 'PXW']
    ])
  })

})
