import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {createPipeline} from './pipeline.js'
import {traceRule, tracingRules} from './rule-hits.js'

/** A user's stage with one rule: a word in capitals is kept, one in lower case is rejected. */
const shouting: Plugin<[], Root> = () => (_tree: Root, file: VFile) => {
  const text = file.data.text ?? ''
  for (const match of text.matchAll(/\b(?:STOP|stop)\b/g)) {
    const start = match.index
    traceRule(file, {stage: 'shouting', rule: 'capitals', start, end: start + 4, kept: match[0] === 'STOP'})
  }
}

describe('traceRule', () => {
  it('records the hits in the article record when the pipeline traces rules', async () => {
    const record = await createPipeline({article: [shouting], traceRules: true}).article({id: 'a', text: 'Please STOP now, stop.'})
    expect(record.kind === 'article' && record.ruleHits).toEqual([
      {stage: 'shouting', rule: 'capitals', start: 7, end: 11, kept: true},
      {stage: 'shouting', rule: 'capitals', start: 17, end: 21, kept: false}
    ])
  })

  it('records nothing, and adds no field, by default', async () => {
    const record = await createPipeline({article: [shouting]}).article({id: 'a', text: 'Please STOP now.'})
    expect(record.kind === 'article' && 'ruleHits' in record).toBe(false)
  })

  it('tells a stage whether to build hits at all', async () => {
    const seen: boolean[] = []
    const probe: Plugin<[], Root> = () => (_tree: Root, file: VFile) => {
      seen.push(tracingRules(file))
    }
    await createPipeline({article: [probe], traceRules: true}).article({id: 'a', text: 'x'})
    await createPipeline({article: [probe]}).article({id: 'b', text: 'x'})
    expect(seen).toEqual([true, false])
  })
})
