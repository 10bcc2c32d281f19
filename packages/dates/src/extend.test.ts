import {createPipeline} from '@tidings/core'
import {segment} from '@tidings/segment'
import {describe, expect, it} from 'vitest'
import {type DateRefiner, type DateRule, dates, defaultRefiners, defaultRules} from './index.js'
import {found} from './testing.js'

const fortnightly: DateRule = {
  id: 'fortnightly',
  anchors: {words: ['fortnightly']},
  pattern: /\bfortnightly\b/gi,
  build: () => ({type: 'SET', value: 'P2W'})
}

const noDurations: DateRefiner = {
  id: 'no-durations',
  scope: 'sentence',
  refine: (mentions) => mentions.filter((mention) => mention.type !== 'DURATION')
}

describe('extending the stage', () => {
  it('runs a rule added to the defaults, and only where its anchor occurs', async () => {
    expect(await found('The fortnightly market opened Monday.', '2024-03-06', {rules: [...defaultRules, fortnightly]})).toEqual([
      ['fortnightly', 'SET', 'P2W'],
      ['Monday', 'DATE', '2024-03-04']
    ])
    expect(await found('The fortnightly market opened Monday.', '2024-03-06', {rules: [fortnightly]})).toEqual([['fortnightly', 'SET', 'P2W']])
    expect(await found('The market opened Monday.', '2024-03-06', {rules: []})).toEqual([])
  })

  it('finds the anchors of a rule the defaults do not know, in words beyond ASCII too', async () => {
    const feria: DateRule = {id: 'feria', anchors: {words: ['feria', 'día']}, pattern: /\b(?:feria|el\s+día)\b/giu, build: () => ({type: 'DATE', value: 'XXXX-04'})}
    expect(await found('The feria opened Monday.', '2024-03-06', {rules: [...defaultRules, feria]})).toEqual([
      ['feria', 'DATE', 'XXXX-04'],
      ['Monday', 'DATE', '2024-03-04']
    ])
    expect(await found('Crowds came on el día itself.', '2024-03-06', {rules: [feria]})).toEqual([['el día', 'DATE', 'XXXX-04']])
  })

  it('runs a rule anchored on a phrase where the phrase stands, in any case', async () => {
    const harvestFair: DateRule = {id: 'harvest-fair', anchors: {phrases: ['harvest fair']}, pattern: /\bharvest\s+fair\b/gi, build: () => ({type: 'DATE', value: 'XXXX-09'})}
    expect(await found('The Harvest Fair opened Monday.', '2024-03-06', {rules: [...defaultRules, harvestFair]})).toEqual([
      ['Harvest Fair', 'DATE', 'XXXX-09'],
      ['Monday', 'DATE', '2024-03-04']
    ])
    expect(await found('After the harvest, the fair closed.', '2024-03-06', {rules: [harvestFair]})).toEqual([])
  })

  it('runs the refiners given, in order', async () => {
    expect(await found('The strike lasted two weeks and ended Friday.', '2024-03-06', {refiners: [...defaultRefiners, noDurations]})).toEqual([
      ['Friday', 'DATE', '2024-03-01']
    ])
  })

  it('skips a refiner given fewer mentions than its minimum', async () => {
    const dropPairs: DateRefiner = {id: 'drop-pairs', scope: 'sentence', minimum: 2, refine: () => []}
    expect(await found('The strike ended Friday.', '2024-03-06', {refiners: [dropPairs]})).toEqual([['Friday', 'DATE', '2024-03-01']])
    expect(await found('The strike ran from Monday to Friday.', '2024-03-06', {refiners: [dropPairs]})).toEqual([])
  })

  it('throws on a rule without an id or a build function, and on an unknown numeric order', () => {
    expect(() => createPipeline({article: [[dates, {rules: [{pattern: /x/g} as unknown as DateRule]}]]})).toThrow('Invalid options for dates')
    expect(() => createPipeline({article: [[dates, {numericOrder: 'year-day' as 'day-month'}]]})).toThrow('Invalid options for dates')
  })

  it('reports the rules and refiners that fire when the pipeline traces rules, a match that a refiner dropped as not kept', async () => {
    const pipeline = createPipeline({article: [segment, dates], traceRules: true})
    const record = await pipeline.article({id: 't', text: 'Talks ended Friday at 4pm, not in the 1990s.', publishedAt: '2024-03-06'})
    expect(record.kind === 'article' ? record.ruleHits : undefined).toEqual([
      // "1990" gives way to "the 1990s"; "Friday" and "4pm", joined into one time, both reach the output.
      {stage: 'dates', rule: 'year', start: 38, end: 42, kept: false},
      {stage: 'dates', rule: 'decade', start: 34, end: 43, kept: true},
      {stage: 'dates', rule: 'weekday', start: 12, end: 18, kept: true},
      {stage: 'dates', rule: 'clock', start: 22, end: 25, kept: true},
      {stage: 'dates', rule: 'longest-first', start: 38, end: 42, kept: false},
      {stage: 'dates', rule: 'clock-on-last-day', start: 22, end: 25, kept: true},
      {stage: 'dates', rule: 'clock-and-day', start: 12, end: 25, kept: true}
    ])
  })
})
