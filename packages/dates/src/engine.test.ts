import {describe, expect, it} from 'vitest'
import {defaultRules, type DateRule} from './index.js'
import {found} from './testing.js'

describe('the rule engine', () => {
  it('finds a match that opens words before its anchor, however far into the sentence the anchor stands', async () => {
    const filler = 'The harbour board, after a long and at times bitter meeting in the old customs house by the quay,'
    expect(await found(`${filler} said repairs would take no more than twenty-five weeks.`)).toEqual([
      ['no more than twenty-five weeks', 'DURATION', 'P25W', 'EQUAL_OR_LESS']
    ])
    expect(await found(`${filler} ${filler} voted on the first Monday of March.`)).toEqual([['the first Monday of March', 'DATE', '2024-03-04']])
  })

  it('finds every match up to the last anchor of its rule, and reads no further', async () => {
    const pattern = /\bharvest\s+(day|week)\b|\bfair\b/gi
    const harvest: DateRule = {
      id: 'harvest-day',
      anchors: {words: ['harvest']},
      pattern,
      build: (match) => ({type: 'DATE', value: match[1] ? '2024-09-03' : '2024-09-10'})
    }
    const rules = [...defaultRules, harvest]
    expect(await found('The harvest day, the fair and the harvest week.', '2024-03-06', {rules})).toEqual([
      ['harvest day', 'DATE', '2024-09-03'],
      ['fair', 'DATE', '2024-09-10'],
      ['harvest week', 'DATE', '2024-09-03']
    ])
    // "fair" holds no anchor of the rule: past the last "harvest", the search stops, and leaves the pattern as a finished search does.
    expect(await found('The harvest day, then the fair.', '2024-03-06', {rules})).toEqual([['harvest day', 'DATE', '2024-09-03']])
    expect(pattern.lastIndex).toBe(0)
  })

  it('runs a rule that requires other anchors only where they stand too', async () => {
    const harvest: DateRule = {
      id: 'harvest-day',
      anchors: {words: ['harvest'], requires: {digits: 'any'}},
      pattern: /\bharvest\s+day\b/gi,
      build: () => ({type: 'DATE', value: '2024-09-03'})
    }
    const rules = [...defaultRules, harvest]
    expect(await found('Its 2 rides close on harvest day.', '2024-03-06', {rules})).toEqual([['harvest day', 'DATE', '2024-09-03']])
    expect(await found('Its rides close on harvest day.', '2024-03-06', {rules})).toEqual([])
  })
})
