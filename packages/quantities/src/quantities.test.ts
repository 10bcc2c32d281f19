import {createPipeline} from '@tidings/core'
import {dates} from '@tidings/dates'
import {segment} from '@tidings/segment'
import {describe, expect, it} from 'vitest'
import {quantities} from './index.js'

async function found(text: string, options = {}) {
  const record = await createPipeline({article: [segment, dates, [quantities, options]]}).article({id: 't', text, publishedAt: '2025-03-10'})
  if (record.kind !== 'article') throw new Error(record.error.message)
  return record
}

const brief = (text: string) =>
  found(text).then((record) =>
    (record.quantities ?? []).map((q) => [q.text, q.value, q.unit?.name ?? q.of ?? null, q.bound, ...(q.change ? [q.change] : []), ...(q.range ? [q.range] : [])])
  )

describe('quantities', () => {
  it('finds values with units, bounds and what is counted', async () => {
    expect(await brief('The rockets fly up to 900 kilometres and hit at least four depots; about 550 miles of rail and $64 billion were lost.')).toEqual([
      ['up to 900 kilometres', 900, 'kilometre', 'atMost'],
      ['at least four depots', 4, 'depots', 'atLeast'],
      ['about 550 miles', 550, 'mile', 'approximate'],
      ['$64 billion', 64e9, 'dollar', 'exact']
    ])
  })

  it('reads a magnitude inside an age and a range written as one hyphenated word', async () => {
    expect(await brief('The 400 million-year-old rock beat the 0-to-60-mph mark of 3.1 seconds.')).toEqual([
      ['400 million-year-old', 4e8, 'year', 'exact'],
      ['0-to-60-mph', 0, 'mile per hour', 'exact', [0, 60]],
      ['3.1 seconds', 3.1, 'second', 'exact']
    ])
  })

  it('reads a minus sign that touches a number, but not a hyphen inside a name or a range', async () => {
    expect(await brief('Lows went from -18 °C to -34 °C and output shrank −2%, while 5-10 F-16 jets flew.')).toEqual([
      ['-18 °C to -34 °C', -18, 'celsius', 'exact', [-18, -34]],
      ['−2%', -2, 'percentage', 'exact', 'decrease'],
      ['5-10 F-16 jets', 5, 'jets', 'exact', [5, 10]]
    ])
    expect(await brief('It fell to minus 12C, and 10 minus 3 is 7.')).toEqual([
      ['minus 12C', -12, 'celsius', 'exact'],
      ['10', 10, null, 'exact'],
      ['3', 3, null, 'exact'],
      ['7', 7, null, 'exact']
    ])
  })

  it('passes over the number of an index name in any case, but not a count after it', async () => {
    expect(await brief('the sp 500 fell 2%, the FTSE 100 rose 1.5% and 500 traders watched.')).toEqual([
      ['2%', 2, 'percentage', 'exact', 'decrease'],
      ['1.5%', 1.5, 'percentage', 'exact', 'increase'],
      ['500 traders', 500, 'traders', 'exact']
    ])
  })

  it('normalizes through SI units and keeps currencies in their ISO code', async () => {
    const record = await found('A 640-mile front, a 3 kg parcel, £2,000 and €5m.')
    expect(record.quantities?.map((q) => [q.text, q.dimension, q.normalized])).toEqual([
      ['640-mile', 'length', {value: 1_029_980.16, unit: 'm'}],
      ['3 kg', 'mass', {value: 3, unit: 'kg'}],
      ['£2,000', 'currency', {value: 2000, unit: 'GBP'}],
      ['€5m', 'currency', {value: 5_000_000, unit: 'EUR'}]
    ])
  })

  it('reads rises, falls, ranges, vague amounts and ages', async () => {
    expect(await brief('Sales rose 5% while costs fell by 2.5 percent. Between 10 and 20 ships and dozens of boats sailed. The captain, a 52-year-old, waved.')).toEqual([
      ['5%', 5, 'percentage', 'exact', 'increase'],
      ['2.5 percent', 2.5, 'percentage', 'exact', 'decrease'],
      ['10 and 20 ships', 10, 'ships', 'exact', [10, 20]],
      ['dozens of boats', 12, 'boats', 'exact', [12, 120]],
      ['52-year-old', 52, 'year', 'exact']
    ])
  })

  it('reads "N-year-old" and "N year-old" as ages, and "percent-owned" as a percentage', async () => {
    const record = await found('The 65-year-old and a 60 year-old rower own a 43.4 percent-owned boat.')
    expect(record.quantities?.map((q) => [q.text, q.value, q.dimension, q.unit?.name])).toEqual([
      ['65-year-old', 65, 'age', 'year'],
      ['60 year-old', 60, 'age', 'year'],
      ['43.4 percent-owned', 43.4, 'percentage', 'percentage']
    ])
  })

  it('reads currency signs and codes written against the number, minor units, and the word "magnitude" before a figure', async () => {
    expect(await brief('The buyer paid US$5 million, $A2.5m, EUR40m, 300 MUSD and 12,34,567 rupees; shares were priced at NZ $12 a share and 470 pence.')).toEqual([
      ['US$5 million', 5e6, 'dollar', 'exact'],
      ['$A2.5m', 2.5e6, 'australian dollar', 'exact'],
      ['EUR40m', 4e7, 'euro', 'exact'],
      ['300 MUSD', 3e8, 'dollar', 'exact'],
      ['12,34,567 rupees', 1_234_567, 'rupee', 'exact'],
      ['NZ $12 a share', 12, 'new zealand dollar per share', 'exact'],
      ['470 pence', 470, 'penny', 'exact']
    ])
    const record = await found('It cost 3 dollars 50 cents, then 15 €.')
    expect(record.quantities?.map((q) => [q.text, q.value, q.normalized])).toEqual([
      ['3 dollars 50 cents', 3.5, {value: 3.5, unit: 'USD'}],
      ['15 €', 15, {value: 15, unit: 'EUR'}]
    ])
    expect(await brief('A magnitude 6.4 earthquake and a 5.1-magnitude aftershock hit; the magnitude of the loss grew.')).toEqual([
      ['magnitude 6.4', 6.4, 'magnitude', 'exact'],
      ['5.1-magnitude', 5.1, 'magnitude', 'exact']
    ])
    expect(await brief('Its GDP is $2.174T and it mined 5t of gold.')).toEqual([
      ['$2.174T', 2.174e12, 'dollar', 'exact'],
      ['5t', 5, 'tonne', 'exact']
    ])
  })

  it('names what is counted with its qualifiers', async () => {
    expect(await brief('Lee said seven regional airports and 12 NBA teams hired 2,000 seasonal workers, and one proposal passed.')).toEqual([
      ['seven regional airports', 7, 'regional airports', 'exact'],
      ['12 NBA teams', 12, 'NBA teams', 'exact'],
      ['2,000 seasonal workers', 2000, 'seasonal workers', 'exact'],
      ['one proposal', 1, 'proposal', 'exact']
    ])
  })

  it('reads ranges from one figure to another, with a shared magnitude or sign', async () => {
    expect(await brief('Prices moved from $40 to $35, output from 5 to 10 million tonnes, and bids between $62 and $68 per share.')).toEqual([
      ['$40 to $35', 40, 'dollar', 'exact', [40, 35]],
      ['5 to 10 million tonnes', 5e6, 'tonne', 'exact', [5e6, 1e7]],
      ['$62 and $68 per share', 62, 'dollar per share', 'exact', [62, 68]]
    ])
    expect(await brief('Shares fell 3.5p to 412p as costs rose 5 to 10 percent.')).toEqual([
      ['3.5p', 3.5, 'penny', 'exact', 'decrease'],
      ['412p', 412, 'penny', 'exact'],
      ['5 to 10 percent', 5, 'percentage', 'exact', 'increase', [5, 10]]
    ])
    expect(await brief('Gallium went from about $350 per kg to $680 per kg; oil rose $5 a barrel to $70.')).toEqual([
      ['about $350 per kg to $680 per kg', 350, 'dollar per kilogram', 'exact', [350, 680]],
      ['$5 a barrel', 5, 'dollar per barrel', 'exact', 'increase'],
      ['$70', 70, 'dollar', 'exact']
    ])
  })

  it('reads spoken fractions, multiples, signed numbers and units in compounds', async () => {
    expect(await brief('Nearly two-thirds of voters and a third of the staff own a four-cylinder car; exports grew sixfold and rents rose 2½ times.')).toEqual([
      ['Nearly two-thirds', 2 / 3, null, 'approximate'],
      ['a third', 1 / 3, null, 'exact'],
      ['four-cylinder', 4, 'cylinder', 'exact'],
      ['sixfold', 6, 'times', 'exact'],
      ['2½ times', 2.5, 'times', 'exact', 'increase']
    ])
    expect(await brief('The pump ran at minus-3.5 degrees in a sub-7 nanometre plant making 52,000 barrel-a-day of 43.4 percent-owned fuel at 35 ppb.')).toEqual([
      ['minus-3.5 degrees', -3.5, 'degree', 'exact'],
      ['sub-7 nanometre', 7, 'nanometre', 'lessThan'],
      ['52,000 barrel-a-day', 52_000, 'barrel per day', 'exact'],
      ['43.4 percent-owned', 43.4, 'percentage', 'exact'],
      ['35 ppb', 35, 'part per billion', 'exact']
    ])
  })

  it('carries a rise to its restatement and a unit to the level it reaches', async () => {
    expect(await brief('The index lost 40 points, or 1.2%, to 3,210.5, while 460 cars were stolen compared with 63 a year before.')).toEqual([
      ['40 points', 40, 'point', 'exact', 'decrease'],
      ['1.2%', 1.2, 'percentage', 'exact', 'decrease'],
      ['3,210.5', 3210.5, 'point', 'exact'],
      ['460 cars', 460, 'cars', 'exact'],
      ['63', 63, 'cars', 'exact']
    ])
  })

  it('shares the unit of a compound with the numbers left hanging on its hyphen, and joins them by "to" into a range', async () => {
    expect(await brief('Buyers pick a 7- or 8-inch screen, and four-, five- or six-cylinder engines; 9- and 10-year-olds ride free.')).toEqual([
      ['7', 7, 'inch', 'exact'],
      ['8-inch', 8, 'inch', 'exact'],
      ['four', 4, 'cylinder', 'exact'],
      ['five', 5, 'cylinder', 'exact'],
      ['six-cylinder', 6, 'cylinder', 'exact'],
      ['9', 9, 'year', 'exact'],
      ['10-year-olds', 10, 'year', 'exact']
    ])
    expect(await brief('They plan an 8- to 16-metre mirror.')).toEqual([['8- to 16-metre', 8, 'metre', 'exact', [8, 16]]])
  })

  it('reads a fraction of one unit as an amount of it, a spoken fraction that ends its clause, and US customary volumes', async () => {
    expect(await brief('The odds are one sixth, a third time; sales fell by half, half the time, at a quarter the cost.')).toEqual([
      ['one sixth', 1 / 6, null, 'exact'],
      ['a quarter', 0.25, null, 'exact']
    ])
    const record = await found('She walked a third of a mile with 1/16 of a US pint, two quarts and 42 US gallons.')
    expect(record.quantities?.map((q) => [q.text, q.value, q.unit?.name, q.normalized])).toEqual([
      ['a third of a mile', 1 / 3, 'mile', {value: 536.448, unit: 'm'}],
      ['1/16 of a US pint', 0.0625, 'pint', {value: 0.0000295735295625, unit: 'm3'}],
      ['two quarts', 2, 'quart', {value: 0.001892705892, unit: 'm3'}],
      ['42 US gallons', 42, 'gallon', {value: 0.158987294928, unit: 'm3'}]
    ])
  })

  it('reads decimals without a leading zero, counts of named models, and a restated bound', async () => {
    expect(await brief('He hit .312 as 2,500 Model S and Model X cars and more than 7.5 million euros ($8.1 million) moved.')).toEqual([
      ['.312', 0.312, null, 'exact'],
      ['2,500 Model S and Model X cars', 2500, 'Model S and Model X cars', 'exact'],
      ['more than 7.5 million euros', 7.5e6, 'euro', 'moreThan'],
      ['$8.1 million', 8.1e6, 'dollar', 'moreThan']
    ])
  })

  it('reads a bare whole number after "aged", "at the age of" or "turned" as an age', async () => {
    expect(await brief('A man aged 45 was held; she left at the age of 62, he turned 70, and the index turned 300 points higher.')).toEqual([
      ['45', 45, 'year', 'exact'],
      ['62', 62, 'year', 'exact'],
      ['70', 70, 'year', 'exact'],
      ['300 points', 300, 'point', 'exact']
    ])
    const record = await found('He turned 70.')
    expect(record.quantities?.map((q) => q.dimension)).toEqual(['age'])
  })

  it('counts the members of a group, a name in the plural, and the parts of one thing, but not a verb', async () => {
    expect(await brief('Two of the pilots flew 40 Model 3s; five of the three-ton trucks and 12m of its users stayed.')).toEqual([
      ['Two of the pilots', 2, 'pilots', 'exact'],
      ['40 Model 3s', 40, 'Model 3s', 'exact'],
      ['five', 5, null, 'exact'],
      ['three-ton', 3, 'ton', 'exact'],
      ['12m of its users', 12e6, 'users', 'exact']
    ])
    expect(await brief('A 12 page memo on a 6 speed gearbox; of those asked, 3 blamed energy.')).toEqual([
      ['12 page', 12, 'page', 'exact'],
      ['6 speed', 6, 'speed', 'exact'],
      ['3', 3, null, 'exact']
    ])
  })

  it('reads the time before or after a date, halves of a unit, and "that one of"', async () => {
    expect(await brief('Ten days later, and a year earlier, they said that one of the boats left a half hour after half a million people ran a half marathon.')).toEqual([
      ['Ten days', 10, 'day', 'exact'],
      ['one of the boats', 1, 'boats', 'exact'],
      ['half hour', 0.5, 'hour', 'exact'],
      ['half a million people', 500_000, 'people', 'exact']
    ])
  })

  it('reads what a quantity is per, after a unit, a slash or the substance measured', async () => {
    expect(await brief('Growth ran at 4 % per annum; probes move 30 km/ms and 20 metres per second, and the mill makes 9,000 tonnes of rolled steel a year.')).toEqual([
      ['4 % per annum', 4, 'percentage per year', 'exact'],
      ['30 km/ms', 30, 'kilometre per millisecond', 'exact'],
      ['20 metres per second', 20, 'metre per second', 'exact'],
      ['9,000 tonnes of rolled steel a year', 9000, 'tonne per year', 'exact']
    ])
  })

  it('gives a sign between two figures to the first, reads tokenized compounds, and rates "per annum since"', async () => {
    expect(await brief('a one - time fee for two - door cars and four - five seats')).toEqual([
      ['two - door', 2, 'door', 'exact'],
      ['four - five seats', 4, 'seats', 'exact', [4, 5]]
    ])
    expect(await brief('Change 10 rmb 20 usd into 30 - year bonds that grew 4 % per annum since 2001.')).toEqual([
      ['10 rmb', 10, 'chinese yuan', 'exact'],
      ['20 usd', 20, 'dollar', 'exact'],
      ['30 - year', 30, 'year', 'exact'],
      ['4 % per annum', 4, 'percentage per year', 'exact', 'increase']
    ])
  })

  it('reads units in brackets, feet and inches, bits, and a currency symbol after the number', async () => {
    expect(await brief('The crate is 40 (kg), the keeper 6 ft 2 in tall, the bus 64-bit; it cost $ 300 or 200元.')).toEqual([
      ['40 (kg)', 40, 'kilogram', 'exact'],
      ['6 ft', 6, 'foot', 'exact'],
      ['2 in', 2, 'inch', 'exact'],
      ['64-bit', 64, 'bit', 'exact'],
      ['$ 300', 300, 'dollar', 'exact'],
      ['200元', 200, 'chinese yuan', 'exact']
    ])
    expect(await brief('He stood 6 ft 2 in the rain.')).toEqual([['6 ft', 6, 'foot', 'exact'], ['2', 2, null, 'exact']])
    expect(await brief('The 6ft 2in keeper saved it.')).toEqual([['6ft', 6, 'foot', 'exact'], ['2in', 2, 'inch', 'exact']])
  })

  it('reads compound measures, "that one mile", and three digits before one thing as a model', async () => {
    expect(await brief('The hull is 12 m 40 cm long and 6 ft 2 in more or less; that one mile took the 8088 chip and 517 rushing yards.')).toEqual([
      ['12 m', 12, 'metre', 'exact'],
      ['40 cm', 40, 'centimetre', 'exact'],
      ['6 ft', 6, 'foot', 'exact'],
      ['2 in', 2, 'inch', 'exact'],
      ['one mile', 1, 'mile', 'exact'],
      ['517 rushing yards', 517, 'rushing yards', 'exact']
    ])
  })

  it('finds nothing in model names, years, dates, times, ordinals and labels', async () => {
    expect(await brief('The wall rose between A.D. 122 and 128, and 737 Max 8 pilots flew version .9 of it.')).toEqual([])
    expect(await brief('The pundit (a k a the oracle) had spoken at length, and everyone listened.')).toEqual([])
    expect(await brief('The RAV4, the iPhone 12 and the G7 met between 1600 and 1700, in the second half of it, and each one left at 1:36.6 from exit 12.')).toEqual([])
    expect(await brief('The S-300 and KN-23 of 38 North Research hit Boeing 747 jets in 2023 on Dec. 30 at 5 p.m. on the 3rd floor of No. 10 and page 4.')).toEqual([])
  })

  it('links a restatement to its figure and flags one that disagrees', async () => {
    const record = await found('It flies 900 kilometres (550 miles), or 900 kilometres (400 miles).')
    expect(record.quantities?.map((q) => [q.text, q.sameAs])).toEqual([
      ['900 kilometres', undefined],
      ['550 miles', 0],
      ['900 kilometres', undefined],
      ['400 miles', 2]
    ])
    expect(record.messages).toEqual([
      {reason: '`400 miles` restates `900 kilometres` but differs by 28%', ruleId: 'restated-mismatch', source: 'tidings-quantities', start: 56, end: 65}
    ])
  })

  it('keeps "about" out of a restatement, reads "over than" and "barely" as bounds', async () => {
    expect(await brief('The trail runs about 12 miles (19 km), and over than 40% of the hikers finish; it has barely 3 percent shade.')).toEqual([
      ['about 12 miles', 12, 'mile', 'approximate'],
      ['19 km', 19, 'kilometre', 'exact'],
      ['over than 40%', 40, 'percentage', 'moreThan'],
      ['barely 3 percent', 3, 'percentage', 'approximate']
    ])
  })

  it('keeps both the bound and the rise or fall of a figure, in its restatement too', async () => {
    expect(await brief('Shares climbed more than 3% and then fell about 2%, or at least 40 points.')).toEqual([
      ['more than 3%', 3, 'percentage', 'moreThan', 'increase'],
      ['about 2%', 2, 'percentage', 'approximate', 'decrease'],
      ['at least 40 points', 40, 'point', 'atLeast', 'decrease']
    ])
  })

  it('reads "-ous" and "-us" words as no plurals, and counts past "more"', async () => {
    expect(await brief('The 30 previous seasons paid two bonus payments to 12 campus clubs.')).toEqual([
      ['30 previous seasons', 30, 'previous seasons', 'exact'],
      ['two bonus payments', 2, 'bonus payments', 'exact'],
      ['12 campus clubs', 12, 'campus clubs', 'exact']
    ])
    expect(await brief('They need four more weeks and six more volunteers, though she has 5 more than him.')).toEqual([
      ['four more weeks', 4, 'week', 'exact'],
      ['six more volunteers', 6, 'volunteers', 'exact'],
      ['5', 5, null, 'exact']
    ])
  })

  it('gives a bare figure after a coordinator the unit it leaves out, and the figure a change started from', async () => {
    expect(await brief('The farm sold 320 lambs at auction and 75 by private sale; the best price was 410 dollars, while the lowest was 290.')).toEqual([
      ['320 lambs', 320, 'lambs', 'exact'],
      ['75', 75, 'lambs', 'exact'],
      ['410 dollars', 410, 'dollar', 'exact'],
      ['290', 290, 'dollar', 'exact']
    ])
    expect(await brief('Two patients were treated for 3 years and 5 were sent home.')).toEqual([
      ['Two patients', 2, 'patients', 'exact'],
      ['3 years', 3, 'year', 'exact'],
      ['5', 5, 'patients', 'exact']
    ])
    expect(await brief('Sales rose to 5.2 million tickets, up from 4.8 million a year before.')).toEqual([
      ['5.2 million tickets', 5.2e6, 'tickets', 'exact'],
      ['4.8 million', 4.8e6, 'tickets', 'exact']
    ])
    // Not the number itself, a level, a part of a group, nor a figure that counts something else.
    expect(await brief('The bill came to 45 dollars and 32 is the table number.')).toEqual([
      ['45 dollars', 45, 'dollar', 'exact'],
      ['32', 32, null, 'exact']
    ])
    expect(await brief('The index rose 2% and closed at 3,100, while two of the banks fell.')).toEqual([
      ['2%', 2, 'percentage', 'exact', 'increase'],
      ['3,100', 3100, null, 'exact'],
      ['two of the banks', 2, 'banks', 'exact']
    ])
  })

  it('counts measured things with their measure, and a model named inside what is counted', async () => {
    expect(await brief('The plant shipped three million 500ml cans and 2 5 kg of rice.')).toEqual([
      ['three million', 3e6, '500ml cans', 'exact'],
      ['500ml', 500, 'millilitre', 'exact'],
      ['2', 2, null, 'exact'],
      ['5 kg', 5, 'kilogram', 'exact']
    ])
    expect(await brief('The airline leased three new 787 Dreamliner jets but kept two new 737 Max in storage.')).toEqual([
      ['three new 787 Dreamliner jets', 3, 'new 787 Dreamliner jets', 'exact'],
      ['two', 2, null, 'exact']
    ])
    expect(await brief('The report put GDP -2% for the year.')).toEqual([['-2%', -2, 'percentage', 'exact']])
  })

  it('reads "who was 10" as an age unless a noun follows, and "a day or two" in the unit of the noun', async () => {
    const record = await found('The girl, who was 10, met a coach who was 2 goals short.')
    expect(record.quantities?.map((q) => [q.text, q.value, q.dimension, q.unit?.name ?? q.of])).toEqual([
      ['10', 10, 'age', 'year'],
      ['2 goals', 2, 'count', 'goals']
    ])
    expect(await brief('Repairs take a day or two, and they add another crane or three; pick 1 or 2.')).toEqual([
      ['two', 2, 'day', 'exact'],
      ['three', 3, 'crane', 'exact'],
      ['1', 1, null, 'exact'],
      ['2', 2, null, 'exact']
    ])
  })

  it('takes extra units through options and throws on bad ones when built', async () => {
    const pipeline = createPipeline({
      article: [[quantities, {units: [{id: 'li', name: 'league', symbol: 'lea', dimension: 'length', surfaces: ['league', 'leagues'], factor: 4828}]}]]
    })
    const record = await pipeline.article({id: 'l', text: 'They sailed 20 leagues.'})
    expect(record).toMatchObject({quantities: [{text: '20 leagues', normalized: {value: 96_560, unit: 'm'}}]})
    expect(() => createPipeline({article: [[quantities, {units: [{id: 'x'}]}]]})).toThrow('Invalid options for quantities')
  })

  it('stays linear on long adversarial input', async () => {
    const started = performance.now()
    await found('1 2 3 4 5 6 '.repeat(10_000) + '$'.repeat(20_000) + ' about '.repeat(10_000))
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
