import {describe, expect, it} from 'vitest'
import {found} from './test-helpers.js'

/**
 * Everyday quantities a user writes, by kind, each with what the stage should give: `value unit`, a range as
 * `low-high`, `-` for a bare number and `of NOUN` for a count. Sentences of our own; an empty list: no quantity.
 */
const coverage: Record<string, Array<[string, string[]]>> = {
  money: [
    ['It costs $3.50 at the counter.', ['3.5 dollar']],
    ['I paid €20 for the ticket.', ['20 euro']],
    ['The deal is worth £1.2bn.', ['1200000000 pound sterling']],
    ['Send USD 40 by Friday.', ['40 dollar']],
    ['Pay 40USD now.', ['40 dollar']],
    ['The fee is 42 KWD.', ['42 kuwaiti dinar']],
    ['It is EUR 20 per night.', ['20 euro per night']],
    ['The fee is $5k.', ['5000 dollar']],
    ['It cost two hundred dollars.', ['200 dollar']],
    ['It cost a hundred dollars.', ['100 dollar']],
    ['She paid $ 45 for it.', ['45 dollar']],
    ['It is 1.2 million euros.', ['1200000 euro']],
    ["That's 5 cents.", ['5 cent']],
    ["It's 99p in the shop.", ['99 penny']],
    ['It is 9,000 yen.', ['9000 japanese yen']],
    ['That costs 500 rupees.', ['500 rupee']],
    ['The rent is $1,200/month.', ['1200 dollar per month']],
    ['Lend me 10 bucks.', ['10 dollar']],
    ['I only had a few bucks on me.', []],
    ['I paid 20 quid for it.', ['20 pound sterling']],
    ['It costs a dollar.', ['1 dollar']],
    ['I found a penny.', ['1 penny']],
    ['Can you lend me a dollar?', ['1 dollar']],
    ['She sold a dollar store.', []],
    ['He earned 3 grand last month.', ['3000 -']],
    ['They bought two grand pianos.', ['2 of grand pianos']],
    ['Coffee is 2,80 € here.', ['2.8 euro']],
    ['The balance is -$5.', ['-5 dollar']],
    ['Tickets cost $5-$10.', ['5-10 dollar']],
    ['It costs $2 a pound.', ['2 dollar per pound']],
    ['Diesel is 1.45 a litre.', ['1.45 -']],
    ['They paid 5.5 million USD.', ['5500000 dollar']],
    ['Pay ₹500 now.', ['500 indian rupee']],
    ['It costs CHF 20.', ['20 swiss franc']],
    ['He earns 3 lakh rupees.', ['300000 rupee']],
    ['Pay 20 dollars 50 cents.', ['20.5 dollar']]
  ],
  temperature: [
    ['It was 80 degrees Fahrenheit today.', ['80 fahrenheit']],
    ['The night fell to -5°C.', ['-5 celsius']],
    ['It dropped to minus 12 degrees.', ['-12 degree']],
    ['Set the oven to 180C.', ['180 celsius']],
    ['Heat to 350 °F.', ['350 fahrenheit']],
    ['My temperature was 98.6°F.', ['98.6 fahrenheit']],
    ['The temperature hit 40 degrees Celsius.', ['40 celsius']],
    ['Around 20 degrees C today.', ['20 celsius']],
    ['It was 20 below zero last night.', ['-20 degree']],
    ['The lake froze at 15 degrees below zero.', ['-15 degree']],
    ['It is 30ºC today.', ['30 celsius']],
    ['It was -3 C at dawn.', ['-3 celsius']],
    ['Water froze at 0°C.', ['0 celsius']],
    ['It is zero degrees.', ['0 degree']],
    ['What is 100 F in C?', ['100 fahrenheit']],
    ['Convert 37.5 c to f.', ['37.5 celsius']],
    ['It is 72 degrees F.', ['72 fahrenheit']]
  ],
  length: [
    ['We walked two and a half miles.', ['2.5 mile']],
    ['We walked a mile and a half.', ['1.5 mile']],
    ['Use a 3/4 inch bolt.', ['0.75 inch']],
    ['He is 6\'2" tall.', ['6.16667 foot']],
    ['She is 5 ft 10 in.', ['5.83333 foot']],
    ['He is six foot two.', ['6.16667 foot']],
    ['The wall is 3 m long.', ['3 metre']],
    ['He is 2 m tall.', ['2 metre']],
    ['He is 180cm tall.', ['180 centimetre']],
    ['The lake is between 3 and 5 km wide.', ['3-5 kilometre']],
    ['The pool is 25m long.', ['25 metre']],
    ['The TV is 55 inches.', ['55 inch']],
    ['It is 5 miles from here.', ['5 mile']],
    ['The shop is a mile away.', ['1 mile']],
    ['A foot of snow fell overnight.', ['1 foot']],
    ['Half a mile later we stopped.', ['0.5 mile']],
    ['We walked three quarters of a mile.', ['0.75 mile']],
    ["It's .5 miles away.", ['0.5 mile']],
    ['Move it a couple of metres.', ['2 metre']],
    ['Jupiter is 778 million km from the Sun.', ['778000000 kilometre']],
    ['It was 25,000 feet up.', ['25000 foot']],
    ['The road is 10 000 km long.', ['10000 kilometre']],
    ['The flight is 1,200 nautical miles.', ['1200 nautical mile']],
    ['He ran a quarter mile.', ['0.25 mile']]
  ],
  mass: [
    ['The bags weigh 3-5 kg.', ['3-5 kilogram']],
    ['Add at least 2 ounces.', ['2 ounce']],
    ['Get half a kilo of cheese.', ['0.5 kilogram']],
    ['I need 2 lbs of beef.', ['2 pound']],
    ['He lost 5 kilos.', ['5 kilogram']],
    ['It weighs 3.5 tonnes.', ['3.5 tonne']],
    ['Buy 500g of rice.', ['500 gram']],
    ['The baby weighed 7 lbs 6 oz.', ['7.375 pound']],
    ['It is 10 to 15 kg.', ['10-15 kilogram']],
    ['Weigh 250 g of flour.', ['250 gram']],
    ['It weighs 5,5 kg.', ['5.5 kilogram']],
    ['It weighs 2 kilos and 300 grams.', ['2.3 kilogram']],
    ['Buy a pound and a half of beef.', ['1.5 pound']]
  ],
  volume: [
    ['Buy 1.5 liters of water.', ['1.5 litre']],
    ['Mix 3 cups of flour.', ['3 cup']],
    ['I drank a pint.', ['1 pint']],
    ['Add two tablespoons of sugar.', ['2 tablespoon']],
    ['Buy a gallon of milk.', ['1 gallon']],
    ['Add a teaspoon of salt.', ['1 teaspoon']],
    ['Add half a cup of milk.', ['0.5 cup']],
    ['Add 1 1/2 cups of flour.', ['1.5 cup']],
    ['Pour 750ml of wine.', ['750 millilitre']],
    ['It holds about 10 gallons.', ['10 gallon']],
    ['The tank holds 50L.', ['50 litre']],
    ['Pour in 4 L of water.', ['4 litre']],
    ['Buy 2 ltrs of juice.', ['2 litre']],
    ['Add 1/2 cup of milk.', ['0.5 cup']],
    ['Add ½ tsp of salt.', ['0.5 teaspoon']],
    ['Add a third of a cup of milk.', ['0.333333 cup']],
    ['Pour 8 fl. oz. of milk.', ['8 fluid ounce']]
  ],
  'speed, area, power, data, percentages': [
    ['Winds reach up to 40 mph.', ['40 mile per hour']],
    ['The car did 100 km/h.', ['100 kilometre per hour']],
    ['The room is 60 sq ft.', ['60 square foot']],
    ['The plot is 4 acres.', ['4 acre']],
    ['Prices rose 15%.', ['15 percentage']],
    ['Prices rose fifteen per cent.', ['15 percentage']],
    ['The plant makes 1,200 MW.', ['1200 megawatt']],
    ['The file is 5 GB.', ['5 gigabyte']],
    ['The chip runs at 3.2 GHz.', ['3.2 gigahertz']],
    ['The rate is 0.25 percentage points higher.', ['0.25 percentage point']],
    ['It is 60 km per hour.', ['60 kilometre per hour']],
    ['The boat did 30 knots.', ['30 knot']],
    ['The fan spins at 1200 rpm.', ['1200 revolution per minute']],
    ['The bulb is 60W.', ['60 watt']],
    ['The phone has 128GB.', ['128 gigabyte']],
    ['Use 2 square metres of cloth.', ['2 square metre']]
  ],
  'time and age': [
    ['It is a 10-minute walk.', ['10 minute']],
    ['Cook for 20 to 25 minutes.', ['20-25 minute']],
    ['It took a couple of hours.', ['2 hour']],
    ['A man aged 34 was arrested.', ['34 year']],
    ['A 34-year-old was arrested.', ['34 year']],
    ['She is twenty-five years old.', ['25 year']],
    ['My son is 5 yo.', ['5 year']],
    ['He was a 19yo student.', ['19 year']]
  ],
  counts: [
    ['I bought a dozen eggs.', ['12 of eggs']],
    ['Buy half a dozen eggs.', ['6 of eggs']],
    ['I have two cats.', ['2 of cats']],
    ['The stadium holds 80,000 people.', ['80000 of people']]
  ],
  'not quantities': [
    ['He finished in 3rd place.', []],
    ['Take the 2nd left.', []],
    ['Call me at 555-0123.', []],
    ['Ring +44 20 7946 0000 for help.', []],
    ['My number is (212) 555-0199.', []],
    ['She was born in 1999.', []],
    ['We met on 3/4/2021.', []],
    ['Meet me at 5pm.', []],
    ['The show starts at 10:30.', []],
    ['It happened in the 1990s.', []],
    ['She lives at 221 Baker Street.', []],
    ['Room 404 is empty.', []],
    ['Page 12 has the map.', []],
    ['He has a foot injury.', []],
    ['Stop for a second.', []],
    ['She holds a degree in law.', []],
    ['Wait a minute, please.', []],
    ['The Bucks won again.', []],
    ["It's 3 o'clock.", []],
    ['We aim for zero emissions.', []],
    ['Text 07700 900123 now.', []]
  ]
}

/**
 * Cases the stage still misses, each a pattern left for later: "a couple of" as about two costs the Recognizers
 * currency set, which marks money only, the durations it adds.
 */
const knownMisses = new Set(['Move it a couple of metres.', 'It took a couple of hours.'])

async function given(sentence: string): Promise<string[]> {
  const record = await found(sentence)
  return (record.quantities ?? []).map((q) => {
    const value = q.range ? q.range.join('-') : String(Number(q.value.toPrecision(6)))
    return `${value} ${q.unit?.name ?? (q.of ? `of ${q.of}` : '-')}`
  })
}

describe('everyday quantities', () => {
  for (const [kind, cases] of Object.entries(coverage)) {
    describe(kind, () => {
      for (const [sentence, expected] of cases) {
        ;(knownMisses.has(sentence) ? it.fails : it)(sentence, async () => {
          expect(await given(sentence)).toEqual(expected)
        })
      }
    })
  }
})
