import {describe, expect, it} from 'vitest'
import {createPipeline} from '@tidings/core'
import {dates, defaultRules, type DateRule} from './index.js'
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

  it('opens a search as many words before the first anchor as a rule says its matches reach, however wide the gaps', async () => {
    const harvest = (reach: number): DateRule => ({
      id: 'harvest-day',
      anchors: {words: ['harvest']},
      reach,
      pattern: /\b(?:(?:early|late)[-\s]+(?:in\s+)?)?harvest\s+day\b/gi,
      build: () => ({type: 'DATE', value: '2024-09-03'})
    })
    const text = 'The fair, after a long and bitter meeting, moved to late  in \t harvest day and late-harvest day.'
    expect(await found(text, '2024-03-06', {rules: [harvest(2)]})).toEqual([
      ['late  in \t harvest day', 'DATE', '2024-09-03'],
      ['late-harvest day', 'DATE', '2024-09-03']
    ])
    // One gap short, the first match opens at "in", which the pattern does not take: it opens at its anchor.
    expect(await found(text, '2024-03-06', {rules: [harvest(1)]})).toEqual([
      ['harvest day', 'DATE', '2024-09-03'],
      ['late-harvest day', 'DATE', '2024-09-03']
    ])
    expect(await found('Talks resume on the   first \t Monday of March.')).toEqual([['the   first \t Monday of March', 'DATE', '2025-03-03']])
  })

  it('counts the reach of a rule anchored on digits from the first digits, marked or not', async () => {
    const code: DateRule = {id: 'year-code', anchors: {digits: 'long'}, reach: 0, pattern: /\b\d{4}\b/g, build: (match) => ({type: 'DATE', value: match[0]})}
    // "2022" after "12-" is read from its second digit, and marks no long digits; "2023" does.
    expect(await found('Lots 12-2022 and 2023 sold.', '2024-03-06', {rules: [code]})).toEqual([
      ['2022', 'DATE', '2022'],
      ['2023', 'DATE', '2023']
    ])
  })

  it('takes a reach that counts, or none', () => {
    const rule: DateRule = {id: 'x', anchors: {words: ['x']}, reach: -1, pattern: /x/g, build: () => undefined}
    expect(() => createPipeline({article: [[dates, {rules: [rule]}]]})).toThrow('rule `x` has a `reach` that is not a count')
    expect(() => createPipeline({article: [[dates, {rules: [{...rule, reach: 1.5}]}]]})).toThrow('not a count')
    expect(() => createPipeline({article: [[dates, {rules: [{...rule, reach: 0}]}]]})).not.toThrow()
  })
})
