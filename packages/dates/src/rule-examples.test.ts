import {createPipeline} from '@tidings/core'
import {segment} from '@tidings/segment'
import {describe, expect, it} from 'vitest'
import {dates} from './index.js'

// These rules fire on two development items or fewer (`pnpm eval --rules`), too few to tell a
// pattern from a fit; the texts below, our own, show each is a pattern of news English.
const rareRules = ['approximate-clock', 'around-day', 'day-alone', 'dotted-clock', 'end-of-day', 'half', 'period-beyond', 'present', 'quarter-code', 'short-decade', 'unit-long', 'week-number', 'weekday-from-day', 'weekdays-ago', 'zoned-clock']

const examples: Record<string, {fires: string[]; quiet: string[]}> = {
  'approximate-clock': {
    fires: [
      'The mayor said crews would reach the bridge around noonish.',
      'Doors open at 7ish and the speeches start later.',
      'Volunteers gathered at the hall at nine-ish to sort parcels.'
    ],
    quiet: ['The new flat has a stylish kitchen.']
  },
  'around-day': {
    fires: [
      'Negotiators met the day before June 3 to settle the last clauses.',
      'Polling stations reopen the day after November 5, officials said.',
      'Container traffic slowed sharply in the week of May 13.'
    ],
    quiet: ['Negotiators met a day earlier, and again on June 3.']
  },
  'day-alone': {
    fires: [
      'Tenants must pay the rent on the 1st, the letter said.',
      'The county expects to finish the count by the 20th.',
      'Water has been rationed in the town since the 12th.'
    ],
    quiet: ['The fire started on the 12th floor of the tower.']
  },
  'dotted-clock': {
    fires: [
      'The ferry leaves Monday at 14.30 and returns at dusk.',
      'Polls close at 21.00 on Thursday, the commission said.',
      'The minister will speak today at 9.15 in the chamber.'
    ],
    quiet: ['The index fell 25.40 points on Friday.']
  },
  'end-of-day': {
    fires: [
      'The union must answer the offer by the end of the day, the company said.',
      'Traders expect the deal to be signed before close of business.',
      'Ballots cast after end of day will not be counted.'
    ],
    quiet: ['At the end of the day, the voters decide.']
  },
  half: {
    fires: [
      'Car sales rose 4% in the first half of 2023.',
      'The airline expects demand to recover in the second half of the year.',
      'Hiring cooled in the latter half of last year, the survey found.'
    ],
    quiet: ['The home side led for the first half of the match.']
  },
  'period-beyond': {
    fires: [
      'The new terminal opens to passengers the week after next.',
      'Rents in the capital fell the year before last, the survey shows.',
      'The council will vote on the budget the month after next.'
    ],
    quiet: ['The week after the vote, the council met again.']
  },
  present: {
    fires: [
      'At present the clinic sees about 40 patients a day.',
      'The fund has raised 3 million dollars to date, its director said.',
      'Exports are up 9% in the year to date.'
    ],
    quiet: ['The new laptops are kept up to date by the school.']
  },
  'quarter-code': {
    fires: [
      'Revenue at the chipmaker climbed 8% in Q3 2024.',
      'The carrier expects deliveries of the new jets to resume in Q1.',
      'Margins narrowed in 2023-Q4 as freight costs rose.'
    ],
    quiet: ['The Audi Q7 was the best-selling model at the show.']
  },
  'short-decade': {
    fires: [
      'The label signed most of its bands in the 90s.',
      "House prices doubled in the mid-'80s, the report found.",
      "Tower blocks went up across the city in the early '70s."
    ],
    quiet: ['Crowds in their 70s and 80s lined the route.']
  },
  'unit-long': {
    fires: [
      'Dock workers began a day-long strike on Tuesday.',
      'The ruling ends a decades-long feud between the two families.',
      'A months-long inquiry found no wrongdoing by the mayor.'
    ],
    quiet: ['Dock workers faced a long day at the port.']
  },
  'week-number': {
    fires: [
      'The carmaker said output would resume in week 31.',
      'Deliveries are planned for week 12 of 2025, the shipyard said.',
      'Retail footfall fell 4% in week 6, the survey showed.'
    ],
    quiet: ['In week 3 of the trial the judge fell ill.']
  },
  'weekday-from-day': {
    fires: [
      'Volunteers wrapped gifts at the shelter the Sunday before Christmas.',
      'Retailers cut prices sharply the Friday after Thanksgiving.',
      'The court sat again the Monday following Jan. 6, 2021.'
    ],
    quiet: ['Volunteers wrapped gifts the Sunday before the holiday fair.']
  },
  'weekdays-ago': {
    fires: [
      'The ferry last sailed two Fridays ago, the harbour master said.',
      'Residents say the water turned brown three Sundays ago.',
      'The council voted on the plan two Mondays ago.'
    ],
    quiet: ['The ferry sails on Fridays.']
  },
  'zoned-clock': {
    fires: [
      'The rocket is due to lift off at 1530 GMT.',
      'The storm made landfall near 0400 UTC, forecasters said.',
      'Troops were ordered to cross the river at 2100 hours.'
    ],
    quiet: ['Police seized 2100 rounds of ammunition.']
  }
}

const pipeline = createPipeline({article: [segment, dates], traceRules: true})
const hitsOf = async (text: string, rule: string) => {
  const record = await pipeline.article({id: 'example', text, publishedAt: '2024-03-06'})
  return (record.kind === 'article' ? (record.ruleHits ?? []) : []).filter((hit) => hit.stage === 'dates' && hit.rule === rule)
}

describe('the rules that fire rarely on development data, on texts of our own', () => {
  it('has three texts where each fires and a near miss where it does not', () => {
    expect(Object.keys(examples)).toEqual(rareRules)
    for (const {fires, quiet} of Object.values(examples)) expect([fires.length >= 3, quiet.length >= 1]).toEqual([true, true])
  })
  for (const [rule, {fires, quiet}] of Object.entries(examples)) {
    it.each(fires)(`${rule} fires on %j`, async (text) => expect((await hitsOf(text, rule)).some((hit) => hit.kept !== false)).toBe(true))
    it.each(quiet)(`${rule} stays quiet on %j`, async (text) => expect(await hitsOf(text, rule)).toEqual([]))
  }
})
