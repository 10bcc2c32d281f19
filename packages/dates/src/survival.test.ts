import {createPipeline} from '@tidings/core'
import {segment} from '@tidings/segment'
import {describe, expect, it} from 'vitest'
import {dates} from './index.js'
import type {Candidate} from './rules/types.js'
import {createSurvival} from './survival.js'

const mention = (start: number, end: number, rule: string): Candidate => ({start, end, text: '', type: 'DATE', value: '2024', rule})

describe('which rule matches reach the output', () => {
  it('keeps a hit whose candidate passes on, or is rewritten or joined into a new mention', () => {
    const survival = createSurvival()
    const [left, right, alone] = [mention(0, 6, 'weekday'), mention(10, 13, 'clock'), mention(20, 24, 'year')]
    const hits = [{kept: true}, {kept: true}, {kept: true}]
    survival.built(hits[0]!, [left])
    survival.built(hits[1]!, [right])
    survival.built(hits[2]!, [alone])
    const joined = mention(0, 13, 'weekday')
    survival.passed([left, right, alone], [joined, alone], [])
    const widened = {...joined, start: 0}
    survival.passed([joined, alone], [widened, alone], [])
    survival.settle([widened, alone])
    expect(hits).toEqual([{kept: true}, {kept: true}, {kept: true}])
  })

  it('drops a hit whose candidates a refiner left out, or said it dropped while it made another mention there', () => {
    const survival = createSurvival()
    const [inner, outer, counted, period] = [mention(2, 6, 'year'), mention(0, 9, 'decade'), mention(20, 29, 'relative-period'), mention(33, 37, 'year')]
    const hits = [{kept: true}, {kept: true}, {kept: true}, {kept: true}]
    survival.built(hits[0]!, [inner])
    survival.built(hits[1]!, [outer])
    survival.built(hits[2]!, [counted])
    survival.built(hits[3]!, [period])
    survival.passed([inner, outer, counted, period], [outer, counted, period], [{start: 2, end: 6}])
    const week = {...period, start: 16}
    survival.passed([outer, counted, period], [outer, week], [{start: 20, end: 29}])
    survival.settle([outer, week])
    expect(hits).toEqual([{kept: false}, {kept: true}, {kept: false}, {kept: true}])
  })

  it('marks as not kept, in the record the pipeline writes, the matches that a longer mention or a counted phrase took in', async () => {
    const pipeline = createPipeline({article: [segment, dates], traceRules: true})
    const record = await pipeline.article({id: 't', text: 'It shut in the 1990s and reopened the last week of 2023.', publishedAt: '2024-03-06'})
    const hits = record.kind === 'article' ? (record.ruleHits ?? []).map(({rule, start, end, kept}) => [rule, start, end, kept]) : []
    expect(hits).toEqual([
      ['year', 15, 19, false],
      ['year', 51, 55, true],
      ['decade', 11, 20, true],
      ['relative-period', 38, 47, false],
      ['longest-first', 15, 19, false],
      ['takes-article', 34, 47, true],
      ['week-of-year', 34, 47, false],
      ['week-of-year', 34, 55, true]
    ])
  })
})
