import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain script, without types of its own
import {ruleTable, tallyRuleHits} from './eval-rules.mjs'

const folder = mkdtempSync(join(tmpdir(), 'eval-rules-'))

function jsonl(name: string, lines: object[]): string {
  const path = join(folder, name)
  writeFileSync(path, lines.map((line) => JSON.stringify(line)).join('\n') + '\n')
  return path
}

describe('pnpm eval --rules', () => {
  it('counts dates hits kept and rejected apart, right when kept over a gold expression or rejected where none is lost', () => {
    const gold = jsonl('dates-gold.jsonl', [
      {id: 'd1', text: 'We met on Monday in May.', timex: [{start: 10, end: 16}]},
      {id: 'd2', text: 'Rain fell in May.', timex: [{start: 13, end: 16}]}
    ])
    const output = jsonl('dates-out.jsonl', [
      {
        id: 'd1',
        dates: [{start: 10, end: 16}],
        ruleHits: [
          {stage: 'dates', rule: 'weekday', start: 10, end: 16},
          {stage: 'dates', rule: 'month', start: 20, end: 23},
          {stage: 'dates', rule: 'verb-may', start: 20, end: 23, kept: false},
          // Dropped for a longer reading that stands: nothing lost.
          {stage: 'dates', rule: 'year', start: 10, end: 16, kept: false},
          // Another stage's hit is not judged against the TIMEX spans.
          {stage: 'segment', rule: 'full-stop', start: 24, end: 24, kept: false}
        ]
      },
      {id: 'd2', dates: [], ruleHits: [{stage: 'dates', rule: 'month', start: 13, end: 16, kept: false}]}
    ])
    const tally = new Map()
    tallyRuleHits(tally, 'dev', gold, output)
    expect(ruleTable(tally).split('\n').slice(0, 1)).toEqual(['| stage | rule | set | kept | right | rejected | right | items | |'])
    expect(ruleTable(tally).split('\n').slice(2)).toEqual([
      '| dates | month | dev | 1 | 0 | 1 | 0 | 1 | acts on 2 items or fewer |',
      '| dates | verb-may | dev | 0 |  | 1 | 1 | 1 | acts on 2 items or fewer |',
      '| dates | weekday | dev | 1 | 1 | 0 |  | 1 | acts on 2 items or fewer |',
      '| dates | year | dev | 0 |  | 1 | 1 | 1 | acts on 2 items or fewer |',
      '| segment | full-stop | dev | 0 |  | 1 |  | 1 | acts on 2 items or fewer |'
    ])
  })

  it('counts the items where a rule\'s hits were kept, or where an exclusion rejected', () => {
    const output = jsonl('items-out.jsonl', [
      {id: 'a', ruleHits: [{stage: 'dates', rule: 'month', start: 0, end: 3}, {stage: 'quantities', rule: 'page-label', start: 0, end: 6, kept: false}]},
      ...['b', 'c', 'd'].map((id) => ({
        id,
        ruleHits: [{stage: 'dates', rule: 'month', start: 0, end: 3, kept: false}, {stage: 'quantities', rule: 'page-label', start: 0, end: 6, kept: false}]
      }))
    ])
    const tally = new Map()
    tallyRuleHits(tally, 'dev', undefined, output)
    expect(ruleTable(tally).split('\n').slice(2)).toEqual([
      '| dates | month | dev | 1 |  | 3 |  | 1 | acts on 2 items or fewer |',
      '| quantities | page-label | dev | 0 |  | 4 |  | 4 |  |'
    ])
  })

  it('judges quantities by the value of the quantity at the hit, and sentence rules by the gold boundaries', () => {
    const gold = jsonl('q-gold.jsonl', [
      {id: 'q1', text: 'Sales rose 5% to 1,200 units on page 3.', quantities: [{value: '5'}, {value: '1200'}]},
      {id: 's1', text: 'He left at 5 p.m. Then rain.', sentences: ['He left at 5 p.m.', 'Then rain.']}
    ])
    const output = jsonl('q-out.jsonl', [
      {
        id: 'q1',
        quantities: [{start: 11, end: 13, value: 5}, {start: 17, end: 28, value: 1200}],
        ruleHits: [
          {stage: 'quantities', rule: 'percent', start: 11, end: 13},
          {stage: 'quantities', rule: 'count', start: 17, end: 28},
          {stage: 'quantities', rule: 'page-label', start: 32, end: 38, kept: false}
        ]
      },
      {id: 's1', ruleHits: [{stage: 'segment', rule: 'abbreviation-ends-sentence', start: 14, end: 17}]}
    ])
    const tally = new Map()
    tallyRuleHits(tally, 'dev', gold, output)
    expect(ruleTable(tally).split('\n').slice(2).map((row: string) => row.split(' | ').slice(1, 8).join(' '))).toEqual([
      'count dev 1 1 0  1',
      'page-label dev 0  1 1 1',
      'percent dev 1 1 0  1',
      'abbreviation-ends-sentence dev 1 1 0  1'
    ])
  })

  it('counts hits without judging them where the gold cannot tell', () => {
    const output = jsonl('seeds-out.jsonl', [{id: 'a', ruleHits: [{stage: 'clean', rule: 'link-density', start: 0, end: 9}]}])
    const tally = new Map()
    tallyRuleHits(tally, 'seeds', undefined, output)
    expect(ruleTable(tally).split('\n')[2]).toBe('| clean | link-density | seeds | 1 |  | 0 |  | 1 | acts on 2 items or fewer |')
  })
})
