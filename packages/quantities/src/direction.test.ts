import {describe, expect, it} from 'vitest'
import {brief, found} from './test-helpers.js'

describe('direction', () => {
  it('reads rises, falls, ranges, vague amounts and ages', async () => {
    expect(await brief('Sales rose 5% while costs fell by 2.5 percent. Between 10 and 20 ships and dozens of boats sailed. The captain, a 52-year-old, waved.')).toEqual([
      ['5%', 5, 'percentage', 'exact', 'increase'],
      ['2.5 percent', 2.5, 'percentage', 'exact', 'decrease'],
      ['10 and 20 ships', 10, 'ships', 'exact', [10, 20]],
      ['dozens of boats', 12, 'boats', 'exact', [12, 120]],
      ['52-year-old', 52, 'year', 'exact']
    ])
  })

  it('looks for a rise or fall only within the clause of the figure', async () => {
    expect(await brief('Costs grew; a 55-inch screen sold for $300. Prices (which fell) hit $40.')).toEqual([
      ['55-inch', 55, 'inch', 'exact'],
      ['$300', 300, 'dollar', 'exact'],
      ['$40', 40, 'dollar', 'exact']
    ])
  })

  it('reads every form of the verbs of rise and fall', async () => {
    expect(await brief('Exports slumped 4% and imports rebounded 2.5%, while the deficit widened by $3bn and margins narrowed 40 basis points.')).toEqual([
      ['4%', 4, 'percentage', 'exact', 'decrease'],
      ['2.5%', 2.5, 'percentage', 'exact', 'increase'],
      ['$3bn', 3e9, 'dollar', 'exact', 'increase'],
      ['40 basis points', 40, 'basis point', 'exact', 'decrease']
    ])
  })

  it('reads the part by which something rose or fell', async () => {
    expect(await brief('Profits were cut in half and costs fell by a third; he split it in half, and stock rose by two-thirds.')).toEqual([
      ['half', 0.5, null, 'exact', 'decrease'],
      ['a third', 1 / 3, null, 'exact', 'decrease'],
      ['two-thirds', 2 / 3, null, 'exact', 'increase']
    ])
  })

  it('reads a rise or fall past the amount named before "of" ("by an average of", "by a total of")', async () => {
    expect(await brief('Rents rose by an average of 4.2% last year.')).toEqual([['4.2%', 4.2, 'percentage', 'exact', 'increase']])
    expect(await brief('Wages increased by a total of 12% in the sector.')).toEqual([['12%', 12, 'percentage', 'exact', 'increase']])
    expect(await brief('House prices fell by a median of $8,000 in the city.')).toEqual([['$8,000', 8000, 'dollar', 'exact', 'decrease']])
  })

  it('reads no rise or fall in an amount named before "of" with no verb of change in its clause', async () => {
    expect(await brief('An average of 40 people attend each week.')).toEqual([['40 people', 40, 'people', 'exact']])
    expect(await brief('The rise in costs was a total of 12% over the decade.')).toEqual([['12%', 12, 'percentage', 'exact']])
    expect(await brief('Prices rose last year, a total of 4%, the bank said.')).toEqual([['4%', 4, 'percentage', 'exact']])
  })

  it('reads the part by which something rose or fell with a bound before it', async () => {
    expect(await brief('Deaths fell by nearly a quarter last year.')).toEqual([['nearly a quarter', 0.25, null, 'approximate', 'decrease']])
    expect(await brief('The workforce was cut by more than half.')).toEqual([['more than half', 0.5, null, 'moreThan', 'decrease']])
    expect(await brief('The share rose by about two-thirds.')).toEqual([['about two-thirds', 2 / 3, null, 'approximate', 'increase']])
  })

  it('reads no part of a change in a bounded fraction with no verb of change, or one of a whole', async () => {
    expect(await brief('He ate nearly a third.')).toEqual([])
    expect(await brief('The plan was backed by nearly a third of members.')).toEqual([['nearly a third', 1 / 3, null, 'approximate']])
    expect(await brief('About half the staff left.')).toEqual([])
  })

  it('reads no rise or fall in the level a change started from', async () => {
    expect(await brief('Unemployment rose from 3.5% in 2020 to 4.1% in 2022.')).toEqual([
      ['3.5%', 3.5, 'percentage', 'exact'],
      ['4.1%', 4.1, 'percentage', 'exact']
    ])
    expect(await brief('The price of a laptop has fallen from $659 in 2008 to $420.')).toEqual([
      ['$659', 659, 'dollar', 'exact'],
      ['$420', 420, 'dollar', 'exact']
    ])
    expect(await brief('Fuel economy climbed from 21 mpg combined to 23 for the base model.')).toEqual([
      ['21 mpg', 21, 'mile per gallon', 'exact'],
      ['23', 23, 'mile per gallon', 'exact']
    ])
  })

  it('reads the rise or fall of a figure with "from" after it', async () => {
    expect(await brief('Prices rose 4% from last year.')).toEqual([['4%', 4, 'percentage', 'exact', 'increase']])
    expect(await brief('Output fell 2% from May.')).toEqual([['2%', 2, 'percentage', 'exact', 'decrease']])
    expect(await brief('Costs climbed by 7% from a year earlier.')).toEqual([['7%', 7, 'percentage', 'exact', 'increase']])
  })

  it('reads a comparative right after a figure as its rise or fall', async () => {
    expect(await brief('Shares closed 3.4% higher at 212 pence.')).toEqual([
      ['3.4%', 3.4, 'percentage', 'exact', 'increase'],
      ['212 pence', 212, 'penny', 'exact']
    ])
    expect(await brief('Prices were 5% lower than a year ago.')).toEqual([['5%', 5, 'percentage', 'exact', 'decrease']])
    expect(await brief('The FTSE ended 40 points lower.')).toEqual([['40 points', 40, 'point', 'exact', 'decrease']])
  })

  it('reads no rise or fall in a comparative that is a name, ends a range, or qualifies what is counted', async () => {
    expect(await brief('He moved to 4 Higher Street.')).toEqual([])
    expect(await brief('Rates went from 5 to 10% higher.')).toEqual([['5 to 10%', 5, 'percentage', 'exact', [5, 10]]])
    expect(await brief('The 2 higher bids won.')).toEqual([['2 higher bids', 2, 'higher bids', 'exact']])
  })

  it('reads no rise or fall in a word of change that a figure before counts', async () => {
    expect(await brief('She finished with 28 points, 11 rebounds and 7 assists.')).toEqual([
      ['28 points', 28, 'point', 'exact'],
      ['11 rebounds', 11, 'rebounds', 'exact'],
      ['7 assists', 7, 'assists', 'exact']
    ])
    expect(await brief('After 3 cuts, 40 jobs remain.')).toEqual([
      ['3 cuts', 3, 'cuts', 'exact'],
      ['40 jobs', 40, 'jobs', 'exact']
    ])
    expect(await brief('The desk had 2 gains and 4 losses in 6 trades.')).toEqual([
      ['2 gains', 2, 'gains', 'exact'],
      ['4 losses', 4, 'losses', 'exact'],
      ['6 trades', 6, 'trades', 'exact']
    ])
  })

  it('reads the verb of change after a figure or a name with a number as the change of the next figure', async () => {
    expect(await brief('The S&P 500 fell 0.9% on Friday.')).toEqual([['0.9%', 0.9, 'percentage', 'exact', 'decrease']])
    expect(await brief('The index gained 40 points and rose 2% in all.')).toEqual([
      ['40 points', 40, 'point', 'exact', 'increase'],
      ['2%', 2, 'percentage', 'exact', 'increase']
    ])
    expect(await brief('In 3 years prices rose 12%.')).toEqual([
      ['3 years', 3, 'year', 'exact'],
      ['12%', 12, 'percentage', 'exact', 'increase']
    ])
  })

  it('reads "up" and "down" before a figure as a rise or fall, not after a verb they complete', async () => {
    expect(await brief('Revenue up 5% at $3bn; costs down 2 points; they set up 5 camps and shut down 3 plants, racking up $4m.')).toEqual([
      ['5%', 5, 'percentage', 'exact', 'increase'],
      ['$3bn', 3e9, 'dollar', 'exact'],
      ['2 points', 2, 'point', 'exact', 'decrease'],
      ['5 camps', 5, 'camps', 'exact'],
      ['3 plants', 3, 'plants', 'exact'],
      ['$4m', 4e6, 'dollar', 'exact']
    ])
  })
})

describe('bounds', () => {
  it('keeps "about" out of a restatement, reads "over than" and "barely" as bounds', async () => {
    expect(await brief('The trail runs about 12 miles (19 km), and over than 40% of the hikers finish; it has barely 3 percent shade.')).toEqual([
      ['about 12 miles', 12, 'mile', 'approximate'],
      ['19 km', 19, 'kilometre', 'exact'],
      ['over than 40%', 40, 'percentage', 'moreThan'],
      ['barely 3 percent', 3, 'percentage', 'approximate']
    ])
  })

  it('keeps both the bound and the rise or fall of a figure, in its restatement too', async () => {
    expect(await brief('Shares climbed more than 4% and then fell about 2%, or at least 40 points.')).toEqual([
      ['more than 4%', 4, 'percentage', 'moreThan', 'increase'],
      ['about 2%', 2, 'percentage', 'approximate', 'decrease'],
      ['at least 40 points', 40, 'point', 'atLeast', 'decrease']
    ])
  })

  it('reads verbs of passing a figure as bounds, and "not exceeding" as an upper one', async () => {
    expect(await brief('Sales topped $5bn, exceeding 40,000 units, with prices under $20 and costs not exceeding $3m.')).toEqual([
      ['topped $5bn', 5e9, 'dollar', 'moreThan'],
      ['exceeding 40,000 units', 40_000, 'units', 'moreThan'],
      ['under $20', 20, 'dollar', 'lessThan'],
      ['not exceeding $3m', 3e6, 'dollar', 'atMost']
    ])
    expect(await brief('The top 10 firms exceeded forecasts, and under the plan 5 staff left just short of 3 weeks.')).toEqual([
      ['10 firms', 10, 'firms', 'exact'],
      ['5 staff', 5, 'staff', 'exact'],
      ['short of 3 weeks', 3, 'week', 'lessThan']
    ])
  })

  it('reads the lowest an amount goes as its lower bound, and "in the region of" and "upward of"', async () => {
    expect(await brief('Tickets cost as little as $5, and as few as 12 people came.')).toEqual([
      ['as little as $5', 5, 'dollar', 'atLeast'],
      ['as few as 12 people', 12, 'people', 'atLeast']
    ])
    expect(await brief('Prices could go as low as 80 cents.')).toEqual([['as low as 80 cents', 80, 'cent', 'atLeast']])
    expect(await brief('The bill is in the region of £2m, and turnout was upward of 60%.')).toEqual([
      ['in the region of £2m', 2e6, 'pound sterling', 'approximate'],
      ['upward of 60%', 60, 'percentage', 'moreThan']
    ])
  })

  it('reads no bound in the words of those phrases that do not lead a figure', async () => {
    expect(await brief('He cares as little as ever about the 3 cases.')).toEqual([['3 cases', 3, 'cases', 'exact']])
    expect(await brief('Rain fell in the region, 40 mm of it.')).toEqual([['40 mm', 40, 'millimetre', 'exact']])
    expect(await brief('Prices are as low as they were, at 80 cents.')).toEqual([['80 cents', 80, 'cent', 'exact']])
  })

  it('reads "or so" after a figure, and "-odd" and "-plus" hyphenated to it, as bounds before its unit or noun', async () => {
    expect(await brief('Some 20 or so people were hurt, and 30 or so boats sank.')).toEqual([
      ['Some 20 or so people', 20, 'people', 'approximate'],
      ['30 or so boats', 30, 'boats', 'approximate']
    ])
    expect(await brief('He has 40-odd years of experience.')).toEqual([['40-odd years', 40, 'year', 'approximate']])
    expect(await brief('The project took 30-plus years and drew 50-plus fans.')).toEqual([
      ['30-plus years', 30, 'year', 'atLeast'],
      ['50-plus fans', 50, 'fans', 'atLeast']
    ])
  })

  it('reads no bound in "or" before another figure, nor in a hyphen before another word', async () => {
    expect(await brief('Five or six boats sank.')).toEqual([
      ['Five', 5, 'boats', 'exact'],
      ['six boats', 6, 'boats', 'exact']
    ])
    expect(await brief('The 40-year plan and a 30-mile trip.')).toEqual([
      ['40-year', 40, 'year', 'exact'],
      ['30-mile', 30, 'mile', 'exact']
    ])
    expect(await brief('They scored 20 or so.')).toEqual([['20 or so', 20, null, 'approximate']])
  })

  it('reads a bound written after the figure, before what it counts', async () => {
    expect(await brief('Three or more people and anyone aged 65 and over paid $3m or less; five or six boats and 10 or 12 km.')).toEqual([
      ['Three or more people', 3, 'people', 'atLeast'],
      ['65 and over', 65, 'year', 'atLeast'],
      ['$3m or less', 3e6, 'dollar', 'atMost'],
      ['five', 5, 'boats', 'exact'],
      ['six boats', 6, 'boats', 'exact'],
      ['10', 10, 'kilometre', 'exact'],
      ['12 km', 12, 'kilometre', 'exact']
    ])
  })
})
