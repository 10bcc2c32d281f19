import {createPipeline} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {segment} from './index.js'

// These rules decide on two development items or fewer (`pnpm eval --rules`), too few to tell a
// pattern from a fit; the texts below, our own, show each is a pattern of news English.
const rareRules = ['glued-sentence', 'period-then-ellipsis', 'pronoun-i', 'quotation-attribution', 'quotation-lower-case', 'unit-end', 'unit-inside', 'wrapped-line']

const examples: Record<string, {fires: string[]; quiet: string[]}> = {
  'glued-sentence': {
    fires: [
      'Prices rose sharply in March.Analysts expect more of the same.',
      'The storm reached the coast on Monday.Crews worked through the night.',
      'Turnout was 61 percent.Officials called it a record.'
    ],
    quiet: ['The bakery moved to St.Louis in 2019.']
  },
  'period-then-ellipsis': {
    fires: [
      'The mayor said the plan was finished. . . . The council disagreed.',
      'We will rebuild the school. . . . It will take years, she said.',
      'Talks stalled on the first day. . . . Negotiators met again on Friday.'
    ],
    quiet: ['The mayor said the plan was . . . finished, for now.']
  },
  'pronoun-i': {
    fires: [
      'Nobody was more surprised by the verdict than I. The jury had been out for hours.',
      'The coach trusted him more than I. It was a hard season for both of us.',
      'Few people wanted the job more than I. Still, the board chose her.'
    ],
    quiet: ['The report was written by Anna K. Berg, a former judge.']
  },
  'quotation-attribution': {
    fires: ['"Who pays for this?" Ortega asked.', '"It is over." Maria Lopez said, before leaving the court.', '"We are not done yet!" Kessler added.'],
    quiet: ['"Who pays for this?" Ortega said the bill would go to taxpayers.']
  },
  'quotation-lower-case': {
    fires: [
      'The roof caved in. "it was like thunder," a neighbour said.',
      'The mill closed in 1998. “nobody came back,” one worker said.',
      'The ferry sank at dawn. "we swam for an hour," said a survivor.'
    ],
    quiet: ['Rents rose approx. "far too much" for most tenants.']
  },
  'unit-end': {
    fires: [
      'Rescuers reached the flooded village at 6 a.m. Officials said four people were missing.',
      'The winning pumpkin weighed 1,200 lbs. Its grower plans to enter again next year.',
      'Gusts on the ridge topped 90 mph. Power lines came down across the county.'
    ],
    quiet: ['Voting ends at 8 p.m. EST in most of the state.']
  },
  'unit-inside': {
    fires: ['At 6 a.m. Rescuers reached the flooded village.', 'By 11 p.m. Police had cleared the square.', 'Until 8 p.m. Voters can still cast their ballots.'],
    quiet: ['Rescuers reached the flooded village at 6 a.m. Officials said four people were missing.']
  },
  'wrapped-line': {
    fires: [
      'The bridge was closed\nfor repairs on Monday.',
      'Firefighters worked through the night to\ncontain the blaze.',
      'Officials said the vote would be held\nin the spring.',
      'Divers searched the wreck of the\nFerry Aurora for a second day.',
      'The river rose overnight,\nForecasters said on Tuesday.'
    ],
    quiet: ['The bridge was closed.\nRepairs begin on Monday.', 'Bridge closed for the\nRepairs begin on Monday']
  }
}

const pipeline = createPipeline({article: [segment], traceRules: true})
const hitsOf = async (text: string, rule: string) => {
  const record = await pipeline.article({id: 'example', text})
  return (record.kind === 'article' ? (record.ruleHits ?? []) : []).filter((hit) => hit.stage === 'segment' && hit.rule === rule)
}

// A segment rule's hit is a decision, a cut or none ("kept"), so firing is any hit of the rule.
describe('the rules that decide rarely on development data, on texts of our own', () => {
  it('has three texts where each fires and a near miss where it does not', () => {
    expect(Object.keys(examples)).toEqual(rareRules)
    for (const {fires, quiet} of Object.values(examples)) expect([fires.length >= 3, quiet.length >= 1]).toEqual([true, true])
  })
  for (const [rule, {fires, quiet}] of Object.entries(examples)) {
    it.each(fires)(`${rule} fires on %j`, async (text) => expect(await hitsOf(text, rule)).not.toEqual([]))
    it.each(quiet)(`${rule} stays quiet on %j`, async (text) => expect(await hitsOf(text, rule)).toEqual([]))
  }
})
