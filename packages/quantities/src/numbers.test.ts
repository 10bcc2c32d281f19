import {describe, expect, it} from 'vitest'
import {brief, found} from './test-helpers.js'

describe('numbers', () => {
  it('reads the word "zero" before a unit, not before what it names none of', async () => {
    expect(await brief('It was zero degrees, with zero percent financing.')).toEqual([
      ['zero degrees', 0, 'degree', 'exact'],
      ['zero percent', 0, 'percentage', 'exact']
    ])
    expect(await brief('We aim for zero emissions and zero tolerance; zero people came.')).toEqual([])
  })

  it('adds a spoken fraction under one after "and" to a whole number, not an ordinal before one thing', async () => {
    expect(await brief('The pipe is one and a quarter inches; she ran two and three quarters miles and 5 and a half km, then poured three and two-thirds cups.')).toEqual([
      ['one and a quarter inches', 1.25, 'inch', 'exact'],
      ['two and three quarters miles', 2.75, 'mile', 'exact'],
      ['5 and a half km', 5.5, 'kilometre', 'exact'],
      ['three and two-thirds cups', 3 + 2 / 3, 'cup', 'exact']
    ])
    expect(await brief('Add one and a third cup of flour for one and a half million guests.')).toEqual([
      ['one and a third cup', 1 + 1 / 3, 'cup', 'exact'],
      ['one and a half million guests', 1_500_000, 'guests', 'exact']
    ])
    expect(await brief('He won two and a third place finish.')).toEqual([['two', 2, null, 'exact']])
    expect(await brief('She had two and five quarters.')).toEqual([
      ['two', 2, 'quarters', 'exact'],
      ['five quarters', 5, 'quarters', 'exact']
    ])
  })

  it('gives a decimal times a magnitude as written, without binary noise', async () => {
    expect(await brief('Profit rose to €4.1bn, sales to 8.2 million units and debt to $8.7 trillion.')).toEqual([
      ['€4.1bn', 4.1e9, 'euro', 'exact'],
      ['8.2 million units', 8.2e6, 'units', 'exact'],
      ['$8.7 trillion', 8.7e12, 'dollar', 'exact']
    ])
    expect(await brief('The bill was Rs 1.1 lakh crore, and 8.3m people voted.')).toEqual([
      ['Rs 1.1 lakh crore', 1.1e12, 'rupee', 'exact'],
      ['8.3m people', 8.3e6, 'people', 'exact']
    ])
  })

  it('reads "half a" before any unit, where the measure ends there', async () => {
    expect(await brief('The talks lasted half an hour; rates fell half a percentage point and seas rose half a degree.')).toEqual([
      ['half an hour', 0.5, 'hour', 'exact'],
      ['half a percentage point', 0.5, 'percentage point', 'exact', 'decrease'],
      ['half a degree', 0.5, 'degree', 'exact', 'increase']
    ])
    expect(await brief('She began half a degree course and half a day trip.')).toEqual([])
  })

  it('reads thousands set apart by two full stops or more, not one, which may be a decimal point', async () => {
    expect(await brief('Exports reached 1.000.000 tonnes, 12.345.678 yen and 1.000.000.000 euros, and 1.500 kg.')).toEqual([
      ['1.000.000 tonnes', 1_000_000, 'tonne', 'exact'],
      ['12.345.678 yen', 12_345_678, 'japanese yen', 'exact'],
      ['1.000.000.000 euros', 1e9, 'euro', 'exact'],
      ['1.500 kg', 1.5, 'kilogram', 'exact']
    ])
    expect(await brief('Version 1.2.3 shipped with 10.50.300 in the log.')).toEqual([['10.50', 10.5, null, 'exact']])
  })

  it('reads a spelled magnitude hyphenated to its figure, not a range', async () => {
    expect(await brief('It was a $1.2-billion deal for a 40-million budget.')).toEqual([
      ['$1.2-billion', 1.2e9, 'dollar', 'exact'],
      ['40-million', 4e7, null, 'exact']
    ])
    expect(await brief('They sent 5-10 people.')).toEqual([['5-10 people', 5, 'people', 'exact', [5, 10]]])
  })

  it('reads "grand" as a thousand where the amount ends, in lower case, not before a noun nor in a name', async () => {
    expect(await brief('She paid ten grand for it, and $5 grand later.')).toEqual([
      ['ten grand', 10_000, null, 'exact'],
      ['$5 grand', 5000, 'dollar', 'exact']
    ])
    expect(await brief('They bought two grand pianos; he won 3 Grand Slams.')).toEqual([['two grand pianos', 2, 'grand pianos', 'exact']])
  })

  it('reads a decimal comma before one or two digits in money and before a unit, not in a list nor in thousands', async () => {
    expect(await brief('Coffee is 2,80 € or €3,5, the bag 1,5 kg and the rate 12,5%.')).toEqual([
      ['2,80 €', 2.8, 'euro', 'exact'],
      ['€3,5', 3.5, 'euro', 'exact'],
      ['1,5 kg', 1.5, 'kilogram', 'exact'],
      ['12,5%', 12.5, 'percentage', 'exact']
    ])
    expect(await brief('See pages 3,4 and 7; it costs 3,500 euros.')).toEqual([
      ['4', 4, null, 'exact'],
      ['7', 7, null, 'exact'],
      ['3,500 euros', 3500, 'euro', 'exact']
    ])
  })

  it('reads scientific notation: an exponent after "e", or a power of ten after a times sign', async () => {
    expect(await brief('The laser pulses at 4e14 Hz. The ratio is 1.5e-3. The dish held 2.5E+6 cells.')).toEqual([
      ['4e14 Hz', 4e14, 'hertz', 'exact'],
      ['1.5e-3', 0.0015, null, 'exact'],
      ['2.5E+6 cells', 2.5e6, 'cells', 'exact']
    ])
    expect(await brief('Light moves 3 x 10^8 metres a second; the error was 2.48×10−5, the sample held 6×10⁻³ grams and 10^9 stars.')).toEqual([
      ['3 x 10^8 metres a second', 3e8, 'metre per second', 'exact'],
      ['2.48×10−5', 0.0000248, null, 'exact'],
      ['6×10⁻³ grams', 0.006, 'gram', 'exact'],
      ['10^9 stars', 1e9, 'stars', 'exact']
    ])
  })

  it('leaves a product of sizes, a lone letter e and a hyphen after ten as they are', async () => {
    expect(await brief('A 3 x 10 room with 2 x 4 boards.')).toEqual([
      ['3', 3, null, 'exact'],
      ['10', 10, null, 'exact'],
      ['2', 2, null, 'exact'],
      ['4 boards', 4, 'boards', 'exact']
    ])
    expect(await brief('Seats 4 e and 5 e were sold, and 2 x 10-15 tonnes moved.')).toEqual([
      ['4', 4, null, 'exact'],
      ['5', 5, null, 'exact'],
      ['2', 2, null, 'exact'],
      ['10-15 tonnes', 10, 'tonne', 'exact', [10, 15]]
    ])
  })

  it('reads a hyphenated fraction before a unit as an amount in it, and a slashed fraction no date can be', async () => {
    expect(await brief('The trail runs one-half mile. Fit a three-quarter inch board. Add two-thirds cup of milk.')).toEqual([
      ['one-half mile', 0.5, 'mile', 'exact'],
      ['three-quarter inch', 0.75, 'inch', 'exact'],
      ['two-thirds cup', 2 / 3, 'cup', 'exact']
    ])
    expect(await brief('A two-thirds majority backed it. She wore a three-quarter length coat. One-half of voters stayed home.')).toEqual([['One-half', 0.5, null, 'exact']])
    expect(await brief('About 1/40 of the light, 3/64 of an inch and 1/250 of a second; the card reads 3/2024 and 7/25.')).toEqual([
      ['About 1/40', 0.025, null, 'approximate'],
      ['3/64 of an inch', 3 / 64, 'inch', 'exact'],
      ['1/250 of a second', 0.004, 'second', 'exact']
    ])
  })

  it('reads thousands set apart by single spaces, not two numbers side by side', async () => {
    expect(await brief('It cost 10 000 dollars, 1 250 000 people came and €25 000 was raised.')).toEqual([
      ['10 000 dollars', 10_000, 'dollar', 'exact'],
      ['1 250 000 people', 1_250_000, 'people', 'exact'],
      ['€25 000', 25_000, 'euro', 'exact']
    ])
    expect(await brief('Flights 2  300 and 12 3000 left, and 7 12 closed.')).toEqual([
      ['2', 2, null, 'exact'],
      ['300', 300, null, 'exact'],
      ['12', 12, null, 'exact'],
      ['3000', 3000, null, 'exact'],
      ['7', 7, null, 'exact'],
      ['12', 12, null, 'exact']
    ])
  })

  it('reads a minus sign that touches a number, but not a hyphen inside a name or a range', async () => {
    expect(await brief('Lows went from -12 °C to -31 °C and output shrank −3%, while 4-8 F-35 jets flew.')).toEqual([
      ['-12 °C to -31 °C', -12, 'celsius', 'exact', [-12, -31]],
      ['−3%', -3, 'percentage', 'exact', 'decrease'],
      ['4-8 F-35 jets', 4, 'jets', 'exact', [4, 8]]
    ])
    expect(await brief('It fell to minus 12C, and 10 minus 3 is 7.')).toEqual([
      ['minus 12C', -12, 'celsius', 'exact'],
      ['10', 10, null, 'exact'],
      ['3', 3, null, 'exact'],
      ['7', 7, null, 'exact']
    ])
  })

  it('reads spoken fractions, multiples, signed numbers and units in compounds', async () => {
    expect(await brief('Almost two-thirds of voters and a third of the staff own a four-cylinder car; exports grew sixfold and rents rose 2½ times.')).toEqual([
      ['Almost two-thirds', 2 / 3, null, 'approximate'],
      ['a third', 1 / 3, null, 'exact'],
      ['four-cylinder', 4, 'cylinder', 'exact'],
      ['sixfold', 6, 'times', 'exact'],
      ['2½ times', 2.5, 'times', 'exact', 'increase']
    ])
    expect(await brief('The pump ran at minus-3.5 degrees in a sub-7 nanometre plant making 90,000 barrel-a-day of 51.2 percent-owned fuel at 35 ppb.')).toEqual([
      ['minus-3.5 degrees', -3.5, 'degree', 'exact'],
      ['sub-7 nanometre', 7, 'nanometre', 'lessThan'],
      ['90,000 barrel-a-day', 90_000, 'barrel per day', 'exact'],
      ['51.2 percent-owned', 51.2, 'percentage', 'exact'],
      ['35 ppb', 35, 'part per billion', 'exact']
    ])
  })

  it('reads a fraction of one unit as an amount of it, a spoken fraction that ends its clause, and US customary volumes', async () => {
    expect(await brief('The odds are one sixth, a third time; sales fell by half, half the time, at a quarter the cost.')).toEqual([
      ['one sixth', 1 / 6, null, 'exact'],
      ['half', 0.5, null, 'exact', 'decrease'],
      ['a quarter', 0.25, null, 'exact']
    ])
    const record = await found('She walked a third of a mile with 1/8 of a US pint, two quarts and 42 US gallons.')
    expect(record.quantities?.map((q) => [q.text, q.value, q.unit?.name, q.normalized])).toEqual([
      ['a third of a mile', 1 / 3, 'mile', {value: 536.448, unit: 'm'}],
      ['1/8 of a US pint', 0.125, 'pint', {value: 0.000059147059125, unit: 'm3'}],
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

  it('reads sign words before number words, not a subtraction', async () => {
    expect(await brief('The probe read negative five hundred metres, then minus ten degrees; ten minus five is five.')).toEqual([
      ['negative five hundred metres', -500, 'metre', 'exact'],
      ['minus ten degrees', -10, 'degree', 'exact'],
      ['ten', 10, null, 'exact'],
      ['five', 5, null, 'exact'],
      ['five', 5, null, 'exact']
    ])
    expect(await brief('The drive lost negative twenty-three yards, plus two points.')).toEqual([
      ['negative twenty-three yards', -23, 'yard', 'exact', 'decrease'],
      ['two points', 2, 'point', 'exact']
    ])
  })

  it('reads "m" as a million before a name that qualifies a plural, and as a metre before a name of one thing', async () => {
    expect(await brief('The lobby speaks for 4.2m Hispanic-owned firms and 3m British households.')).toEqual([
      ['4.2m Hispanic-owned firms', 4.2e6, 'firms', 'exact'],
      ['3m British households', 3e6, 'British households', 'exact']
    ])
    expect(await brief('Some 1.5m EU citizens and 2m EVs were counted.')).toEqual([
      ['Some 1.5m EU citizens', 1.5e6, 'EU citizens', 'approximate'],
      ['2m EVs', 2e6, 'EVs', 'exact']
    ])
    expect(await brief('The 4m Thames wall stands beside a 5m London bus lane.')).toEqual([
      ['4m', 4, 'metre', 'exact'],
      ['5m', 5, 'metre', 'exact']
    ])
  })
})
