import {createPipeline} from '@tidings/core'
import {dates} from '@tidings/dates'
import {segment} from '@tidings/segment'
import {describe, expect, it} from 'vitest'
import {quantities} from './index.js'

// The rules that fire on two development items or fewer (issue #17): each must name a pattern of English, shown here
// by sentences of our own.
const rarelyFiring = [
  'age-abbreviation',
  'age-after-name',
  'alternative-unit',
  'below-zero',
  'bound-after',
  'compound-measure',
  'era-year',
  'glued-code',
  'inch-mark',
  'leading-zero',
  'list-marker',
  'magnitude-after-currency',
  'measure-before',
  'measured-count',
  'model-number',
  'multiplier',
  'numeric-date-or-code',
  'one-of-unit',
  'one-or-two',
  'range-in-one-word',
  'range-shared-magnitude',
  'rate-range',
  'restated-bound',
  'suspended-hyphen-range',
  'telephone-number',
  'suspended-hyphen-unit',
  'unit-from-change-after',
  'unit-of-one',
  'year',
  'year-span',
  'word-currency'
]

/** For each rule, sentences it fires on, and near misses of the same shape it must leave alone. */
const examples: Record<string, {fires: string[]; quiet: string[]}> = {
  'age-abbreviation': {
    fires: ['Wanted: a sitter for our 4 yo twins.', 'The 23yo striker signed on Friday.', 'Lost: a 9 y/o spaniel called Max.'],
    quiet: ['Yo, 5 guys bought 3 yo-yos.', 'The 4 YO tour dates sold out.']
  },
  'age-after-name': {
    fires: [
      'Police named the driver as Tom Barker, 54, from Leeds.',
      '"We lost everything," said Ana Ruiz, 31.',
      'The coach, Lee Park, 47, and his son, Ben, 9, were rescued.'
    ],
    quiet: ['On Monday, 12 were hurt.', 'In March, 40, then 50, flats were sold.', 'Rooms 4, 5 and 6 were shut, and Smith, 12 goals clear, led.']
  },
  'alternative-unit': {
    fires: [
      'Rescuers pulled five or six boats from the harbour on Tuesday.',
      'The storm dropped 10 or 12 cm of snow on the pass overnight.',
      'Officials expect three or four new clinics to open next year.'
    ],
    quiet: ['Rescuers pulled five boats or six rafts from the harbour on Tuesday.']
  },
  'below-zero': {
    fires: ['Overnight it fell to 20 below zero.', 'Pipes burst at 12 degrees below zero.', 'The river froze at 8 °C below zero.'],
    quiet: ['Profits fell 20% below forecasts.', 'The mine is 300 metres below the valley, with zero light.']
  },
  'bound-after': {
    fires: ['Households with five or more children get the grant.', 'Loans of $3m or less are exempt from the rule.', 'Residents aged 65 and over can ride the buses free.'],
    quiet: ['Households with five children or more get the grant.']
  },
  'compound-measure': {
    fires: ['The winning pumpkin was 7 feet 10 inches around.', 'The talks lasted 3 hours and 20 minutes before a deal was struck.', 'The baby weighed 3 kg 300 grams at birth.',
      'The new centre is six foot nine.', 'At 5 feet 4, she was the smallest in the squad.', 'The suspect is 5\'11" with dark hair.'],
    quiet: ['The wall is 7 feet tall and 10 inches thick.', 'The drop is 6 feet, 2 more than last year.', 'The fence is 6 feet 3 times over.', 'The boat is 30 feet 12 months on.']
  },
  'era-year': {
    fires: ['Vesuvius buried the town in AD 79.', 'Coins minted around AD 350 were found in the field.', 'The fort was held between AD 200 and 350 by one legion.'],
    quiet: ['The newspaper ad drew 350 replies in a week.']
  },
  'glued-code': {
    fires: ['Shoppers should return jars from batch 40312g7 to the store.', 'The recalled cots carry serial 1208cm44 on the base.', 'Investigators found the plate 77km21 on a burned car.'],
    quiet: ['Flats of 45m2 sold within a day.']
  },
  'inch-mark': {
    fires: ['The store sold out of 65" televisions by noon.', 'The snow reached 14" in the valley overnight.', "The glider held an altitude of 300' over the ridge."],
    quiet: ['The mayor said "we planted 300" and smiled.']
  },
  'leading-zero': {
    fires: ['For advice call 0800 123 456 today.', 'The lot number 0504 was recalled.', 'Ring the clinic on 096234600 before noon.'],
    quiet: ['About 0.5 percent of 10 000 voters and 2 050 fans left.']
  },
  'list-marker': {
    fires: [
      'The bill would 1) raise the levy, 2) cut fares and 3) fund buses.',
      'Voters were asked to 1) pick a mayor and 2) approve a bond.',
      'The union wants three things: 1) higher pay, 2) shorter shifts, 3) safer sites.'
    ],
    quiet: ['The levy (now 4) will rise.']
  },
  'magnitude-after-currency': {
    fires: ['The firm posted sales of 3.2 EUR billion last year.', 'Net profit rose to 450 SEK million in the quarter.', 'The bank set aside 75 CHF million for fines.'],
    quiet: ['The firm posted sales of 3.2 billion euros last year.']
  },
  'measured-count': {
    fires: ['The brewery shipped two million 500ml bottles last year.', 'Aid workers handed out 4,000 10 litre buckets.', 'The plant makes 300,000 2kg bags of rice a week.'],
    quiet: ['The brewery shipped two million bottles, 500ml each.']
  },
  'model-number': {
    fires: [
      'Taxpayers must file a 1040 form by April.',
      'Collectors paid a fortune for the 6502 processor that ran the first console.',
      'The airline grounded its last 747 freighter this spring.'
    ],
    quiet: [
      'The airline grounded 747 freighters this spring.',
      'The party won 202 seats, short of the 326 needed for a majority.',
      'Of the 300 injured, 40 were children.',
      'Officials counted 150 missing after the flood.'
    ]
  },
  multiplier: {
    fires: ['The pack holds 2 x 500ml bottles.', 'She bought 6 × 330 ml cans of soda.', 'Order 3 x 2 kg bags of rice.'],
    quiet: ['The room is 3 x 4 metres.', 'He ran in the 4 x 100m relay.']
  },
  'measure-before': {
    fires: ['A magnitude-6.1 quake shook the coast.', 'The magnitude-7 tremor lasted a minute.', 'Experts logged a magnitude-4.5 aftershock.'],
    quiet: ['The magnitude-scale readings were lost.']
  },
  'word-currency': {
    fires: ['The chipmaker earned 5 trillion won last year.', 'Seoul set aside 300 billion won for the rescue.', 'The fine was 2.5 million won.'],
    quiet: ['The club has 12 won and 3 lost this season.']
  },
  'numeric-date-or-code': {
    fires: ['Call the hotline on 555-123-4567 for help.', 'The clinic is open 24/7 for walk-ins.', 'Text 0800-555-0199 to donate to the appeal.'],
    quiet: ['The vote was 5-4 in favour.']
  },
  'one-of-unit': {
    fires: ['Stir in a teaspoon of honey.', 'The nearest well is a mile away.', 'The ice was barely an inch thick.', 'Tea costs a dollar.', 'Grate half a kilo of carrots.', 'The trail runs a mile and a half.',
      'The talks lasted half an hour.', 'Seas have risen half a degree.'],
    quiet: ['He missed the final with a foot injury.', 'She began half a degree course in law.', 'She opened a dollar store in town.', 'They took a ton of photos.', 'Give me a second.', 'He earned a degree in law.', 'Diesel sold at 1.45 a litre.']
  },
  'one-or-two': {
    fires: ['The repairs should take a day or two.', 'Ministers may need another week or two to agree.', 'She hopes to add a lap or two to her record run.'],
    quiet: ['The repairs should take one or two days.']
  },
  'range-in-one-word': {
    fires: ['The new model goes 0-to-60-mph in four seconds.', 'He faces a 3-to-5-year sentence.', 'The board backed a 10-to-12-week review.'],
    quiet: ['The council passed it in a 4-to-1 vote.']
  },
  'range-shared-magnitude': {
    fires: ['The project will cost $12 to $15 billion.', 'Between 5 and 10 million people watched the final.', 'Analysts expect 2 to 3 million new subscribers.'],
    quiet: ['The project will cost $12 billion to $15 billion.']
  },
  'rate-range': {
    fires: ['Rents rose from $900 a month to $1,200 a month.', 'Coffee prices climbed from $3 per kg to $4.50 per kg.', 'Wages rose from £9 an hour to £11 an hour.'],
    quiet: ['Rents rose from $900 a month to $1,200 a year.']
  },
  'restated-bound': {
    fires: ['The fine was more than 6 million crowns ($560,000).', 'The trail climbs less than 300 metres (984 feet).', 'Over 40,000 hectares, or 99,000 acres, burned.'],
    quiet: ['The trail climbs about 300 metres (984 feet).']
  },
  'suspended-hyphen-range': {
    fires: ['The club hires out 5- to 8-metre sailing boats.', 'The firm sells 2- to 4-litre engines.', 'Forecasters warn of 10- to 15-centimetre snowfalls.'],
    quiet: ['The firm sells 2- or 4-litre engines.']
  },
  'suspended-hyphen-unit': {
    fires: ['Stores stock 32- and 40-inch screens.', 'Buyers can pick two-, three- or four-bedroom flats.', 'The plant makes 5- or 10-litre cans.'],
    quiet: ['Stores stock 32 and 40-inch screens.']
  },
  'telephone-number': {
    fires: ['For tickets, call 555-0147 before noon.', 'The desk is on (617) 555-0123 all week.', 'From abroad, dial +44 161 496 0000 instead.', 'Our Paris office answers on +33 1 23 45 67 89.'],
    quiet: ['Crowds of 500-1000 fans gathered.', 'The stove reached 300-1200 degrees.', 'Shares rose +5 points.', 'The fund (worth 500) grew.']
  },
  'unit-from-change-after': {
    fires: ['The index closed at 8,200, up 35 points.', 'Gold settled at 2,310, up 14 dollars.', 'The Nikkei ended at 38,100, down 220 points.'],
    quiet: ['The index closed at 8,200, up 0.4%.']
  },
  'unit-of-one': {
    fires: ['The sprinter won by 0.3 of a second.', 'The river rose 0.8 of a foot overnight.', 'The new line is 0.6 of a mile long.'],
    quiet: ['The new line is 0.6 of its planned length.']
  },
  year: {
    // The dates stage claims most years first; this rule passes over those it leaves.
    fires: ['Her 2100 target is ambitious.', 'Engineers built the dam for a 2120 design life.', 'The plan sets a 2110 deadline for the work.'],
    quiet: ['The 2100 residents voted.']
  },
  'year-span': {
    fires: ['The colony was ruled from 1603 to 1867 by the crown.', 'The abbey stood from 1536 to 1900.', 'The dynasty ruled between 1644 and 1912.'],
    quiet: ['The climb went from 1536 to 1600 metres.']
  }
}

const pipeline = createPipeline({article: [segment, dates, quantities], traceRules: true})

async function rulesHit(text: string): Promise<string[]> {
  const record = await pipeline.article({id: 'r', text, publishedAt: '2025-03-10'})
  if (record.kind !== 'article') throw new Error(record.error.message)
  return (record.ruleHits ?? []).filter((hit) => hit.stage === 'quantities').map((hit) => hit.rule)
}

describe('rule examples', () => {
  it('has three sentences where it fires and one where it must not for each rule that fires rarely on development data', () => {
    for (const rule of rarelyFiring) {
      expect(examples[rule]?.fires.length, rule).toBeGreaterThanOrEqual(3)
      expect(examples[rule]?.quiet.length, rule).toBeGreaterThanOrEqual(1)
    }
  })

  describe.each(Object.entries(examples))('%s', (rule, {fires, quiet}) => {
    it.each(fires)('fires on %s', async (text) => {
      expect(await rulesHit(text)).toContain(rule)
    })

    it.each(quiet)('stays quiet on %s', async (text) => {
      expect(await rulesHit(text)).not.toContain(rule)
    })
  })
})
