import {describe, expect, it} from 'vitest'
import {createAnchorScan} from '../scanner.js'
import {found} from '../testing.js'
import type {Anchors} from './types.js'
import {clockRules, clockWordsRule} from './clock.js'

describe('clock times', () => {
  it("wakes on a.m., p.m. and o'clock as phrases, not on the letters of I'm or O'Brien", () => {
    const scan = createAnchorScan([...clockRules, clockWordsRule].map((rule) => rule.anchors as Anchors))
    const woken = (text: string) => [...(scan(text, 0, text.length)?.first ?? [])].filter((first) => first >= 0).length
    expect(["I'm sure O'Brien left.", "Im told the M-class ship docked."].map(woken)).toEqual([0, 0])
    expect(['Doors open at 5 p.m.', 'At 9 A.M. sharp', "By ten o'clock"].map(woken)).toEqual([2, 2, 1])
  })

  it('reads clock times with a.m. and p.m., noon and midnight', async () => {
    expect(await found('Polls open at 7 a.m. and close at 8:30pm. The curfew runs from midnight to noon.')).toEqual([
      ['7 a.m.', 'TIME', '2024-03-06T07:00'],
      ['8:30pm', 'TIME', '2024-03-06T20:30'],
      ['midnight', 'TIME', '2024-03-06T24:00'],
      ['noon', 'TIME', '2024-03-06T12:00']
    ])
  })

  it('reads 24-hour, compact and zoned clocks, but not ratios or race times', async () => {
    expect(await found('The train leaves at 15:30 and arrives at 18h05. Strikes began at 0600 GMT. The vote was 5:1; she ran it in 2:10:35.')).toEqual([
      ['15:30', 'TIME', '2024-03-06T15:30'],
      ['18h05', 'TIME', '2024-03-06T18:05'],
      ['0600 GMT', 'TIME', '2024-03-06T06:00']
    ])
  })

  it("reads no time of day from a game's clock, the time left to play", async () => {
    expect(await found('He scored with 3:12 left. Brinley led with 8:40 remaining and 2:05 to play; the match ended at 21:40.')).toEqual([
      ['21:40', 'TIME', '2024-03-06T21:40']
    ])
  })

  it('reads an hour with a part of the day', async () => {
    expect(await found('The summit opens at 8 this evening and closes at 10 tomorrow morning. Fireworks start at 9 tonight.')).toEqual([
      ['8 this evening', 'TIME', '2024-03-06T20:00'],
      ['10 tomorrow morning', 'TIME', '2024-03-07T10:00'],
      ['9 tonight', 'TIME', '2024-03-06T21:00']
    ])
  })

  it('reads an hour hedged with "-ish" as about that hour, but not a count of things', async () => {
    expect(await found("Let's have lunch noonish. I'll be home by 11ish. The band plays at six-ish, then leaves.")).toEqual([
      ['noonish', 'TIME', '2024-03-06T12:00', 'APPROX'],
      ['11ish', 'TIME', '2024-03-06T11:00', 'APPROX'],
      ['six-ish', 'TIME', '2024-03-06T06:00', 'APPROX']
    ])
    expect(await found('Sixish guests came. A 30ish crowd sang. The look was stylish.')).toEqual([])
  })

  it('reads a part of the day or "tomorrow" with an hour after "at", but not an amount or a place', async () => {
    expect(await found('Meet me tonight at 8. The ferry leaves tomorrow morning at 7:30. Call me tomorrow at 9 with news.')).toEqual([
      ['tonight at 8', 'TIME', '2024-03-06T20:00'],
      ['tomorrow morning at 7:30', 'TIME', '2024-03-07T07:30'],
      ['tomorrow at 9', 'TIME', '2024-03-07T09:00']
    ])
    expect(await found('Rates open tomorrow at 5 percent. She speaks tonight at 10 Downing Street. Bids close tomorrow at 9.5%.')).toEqual([
      ['tomorrow', 'DATE', '2024-03-07'],
      ['tonight', 'TIME', '2024-03-06TNI'],
      ['tomorrow', 'DATE', '2024-03-07']
    ])
  })

  it('reads ranges of hours, the first end in the half of the day of the second', async () => {
    expect(await found('The clinic is open from 9 to 11 a.m. and from 11 to 1 p.m.')).toEqual([
      ['9', 'TIME', '2024-03-06T09:00'],
      ['11 a.m.', 'TIME', '2024-03-06T11:00'],
      ['11', 'TIME', '2024-03-06T11:00'],
      ['1 p.m.', 'TIME', '2024-03-06T13:00']
    ])
  })

  it('reads clocks in words', async () => {
    expect(await found('The bells ring at 10 o\'clock and again at half past seven, and the doors shut at a quarter to five.')).toEqual([
      ['10 o\'clock', 'TIME', '2024-03-06T10:00'],
      ['half past seven', 'TIME', '2024-03-06T07:30'],
      ['a quarter to five', 'TIME', '2024-03-06T04:45']
    ])
  })

  it('reads minutes to and past an hour in words, but not a range of numbers', async () => {
    expect(await found('Prices rose 5 to 6 percent. The train left at 20 minutes to six and the bus at ten past 12.')).toEqual([
      ['20 minutes to six', 'TIME', '2024-03-06T05:40'],
      ['ten past 12', 'TIME', '2024-03-06T12:10']
    ])
  })

  it('reads any count of minutes past an hour, in digits after a word that times it, with the part of the day after it', async () => {
    expect(await found('The ferry sails at ten past nine, returns at 25 min past eight in the evening and docks at a quarter to five in the afternoon.')).toEqual([
      ['ten past nine', 'TIME', '2024-03-06T09:10'],
      ['25 min past eight in the evening', 'TIME', '2024-03-06T20:25'],
      ['a quarter to five in the afternoon', 'TIME', '2024-03-06T16:45']
    ])
    expect(await found('Guards change at 10 past 9 and at twenty-five to eleven; the gates lock at a quarter to twelve at night.')).toEqual([
      ['10 past 9', 'TIME', '2024-03-06T09:10'],
      ['twenty-five to eleven', 'TIME', '2024-03-06T10:35'],
      ['a quarter to twelve at night', 'TIME', '2024-03-06T23:45']
    ])
  })

  it('reads no clock in a range of counts', async () => {
    expect(await found('Rebuilding will take five to six years. Crowds of ten to twelve thousand came; the stall is open from ten to five.')).toEqual([
      ['six years', 'DURATION', 'P6Y']
    ])
    expect(await found('Shares rose 10 past 9 analysts\' forecasts.')).toEqual([])
  })

  it('reads an hour and its minutes in words after a word that times them or before a half of the day', async () => {
    expect(await found('The rally began at three thirty and ended at six forty-five. Voting runs from seven fifteen to nine thirty.')).toEqual([
      ['three thirty', 'TIME', '2024-03-06T03:30'],
      ['six forty-five', 'TIME', '2024-03-06T06:45'],
      ['seven fifteen', 'TIME', '2024-03-06T07:15'],
      ['nine thirty', 'TIME', '2024-03-06T09:30']
    ])
    expect(await found('The convoy leaves five-thirty tomorrow evening; the last one went eight twenty p.m.')).toEqual([
      ['five-thirty tomorrow evening', 'TIME', '2024-03-07T17:30'],
      ['eight twenty p.m.', 'TIME', '2024-03-06T20:20']
    ])
    expect(await found('Three thirty-year-olds won; six forty-five-minute sets followed. Eight twenty-somethings agreed.')).toEqual([
      ['thirty-year', 'DURATION', 'P30Y'],
      ['forty-five-minute', 'DURATION', 'PT45M']
    ])
  })

  it('reads a clock written without its colon before a.m. or p.m.', async () => {
    expect(await found('The first train left at 1140 a.m. and the last at 930 pm. The index closed at 1140 points.')).toEqual([
      ['1140 a.m.', 'TIME', '2024-03-06T11:40'],
      ['930 pm', 'TIME', '2024-03-06T21:30']
    ])
  })

  it('reads a range of hours after "between", not two numbers joined by "and"', async () => {
    expect(await found('Roads close between 2 and 4:30 pm and between 9 and 11 a.m.')).toEqual([
      ['2', 'TIME', '2024-03-06T14:00'],
      ['4:30 pm', 'TIME', '2024-03-06T16:30'],
      ['9', 'TIME', '2024-03-06T09:00'],
      ['11 a.m.', 'TIME', '2024-03-06T11:00']
    ])
    expect(await found('Some 3 and 5 pm slots remain.')).toEqual([['5 pm', 'TIME', '2024-03-06T17:00']])
  })

  it('reads four digits before "hours" as a clock only after "at", else as a length', async () => {
    expect(await found('The raid began at 2100 hours. The survey took 1500 hours; 1200 UTC was quiet.')).toEqual([
      ['2100 hours', 'TIME', '2024-03-06T21:00'],
      ['1500 hours', 'DURATION', 'PT1500H'],
      ['1200 UTC', 'TIME', '2024-03-06T12:00']
    ])
  })

  it('keeps the seconds of a clock time, and joins one to a date written before "@"', async () => {
    expect(await found('The alarm rang at 7:56:30 pm and again at 10:02:15.')).toEqual([
      ['7:56:30 pm', 'TIME', '2024-03-06T19:56:30'],
      ['10:02:15', 'TIME', '2024-03-06T10:02:15']
    ])
    expect(await found('The report was filed 5/3/2018 @ 17:49:19.')).toEqual([['5/3/2018 @ 17:49:19', 'TIME', '2018-05-03T17:49:19']])
    expect(await found('The quake struck at 04:12:09 a.m. local time.')).toEqual([['04:12:09 a.m.', 'TIME', '2024-03-06T04:12:09']])
  })

  it('reads no clock in a race time or minutes and seconds alone', async () => {
    expect(await found('He ran it in 2:10:35 on Sunday.')).toEqual([['Sunday', 'DATE', '2024-03-03']])
    expect(await found('Her split was 56:30 pm-free, a 3:1 vote.')).toEqual([])
    expect(await found('The lap took 1:75:20.')).toEqual([])
  })

  it('puts a past clock time after the publication\'s own on the day before: a report at 2 a.m. tells of last night', async () => {
    const night = await found('The fire broke out at 11 pm. Police closed the road at 9.30pm. The last train left at 22:40 and the crowd met from 8 to 10pm.', '2024-03-06T02:30')
    expect(night).toEqual([
      ['11 pm', 'TIME', '2024-03-05T23:00'],
      ['9.30pm', 'TIME', '2024-03-05T21:30'],
      ['22:40', 'TIME', '2024-03-05T22:40'],
      ['8', 'TIME', '2024-03-05T20:00'],
      ['10pm', 'TIME', '2024-03-05T22:00']
    ])
  })

  it('keeps a clock time on the publication day when it is earlier, ahead, undated by a time, or the text names a day', async () => {
    expect(await found('The fire broke out at 11 am.', '2024-03-06T20:00')).toEqual([['11 am', 'TIME', '2024-03-06T11:00']])
    expect(await found('The council will meet at 7 pm. The shop opens at 9 am.', '2024-03-06T02:30')).toEqual([
      ['7 pm', 'TIME', '2024-03-06T19:00'],
      ['9 am', 'TIME', '2024-03-06T09:00']
    ])
    // A bare midnight is how a feed writes a date without its time.
    expect(await found('The fire broke out at 11 pm.', '2024-03-06T00:00:00')).toEqual([['11 pm', 'TIME', '2024-03-06T23:00']])
    expect(await found('On March 6, the fire broke out at 11 pm.', '2024-03-06T02:30')).toEqual([
      ['March 6', 'DATE', '2024-03-06'],
      ['11 pm', 'TIME', '2024-03-06T23:00']
    ])
  })

  it('reads "at half seven" as half past seven, not "at half" a share', async () => {
    expect(await found('Doors open at half seven. The pub shuts at half eleven tonight.')).toEqual([
      ['half seven', 'TIME', '2024-03-06T07:30'],
      ['half eleven tonight', 'TIME', '2024-03-06T23:30']
    ])
    expect(await found('Sales grew at half the rate. Half seven of the crew left.')).toEqual([])
  })

  it('reads an hour with a part of the day after "around" or a comma, and after "in the morning"', async () => {
    expect(await found('Fireworks start tonight around 9. The ferry sails in the morning at 6:45. The vote is at 11, tonight.')).toEqual([
      ['tonight around 9', 'TIME', '2024-03-06T21:00'],
      ['the morning at 6:45', 'TIME', '2024-03-06T06:45'],
      ['11, tonight', 'TIME', '2024-03-06T23:00']
    ])
  })

  it('leaves a count before a comma and "tonight", and a part of the day without an hour', async () => {
    expect(await found('He scored 10, tonight the team rests. They sail in the morning at dawn.')).toEqual([
      ['tonight', 'TIME', '2024-03-06TNI'],
      ['the morning', 'TIME', '2024-03-06TMO'],
      ['dawn', 'TIME', '2024-03-06TMO']
    ])
  })
})
