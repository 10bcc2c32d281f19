import {describe, expect, it} from 'vitest'
import {brief, found} from './test-helpers.js'

describe('read-unit', () => {
  it('reads "s" glued to a decimal as the seconds of a race time', async () => {
    expect(await brief('The sprinter clocked 9.58s to win.')).toEqual([['9.58s', 9.58, 'second', 'exact']])
    expect(await brief('She won in 10.72s, 0.2s ahead.')).toEqual([
      ['10.72s', 10.72, 'second', 'exact'],
      ['0.2s', 0.2, 'second', 'exact']
    ])
    expect(await brief('His lap of 71.345s was the fastest.')).toEqual([['71.345s', 71.345, 'second', 'exact']])
  })

  it('reads "s" glued to a whole figure as a decade or a plural, not seconds', async () => {
    expect(await brief('The band peaked in the 1980s.')).toEqual([])
    expect(await brief('People in their 20s agree.')).toEqual([])
    expect(await brief('Boeing sold 40 Model 3s.')).toEqual([['40 Model 3s', 40, 'Model 3s', 'exact']])
  })

  it('reads a length raised to a power as the area or volume of that name', async () => {
    expect(await brief('The flats measure 40 m^2 and the lake 3km², about 2 miles squared.')).toEqual([
      ['40 m^2', 40, 'square metre', 'exact'],
      ['3km²', 3, 'square kilometre', 'exact'],
      ['about 2 miles squared', 2, 'square mile', 'approximate']
    ])
    expect(await brief('The tank holds 9 m³, the dam 2 km^3 and the quarry gave up 5 km cubed.')).toEqual([
      ['9 m³', 9, 'cubic metre', 'exact'],
      ['2 km^3', 2, 'cubic kilometre', 'exact'],
      ['5 km cubed', 5, 'cubic kilometre', 'exact']
    ])
  })

  it('leaves a power that follows no length, or is not written as one, alone', async () => {
    expect(await brief('The score was 10 ^ 2 in round 4, and 3 kg squared nothing.')).toEqual([
      ['10', 10, null, 'exact'],
      ['2', 2, null, 'exact'],
      ['3 kg', 3, 'kilogram', 'exact']
    ])
    expect(await brief('He ran 5 km squarely into the wind and 2 m 2 away.')).toEqual([
      ['5 km', 5, 'kilometre', 'exact'],
      ['2', 2, null, 'exact'],
      ['2', 2, null, 'exact']
    ])
  })

  it('reads a one-letter symbol spaced from its number before a word of size, and no other spaced letter', async () => {
    expect(await brief('The mast is 12 m tall, the hull 3 m wide and the keel 2.5 m deep.')).toEqual([
      ['12 m', 12, 'metre', 'exact'],
      ['3 m', 3, 'metre', 'exact'],
      ['2.5 m', 2.5, 'metre', 'exact']
    ])
    expect(await brief('They won 4 m votes, and 3 g tall glasses.')).toEqual([
      ['4 m votes', 4, 'm votes', 'exact'],
      ['3 g tall glasses', 3, 'g tall glasses', 'exact']
    ])
  })

  it('reads a spaced one-letter symbol before "of" what it measures, the litre in either case, and a signed temperature', async () => {
    expect(await brief('Stir 250 g of flour into 4 L of milk, or 50L, or 2 ltrs; it was -3 C and -5 F outside.')).toEqual([
      ['250 g', 250, 'gram', 'exact'],
      ['4 L', 4, 'litre', 'exact'],
      ['50L', 50, 'litre', 'exact'],
      ['2 ltrs', 2, 'litre', 'exact'],
      ['-3 C', -3, 'celsius', 'exact'],
      ['-5 F', -5, 'fahrenheit', 'exact']
    ])
    expect(await brief('They raised 5 m of new funds, went 10 W 2 L and it was 30 C.')).toEqual([
      ['5', 5, null, 'exact', 'increase'],
      ['30 C', 30, 'celsius', 'exact']
    ])
    expect(await brief('What is 100 F in C, and 37.5 c to fahrenheit? He scored 3 c to win.')).toEqual([
      ['100 F', 100, 'fahrenheit', 'exact'],
      ['37.5 c', 37.5, 'celsius', 'exact'],
      ['3', 3, null, 'exact']
    ])
  })

  it('reads a spaced one-letter symbol last in its clause, unless it is a magnitude too', async () => {
    expect(await brief('The thermometer read 104 F. The pack gives 12 V, enough for the pump (about 60 W). Pour in 2 L.')).toEqual([
      ['104 F', 104, 'fahrenheit', 'exact'],
      ['12 V', 12, 'volt', 'exact'],
      ['about 60 W', 60, 'watt', 'approximate'],
      ['2 L', 2, 'litre', 'exact']
    ])
    expect(await brief('They raised 5 m. The fund lost 3 t. The side went 10 W 2 L and won.')).toEqual([
      ['5', 5, null, 'exact', 'increase'],
      ['3', 3, null, 'exact', 'decrease']
    ])
  })

  it('reads the inches of a height hyphenated to its feet, not a word nor a figure of twelve or more', async () => {
    expect(await brief('He is 5-foot-10 and she is 6-feet-2.')).toEqual([
      ['5-foot-10', 5.83333333333, 'foot', 'exact'],
      ['6-feet-2', 6.16666666667, 'foot', 'exact']
    ])
    expect(await brief('The 7-foot-tall centre stood by a 40-foot-12 sign.')).toEqual([
      ['7-foot-tall', 7, 'foot', 'exact'],
      ['40-foot-12', 40, 'foot', 'exact']
    ])
  })

  it('reads a one-letter symbol spaced from its number over a divisor of several tokens', async () => {
    expect(await brief('Forcing reached 1.5 W/m2, and the flux was 20 J/m^2 and 3 W/m².')).toEqual([
      ['1.5 W/m2', 1.5, 'watt per square metre', 'exact'],
      ['20 J/m^2', 20, 'joule per square metre', 'exact'],
      ['3 W/m²', 3, 'watt per square metre', 'exact']
    ])
    expect(await brief('He got 4 W/sq m and 6 m per cubic metre.')).toEqual([
      ['4 W/sq m', 4, 'watt per square metre', 'exact'],
      ['6 m per cubic metre', 6, 'metre per cubic metre', 'exact']
    ])
    expect(await brief('He scored 8 m/ sq, then 9 m/ square and 3 m/ cubic.')).toEqual([
      ['8', 8, null, 'exact'],
      ['9', 9, null, 'exact'],
      ['3', 3, null, 'exact']
    ])
  })

  it('finds values with units, bounds and what is counted', async () => {
    expect(await brief('The rockets fly up to 900 kilometres and hit at least four depots; about 550 miles of rail and $64 billion were lost.')).toEqual([
      ['up to 900 kilometres', 900, 'kilometre', 'atMost'],
      ['at least four depots', 4, 'depots', 'atLeast'],
      ['about 550 miles', 550, 'mile', 'approximate'],
      ['$64 billion', 64e9, 'dollar', 'exact']
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

  it('reads "N-year-old" and "N year-old" as ages, and "percent-owned" as a percentage', async () => {
    const record = await found('The 65-year-old and a 70 year-old rower own a 51.2 percent-owned boat.')
    expect(record.quantities?.map((q) => [q.text, q.value, q.dimension, q.unit?.name])).toEqual([
      ['65-year-old', 65, 'age', 'year'],
      ['70 year-old', 70, 'age', 'year'],
      ['51.2 percent-owned', 51.2, 'percentage', 'percentage']
    ])
  })

  it('reads a unit of two words whose first is abbreviated with a full stop', async () => {
    expect(await brief('The flat has 1,200 sq. ft. of space. The fridge holds 5 cu. ft. of food. Pour 8 fl. oz. of milk.')).toEqual([
      ['1,200 sq. ft', 1200, 'square foot', 'exact'],
      ['5 cu. ft', 5, 'cubic foot', 'exact'],
      ['8 fl. oz', 8, 'fluid ounce', 'exact']
    ])
    expect(await brief('He is 6 ft. tall. She has 3 st. kids. Route 9 a. m. closed.')).toEqual([
      ['6 ft', 6, 'foot', 'exact'],
      ['3', 3, null, 'exact']
    ])
  })

  it('reads a one-letter symbol over a slash, spaced from its number, and the time symbols under one', async () => {
    expect(await brief('Gusts reached 50 m/s. The probe flew at 11 km/s. The pump moves 20 m3/h and the heater takes 3 W/min.')).toEqual([
      ['50 m/s', 50, 'metre per second', 'exact'],
      ['11 km/s', 11, 'kilometre per second', 'exact'],
      ['20 m3/h', 20, 'cubic metre per hour', 'exact'],
      ['3 W/min', 3, 'watt per minute', 'exact']
    ])
    expect(await brief('She ran 9 m / s. Use 4 s/he forms. Only 2 m/sale went.')).toEqual([
      ['9', 9, null, 'exact'],
      ['4', 4, null, 'exact'],
      ['2', 2, null, 'exact']
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
    expect(await brief('Swap 30 eur 40 usd into 20 - year loans that grew 4 % per annum since 2001.')).toEqual([
      ['30 eur', 30, 'euro', 'exact'],
      ['40 usd', 40, 'dollar', 'exact'],
      ['20 - year', 20, 'year', 'exact'],
      ['4 % per annum', 4, 'percentage per year', 'exact', 'increase']
    ])
  })
})

describe('inches, feet and other marks', () => {
  it('reads units in brackets, feet and inches, bits, and a currency symbol after the number', async () => {
    expect(await brief('The crate is 40 (kg), the keeper 6 ft 2 in the rain, the bus 64-bit; it cost $ 300 or 200元.')).toEqual([
      ['40 (kg)', 40, 'kilogram', 'exact'],
      ['6 ft 2', 6.16666666667, 'foot', 'exact'],
      ['64-bit', 64, 'bit', 'exact'],
      ['$ 300', 300, 'dollar', 'exact'],
      ['200元', 200, 'chinese yuan', 'exact']
    ])
    expect(await brief('The 6ft 2in keeper saved it.')).toEqual([['6ft 2in', 6.16666666667, 'foot', 'exact']])
  })

  it('reads "in" as the inch where no preposition can be, and an inch mark that closes no quotation', async () => {
    expect(await brief('The pipe is 3 in. The board is 4 in wide and 2 1/2 in thick; she rose 5 in the ranking and won 2 in a row.')).toEqual([
      ['3 in', 3, 'inch', 'exact'],
      ['4 in', 4, 'inch', 'exact'],
      ['2 1/2 in', 2.5, 'inch', 'exact'],
      ['5', 5, null, 'exact', 'increase'],
      ['2', 2, null, 'exact']
    ])
    expect(await brief('A 55" screen, a 10 " rod and a 5′ 11″ player; "we scored 10" he said.')).toEqual([
      ['55"', 55, 'inch', 'exact'],
      ['10 "', 10, 'inch', 'exact'],
      ['5′ 11″', 5.91666666667, 'foot', 'exact'],
      ['10', 10, null, 'exact']
    ])
  })

  it('reads turns as a measure of angle, not a turn in a game', async () => {
    expect(await brief('Give the key a quarter turn and the screw three turns; it was his turn, and in turn she won 2 games.')).toEqual([
      ['quarter turn', 0.25, 'turn', 'exact'],
      ['three turns', 3, 'turn', 'exact'],
      ['2 games', 2, 'games', 'exact']
    ])
  })

  it("reads a foot mark glued to a number, not a closing quotation mark nor an apostrophe before letters", async () => {
    expect(await brief("The plane flew at 30' and the rod is 5' long; the 5's were 'top 10' hits; we saw '5' of them.")).toEqual([
      ["30'", 30, 'foot', 'exact'],
      ["5'", 5, 'foot', 'exact'],
      ['5', 5, null, 'exact'],
      ['10', 10, null, 'exact'],
      ['5', 5, null, 'exact']
    ])
  })

  it('reads "deg" before the name of a temperature scale as that scale', async () => {
    expect(await brief('It was 40 deg celsius, or 104 deg fahrenheit; the ramp is 30 deg.')).toEqual([
      ['40 deg celsius', 40, 'celsius', 'exact'],
      ['104 deg fahrenheit', 104, 'fahrenheit', 'exact'],
      ['30 deg', 30, 'degree', 'exact']
    ])
  })

  it('reads the units news writes for weights, distances, engines, devices and sound', async () => {
    expect(await brief('He weighs 12 stone, the ring has 2 carats, the star is 40 light-years away and the engine spins at 6,000 rpm.')).toEqual([
      ['12 stone', 12, 'stone', 'exact'],
      ['2 carats', 2, 'carat', 'exact'],
      ['40 light-years', 40, 'light-year', 'exact'],
      ['6,000 rpm', 6000, 'revolution per minute', 'exact']
    ])
    expect(await brief('The phone has a 5,000 mAh battery, a 50-megapixel camera and 300 Mbps links; the 1,200 cc engine roared at 90 decibels; he threw 3 stones.')).toEqual([
      ['5,000 mAh', 5000, 'milliampere hour', 'exact'],
      ['50-megapixel', 50, 'megapixel', 'exact'],
      ['300 Mbps', 300, 'megabit per second', 'exact'],
      ['1,200 cc', 1200, 'cubic centimetre', 'exact'],
      ['90 decibels', 90, 'decibel', 'exact'],
      ['3 stones', 3, 'stones', 'exact']
    ])
    const record = await found('A 500-calorie meal at 300 kelvin.')
    expect(record.quantities?.map((q) => [q.text, q.unit?.name, q.normalized])).toEqual([
      ['500-calorie', 'kilocalorie', {value: 2_092_000, unit: 'J'}],
      ['300 kelvin', 'kelvin', {value: 300, unit: 'K'}]
    ])
  })
})
