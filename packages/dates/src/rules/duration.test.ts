import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('lengths of time', () => {
  it('reads counted lengths, with mods and halves', async () => {
    expect(await found('The strike lasted about three weeks, nearly 2 1/2 years after the last one, and cost more than 40 days of work.')).toEqual([
      ['about three weeks', 'DURATION', 'P3W', 'APPROX'],
      ['nearly 2 1/2 years', 'DURATION', 'P2Y6M', 'EQUAL_OR_LESS'],
      ['more than 40 days', 'DURATION', 'P40D', 'MORE_THAN']
    ])
  })

  it('reads "half a" unit as half of one, not one', async () => {
    expect(await found('The vote took half an hour. Crews worked for half a day. The feud lasted half a century.')).toEqual([
      ['half an hour', 'DURATION', 'PT30M'],
      ['half a day', 'DURATION', 'P0.5D'],
      ['half a century', 'DURATION', 'P50Y']
    ])
    expect(await found('Half the crew left an hour later. Half a mile on, a day passed.')).toEqual([
      ['an hour later', 'DURATION', 'PT1H'],
      ['a day', 'DURATION', 'P1D']
    ])
  })

  it('reads a quarter and three quarters of an hour as minutes, and a fraction of an hour in minutes', async () => {
    expect(await found('The drill took a quarter of an hour. The drive lasts three-quarters of an hour. The hearing ran 2.25 hours.')).toEqual([
      ['a quarter of an hour', 'DURATION', 'PT15M'],
      ['three-quarters of an hour', 'DURATION', 'PT45M'],
      ['2.25 hours', 'DURATION', 'PT2H15M']
    ])
    expect(await found('A quarter of the voters stayed home. Three quarters of a mile on, the road ends.')).toEqual([])
  })

  it('reads a unit abbreviated right after its digits ("3h", "90min", "2hrs", "6 mos")', async () => {
    expect(await found('The battery lasts 3h. The film runs 90min. The outage lasted 2hrs. Returns were flat over 6 mos. The fix took 3 wks.')).toEqual([
      ['3h', 'DURATION', 'PT3H'],
      ['90min', 'DURATION', 'PT90M'],
      ['2hrs', 'DURATION', 'PT2H'],
      ['6 mos', 'DURATION', 'P6M'],
      ['3 wks', 'DURATION', 'P3W']
    ])
    expect(await found('The H3h variant spread. The 4H club met. Bus 3hx left. Tom said mo was fine.')).toEqual([])
  })

  it('reads a length away as a point, at the length\'s grain', async () => {
    expect(await found('The plant shut six weeks ago and reopened 10 days later. Power returns two days from now.')).toEqual([
      ['six weeks ago', 'DATE', '2024-W04'],
      ['10 days later', 'DATE', '2024-03-16'],
      ['two days from now', 'DATE', '2024-03-08']
    ])
  })

  it('reads quarters as a share before "of" and a determiner, as a length before a noun', async () => {
    expect(await found('Three quarters of the staff agreed. Two quarters of them left. The firm posted two quarters of growth.')).toEqual([
      ['two quarters', 'DURATION', 'P2Q']
    ])
  })

  it('reads a length "hence" as the point ahead, but not "hence" that draws a conclusion', async () => {
    expect(await found('The tunnel opens ten years hence. The lease runs out two months hence, the agent said. A debt falls due a week hence.')).toEqual([
      ['ten years hence', 'DATE', '2034'],
      ['two months hence', 'DATE', '2024-05'],
      ['a week hence', 'DATE', '2024-W11']
    ])
    expect(await found('The pumps failed for three days hence the flood.')).toEqual([['three days', 'DURATION', 'P3D']])
  })

  it('reads "in" a length ahead as the point it names, unless the sentence tells the past', async () => {
    expect(await found('The storm hits in 24 hours. A new law takes effect in two weeks. The tickets sold out in two days.')).toEqual([
      ['24 hours', 'DATE', '2024-03-07'],
      ['two weeks', 'DATE', '2024-W12'],
      ['two days', 'DURATION', 'P2D']
    ])
  })

  it('reads "in" a length as a length when a past verb leads its clause, however far before', async () => {
    expect(
      await found(
        'The army fired more than 500 drones and missiles in five days. The firm sold two million phones and tablets in three months. Crews pulled 40 people from the flooded homes in two hours.'
      )
    ).toEqual([
      ['five days', 'DURATION', 'P5D'],
      ['three months', 'DURATION', 'P3M'],
      ['two hours', 'DURATION', 'PT2H']
    ])
    expect(
      await found('Officials said the bridge opens to traffic again in two weeks. The board approved a plan that takes effect in three months. The mayor agreed to repave the road in two weeks.')
    ).toEqual([
      ['two weeks', 'DATE', '2024-W12'],
      ['three months', 'DATE', '2024-06'],
      ['two weeks', 'DATE', '2024-W12']
    ])
  })

  it('reads "in" a length after a superlative as the length it reaches back over', async () => {
    expect(await found('Spending rose 0.2%, the smallest gain in a year. Oil falls the most in seven weeks. The club wins its first title in 68 years.')).toEqual([
      ['a year', 'DURATION', 'P1Y'],
      ['seven weeks', 'DURATION', 'P7W'],
      ['68 years', 'DURATION', 'P68Y']
    ])
  })

  it('reads "in" a length after a word of ability as how long the doing takes', async () => {
    expect(await found("A clerk can't read 9,000 pages in eight days. Nobody can rebuild a bridge in two weeks. The crew is able to pave a road in three days.")).toEqual([
      ['eight days', 'DURATION', 'P8D'],
      ['two weeks', 'DURATION', 'P2W'],
      ['three days', 'DURATION', 'P3D']
    ])
    expect(await found('Voters will go to the polls in eight days. We cannot say when, but the law takes effect in two weeks. A ruling could come in three days.')).toEqual([
      ['eight days', 'DATE', '2024-03-14'],
      ['two weeks', 'DATE', '2024-W12'],
      ['three days', 'DATE', '2024-03-09']
    ])
  })

  it('leaves rates, ages and titles alone', async () => {
    expect(await found('The mill pays $3 million a year. A 52-year-old miner watched "60 Minutes" for a second time.')).toEqual([])
  })

  it('reads "a second" after a verb of scoring as a second goal, elsewhere as a length', async () => {
    expect(await found('Kane grabbed a second after the break. Salah scored a second before the hour. United netted a second.')).toEqual([])
    expect(await found('Hold on a second. The lights went out for a second. He added a second later that it took a second.')).toEqual([
      ['a second', 'DURATION', 'PT1S'],
      ['a second', 'DURATION', 'PT1S'],
      ['a second later', 'DURATION', 'PT1S'],
      ['a second', 'DURATION', 'PT1S']
    ])
  })

  it('reads lengths of no given count', async () => {
    expect(await found('Talks dragged on for months and several years, and in recent weeks stalled. A day-long strike and a decades-long feud followed.')).toEqual([
      ['months', 'DURATION', 'PXM'],
      ['several years', 'DURATION', 'PXY'],
      ['recent weeks', 'DURATION', 'PXW'],
      ['day-long', 'DURATION', 'P1D'],
      ['decades-long', 'DURATION', 'PXY']
    ])
  })

  it('reads "-long" only after a unit of time', async () => {
    expect(await found('A week-long fair and a mile-long queue followed a long day.')).toEqual([['week-long', 'DURATION', 'P1W']])
  })

  it('reads abbreviated units after digits', async () => {
    expect(await found('The flight took 2 hrs and 30 mins, then 45 sec.')).toEqual([
      ['2 hrs and 30 mins', 'DURATION', 'PT2H30M'],
      ['45 sec', 'DURATION', 'PT45S']
    ])
    expect(await found('The siege lasted 3 yrs, the raid 1 hr.')).toEqual([
      ['3 yrs', 'DURATION', 'P3Y'],
      ['1 hr', 'DURATION', 'PT1H']
    ])
    expect(await found('The vote is in 48 hrs.')).toEqual([['48 hrs', 'DATE', '2024-03-08']])
  })

  it('reads no abbreviated unit after a number word or an article', async () => {
    expect(await found('Wait a sec, then one min of silence.')).toEqual([])
    expect(await found('A min of two goals, a sec of state.')).toEqual([])
    expect(await found('The night shift lasted two nights.')).toEqual([['two nights', 'DURATION', 'P2D']])
  })

  it('reads one length in several units, longest first, with its mod', async () => {
    expect(await found('The flight took 2 hours 30 minutes, and the rescue three years and six months. The siege lasted 1 day, 5 hours and 20 minutes.')).toEqual([
      ['2 hours 30 minutes', 'DURATION', 'PT2H30M'],
      ['three years and six months', 'DURATION', 'P3Y6M'],
      ['1 day, 5 hours and 20 minutes', 'DURATION', 'P1DT5H20M']
    ])
    expect(await found('He served a year and a day after talks of about 2 hrs 15 mins.')).toEqual([
      ['a year and a day', 'DURATION', 'P1Y1D'],
      ['about 2 hrs 15 mins', 'DURATION', 'PT2H15M', 'APPROX']
    ])
  })

  it('reads no combined length in units out of order, an age or a point', async () => {
    expect(await found('Shifts of 12 hours, 24 hours and 36 hours were common.')).toEqual([
      ['12 hours', 'DURATION', 'PT12H'],
      ['24 hours', 'DURATION', 'PT24H'],
      ['36 hours', 'DURATION', 'PT36H']
    ])
    expect(await found('The crew left 3 months, 2 weeks and 2 days ago.')).toEqual([
      ['3 months', 'DURATION', 'P3M'],
      ['2 weeks', 'DURATION', 'P2W'],
      ['2 days ago', 'DATE', '2024-03-04']
    ])
    expect(await found('The foal, 5 months 2 weeks old, ran 30 minutes, 2 hours after dawn.')).toEqual([
      ['5 months', 'DURATION', 'P5M'],
      ['30 minutes', 'DURATION', 'PT30M'],
      ['2 hours', 'DURATION', 'PT2H']
    ])
  })

  it('reads hours and minutes from the reference as a clock time when the reference gives its time of day', async () => {
    expect(await found('The ferry leaves in 20 minutes. The polls opened three hours ago. Results come 45 minutes from now.', '2024-03-06T22:30:00')).toEqual([
      ['20 minutes', 'TIME', '2024-03-06T22:50'],
      ['three hours ago', 'TIME', '2024-03-06T19:30'],
      ['45 minutes from now', 'TIME', '2024-03-06T23:15']
    ])
    expect(await found('Crews arrived an hour later. Power returns in 2 hours.', '2024-03-06T23:30:00')).toEqual([
      ['an hour later', 'TIME', '2024-03-07T00:30'],
      ['2 hours', 'TIME', '2024-03-07T01:30']
    ])
  })

  it('keeps lengths of hours and minutes without a reference time, or after another day the text named', async () => {
    expect(await found('The ferry leaves in 20 minutes. The polls opened three hours ago.')).toEqual([
      ['20 minutes', 'DATE', '2024-03-06'],
      ['three hours ago', 'DURATION', 'PT3H']
    ])
    expect(await found('The storm hit on March 1. Crews arrived an hour later.', '2024-03-06T22:30:00')).toEqual([
      ['March 1', 'DATE', '2024-03-01'],
      ['an hour later', 'DURATION', 'PT1H']
    ])
  })
})
