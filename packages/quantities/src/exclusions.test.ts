import {createPipeline} from '@tidings/core'
import {dates} from '@tidings/dates'
import {segment} from '@tidings/segment'
import {describe, expect, it} from 'vitest'
import {quantities} from './index.js'
import {brief} from './test-helpers.js'

describe('exclusions', () => {
  it('passes over the number of an index name in any case, but not a count after it', async () => {
    expect(await brief('the sp 500 fell 2%, the FTSE 100 rose 1.5% and 500 traders watched.')).toEqual([
      ['2%', 2, 'percentage', 'exact', 'decrease'],
      ['1.5%', 1.5, 'percentage', 'exact', 'increase'],
      ['500 traders', 500, 'traders', 'exact']
    ])
  })

  it('finds nothing in model names, years, dates, times, ordinals and labels', async () => {
    expect(await brief('The wall rose between A.D. 122 and 128, and 737 Max 8 pilots flew version .9 of it.')).toEqual([])
    expect(await brief('The pundit (a k a the oracle) had spoken at length, and everyone listened.')).toEqual([])
    expect(await brief('The RAV4, the iPhone 12 and the G7 met between 1600 and 1700, in the second half of it, and each one left at 1:36.6 from exit 12.')).toEqual([])
    expect(await brief('The S-300 and KN-23 of 38 North Research hit Boeing 747 jets in 2023 on Dec. 30 at 5 p.m. on the 3rd floor of No. 10 and page 4.')).toEqual([])
  })

  it('reads no count in a score after a word of the result, before one, or after another score', async () => {
    expect(await brief('Rovers won 3-1 in extra time and drew 2-2 with Hull; the Sharks lost 24-17 at home.')).toEqual([])
    expect(await brief('It was a 5-2 win, a 2-1 home victory and a 31–10 defeat.')).toEqual([])
    expect(await brief('She won 6-4, 3-6, 7-5 to reach the final.')).toEqual([])
  })

  it('reads no count in a cricket score: runs for wickets, a higher figure dashed to a lower one, or the total an innings ended on', async () => {
    expect(await brief('England were 245 for 3 at stumps and India 120 for four; Australia declared on 450 for 7.')).toEqual([])
    expect(await brief('India were 120-4 at lunch, then 187-9.')).toEqual([])
    expect(await brief('Pakistan were all out for 198; Kent were bowled out for 142 and Essex dismissed for 89.')).toEqual([])
  })

  it('reads counts and lengths after "for" that no score holds', async () => {
    expect(await brief('He went out for 20 minutes. She paid 250 for 3 tickets. The motion passed 245 for 3 against. They sold 4 for 12.')).toEqual([
      ['20 minutes', 20, 'minute', 'exact'],
      ['250', 250, null, 'exact'],
      ['3 tickets', 3, 'tickets', 'exact'],
      ['245', 245, null, 'exact'],
      ['3', 3, null, 'exact'],
      ['4', 4, null, 'exact'],
      ['12', 12, null, 'exact']
    ])
  })

  it('reads a range after a word of the result where a plural or a unit follows, and a dash elsewhere as before', async () => {
    expect(await brief('The party won 20-25 seats, and shares lost 3-4% as the firm cut 10-15 jobs.')).toEqual([
      ['20-25 seats', 20, 'seats', 'exact', [20, 25]],
      ['3-4%', 3, 'percentage', 'exact', 'decrease', [3, 4]],
      ['10-15 jobs', 10, 'jobs', 'exact', 'decrease', [10, 15]]
    ])
    expect(await brief('The board voted 3-6 hours later, and the team won 2.5-3 points.')).toEqual([
      ['3-6 hours', 3, 'hour', 'exact', [3, 6]],
      ['2.5-3 points', 2.5, 'point', 'exact', [2.5, 3]]
    ])
  })

  it('reads a labelled number as a name, unless a spaced unit after it measures something', async () => {
    expect(await brief('Guests in Flat 5C, Suite 12F and apartment 3 met at gate 9 by Room 4C.')).toEqual([])
    expect(await brief('They built a room 10 feet wide, a lane 2 km long and a suite 40 metres across.')).toEqual([
      ['10 feet', 10, 'foot', 'exact'],
      ['2 km', 2, 'kilometre', 'exact'],
      ['40 metres', 40, 'metre', 'exact']
    ])
    expect(await brief('They charge a flat 5% fee and a flat 20 dollars a night.')).toEqual([
      ['5%', 5, 'percentage', 'exact'],
      ['20 dollars a night', 20, 'dollar per night', 'exact']
    ])
  })

  it('reads a label\'s word after "will" or a modal as a verb, whose number is a quantity', async () => {
    expect(await brief('The arena will seat 62,000 fans. The crowd could number 5,000. The hall can seat 800 guests.')).toEqual([
      ['62,000 fans', 62000, 'fans', 'exact'],
      ['5,000', 5000, null, 'exact'],
      ['800 guests', 800, 'guests', 'exact']
    ])
    expect(await brief('Turn to page 12 and take exit 5. His seat 14 was empty.')).toEqual([])
  })

  it('reads "one" before a modal verb and another word as the pronoun, not a count, but counts "one can" of something', async () => {
    expect(await brief('At that age one can already read, one should ask first, and One might argue that one must wait.')).toEqual([])
    expect(await brief('He drank one can of soda, she bought one can. Just one will stay; one May morning, 20 hikers set off.')).toEqual([
      ['one can', 1, 'can', 'exact'],
      ['one can', 1, 'can', 'exact'],
      ['one', 1, null, 'exact'],
      ['20 hikers', 20, 'hikers', 'exact']
    ])
  })

  it('passes over the marks of a list and codes written around a unit, not bracketed figures nor units with a power', async () => {
    expect(await brief('The plan would 1) cut taxes, 2) raise pay and 3) end the levy.')).toEqual([])
    expect(await brief('The fund (worth 5) grew, and 5m2 flats sold with code 24703m212.')).toEqual([
      ['5', 5, null, 'exact'],
      ['5m2', 5, 'square metre', 'exact']
    ])
  })

  it('passes over the count of a product of measures, not the sides of an area', async () => {
    expect(await brief('The pack holds 2 x 500ml bottles and 3 × 2 kg bags; the room is 3 x 4 metres.')).toEqual([
      ['500ml', 500, 'millilitre', 'exact'],
      ['2 kg', 2, 'kilogram', 'exact'],
      ['3', 3, null, 'exact'],
      ['4 metres', 4, 'metre', 'exact']
    ])
  })

  it('passes over telephone numbers, not ranges of the same shape nor a signed figure', async () => {
    expect(await brief('Call 555-0147, or (617) 555-0123, or +44 161 496 0000 from abroad.')).toEqual([])
    expect(await brief('Crowds of 500-1000 fans came, the stove reached 300-1200 degrees and shares rose +5 points.')).toEqual([
      ['500-1000 fans', 500, 'fans', 'exact', [500, 1000]],
      ['300-1200 degrees', 300, 'degree', 'exact', [300, 1200]],
      ['5 points', 5, 'point', 'exact', 'increase']
    ])
  })

  it('reports each exclusion that rejects a number as a rule hit', async () => {
    const record = await createPipeline({article: [segment, dates, quantities], traceRules: true}).article({id: 'x', text: 'The plan would 1) cut taxes on the 3rd floor, page 4, by 5%.'})
    if (record.kind !== 'article') throw new Error(record.error.message)
    expect(record.ruleHits?.filter((hit) => hit.kept === false).map((hit) => hit.rule)).toEqual(['list-marker', 'ordinal', 'label'])
  })

  it('keeps an amount of time that a date is counted by, before or after it, and nothing inside other dates', async () => {
    expect(await brief('The dam will be finished in 15 years, within six months of the vote, or eight weeks later.')).toEqual([
      ['15 years', 15, 'year', 'exact'],
      ['six months', 6, 'month', 'exact'],
      ['eight weeks', 8, 'week', 'exact']
    ])
    expect(await brief('The dam opened in 2015, on March 3, in the spring of 2016.')).toEqual([])
  })

  it('passes over years and years of an era, but not counts written like a year', async () => {
    expect(await brief('In A.D. 800 about 300 monks lived there, and 1500 people came in 1990.')).toEqual([
      ['about 300 monks', 300, 'monks', 'approximate'],
      ['1500 people', 1500, 'people', 'exact']
    ])
    // Without the dates stage, which reads any such number as a year.
    const record = await createPipeline({article: [segment, quantities]}).article({id: 'y', text: 'The walls stood from 1720 to 1850, and 1850 soldiers kept them in 1890.'})
    expect(record.kind === 'article' && record.quantities?.map((q) => q.text)).toEqual(['1850 soldiers'])
  })

  it('keeps a figure before the weekday it was reached on, not one before a name', async () => {
    expect(await brief('The death toll reached 40 Friday.')).toEqual([['40', 40, null, 'exact']])
    expect(await brief('Police arrested 12 Tuesday, and the index closed at 15 Monday.')).toEqual([
      ['12', 12, null, 'exact'],
      ['15', 15, null, 'exact']
    ])
    expect(await brief('She scored 40 Saturday and flew 3 Sunday services.')).toEqual([
      ['40', 40, null, 'exact'],
      ['3 Sunday services', 3, 'Sunday services', 'exact']
    ])
    expect(await brief('The 8 Pro went on sale, Ligue 1 Friday matches were moved and Galaxy 9 Sunday sales were slow.')).toEqual([])
  })

  it('passes over numbers written with a leading zero and the groups that follow one, not decimals nor spaced thousands', async () => {
    expect(await brief('For advice call 0800 123 456 or 096234600, and quote lot 0504.')).toEqual([])
    expect(await brief('About 0.5% of 10 000 voters and 2 050 fans left.')).toEqual([
      ['About 0.5%', 0.5, 'percentage', 'approximate'],
      ['10 000 voters', 10_000, 'voters', 'exact'],
      ['2 050 fans', 2050, 'fans', 'exact']
    ])
  })
})
