import {createPipeline} from '@tidings/core'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {describe, expect, it} from 'vitest'
import {segment} from './index.js'

async function sentences(text: string, options = {}): Promise<string[]> {
  const record = await createPipeline({article: [[segment, options]]}).article({id: 't', text})
  if (record.kind !== 'article') throw new Error(record.error.message)
  return record.sentences.map(({start, end}) => text.slice(start, end))
}

describe('segment', () => {
  it('re-cuts what the parser gets wrong and keeps offsets into the text', async () => {
    const text = 'Ferry fire\nThe blaze began at 5 a.m. Officials said the U.S. He added that 40 were safe.Crews stayed.'
    expect(await sentences(text)).toEqual([
      'Ferry fire',
      'The blaze began at 5 a.m.',
      'Officials said the U.S.',
      'He added that 40 were safe.',
      'Crews stayed.'
    ])
  })

  it('joins a line cut mid-sentence with the line that finishes it, unless told not to', async () => {
    const text = 'The crew was\nrescued at dawn.\nmenu\nsearch'
    expect(await sentences(text)).toEqual(['The crew was\nrescued at dawn.', 'menu', 'search'])
    expect(await sentences(text, {joinWrappedLines: false})).toEqual(['The crew was', 'rescued at dawn.', 'menu', 'search'])
  })

  it('joins lines cut after a comma or a word that opens a phrase, and lines wrapped more than once', async () => {
    expect(await sentences('The crew was rescued by the\nCoast Guard on Monday.')).toEqual(['The crew was rescued by the\nCoast Guard on Monday.'])
    expect(await sentences('Two ferries, a tug and\nFishing boats joined the search.')).toEqual(['Two ferries, a tug and\nFishing boats joined the search.'])
    expect(await sentences('The storm moved north on Monday,\nForecasters said.')).toEqual(['The storm moved north on Monday,\nForecasters said.'])
    expect(await sentences('The crew of the trawler was\nrescued at dawn by a passing\nfreighter, officials said.')).toEqual([
      'The crew of the trawler was\nrescued at dawn by a passing\nfreighter, officials said.'
    ])
    expect(await sentences('Fishermen rescued after three days at sea\nThe crew was found by a freighter.')).toEqual([
      'Fishermen rescued after three days at sea',
      'The crew was found by a freighter.'
    ])
    expect(await sentences('The storm moved north, according to one forecaster,\n\nBoth airports closed.')).toEqual([
      'The storm moved north, according to one forecaster,',
      'Both airports closed.'
    ])
    expect(await sentences('Where the rivers meet the\nMenu')).toEqual(['Where the rivers meet the', 'Menu'])
  })

  it('reads a number or letter opening a line as the marker of a list item', async () => {
    expect(await sentences('The plan has three steps.\n1. Cut costs.\n2. Raise fares.\nc) Hire staff.')).toEqual([
      'The plan has three steps.',
      '1. Cut costs.',
      '2. Raise fares.',
      'c) Hire staff.'
    ])
  })

  it('keeps the tree valid: each paragraph holds sentences and the white space between them', async () => {
    const shape: Plugin<[], Root> = () => (tree, file) => {
      file.data.extensions = {shape: tree.children.map((paragraph) => ('children' in paragraph ? paragraph.children.map((child) => child.type) : []))}
    }
    const record = await createPipeline({article: [segment, shape]}).article({id: 't', text: 'See Dr. Ode.Then go home.  Bye.'})
    expect(record).toMatchObject({extensions: {shape: [['SentenceNode', 'SentenceNode', 'WhiteSpaceNode', 'SentenceNode']]}})
  })

  it('reports its rules when the pipeline traces them, and nothing otherwise', async () => {
    const text = 'Sales fell in the U.S. Analysts blamed rates.'
    const traced = await createPipeline({article: [segment], traceRules: true}).article({id: 't', text})
    expect(traced).toMatchObject({ruleHits: [{stage: 'segment', rule: 'abbreviation-end', start: 21, end: 22, kept: true}]})
    const plain = await createPipeline({article: [segment]}).article({id: 't', text})
    expect(plain).not.toHaveProperty('ruleHits')
  })

  it('takes extra time zones and verbs of speech', async () => {
    expect(await sentences('The vote is at 5 p.m. AZT on Monday.', {abbreviations: {timeZones: ['azt']}})).toEqual(['The vote is at 5 p.m. AZT on Monday.'])
    expect(await sentences('"Why?" Ortega mused. Nobody knew.', {abbreviations: {speechVerbs: ['mused']}})).toEqual(['"Why?" Ortega mused.', 'Nobody knew.'])
    expect(await sentences('"Why?" Ortega mused. Nobody knew.')).toEqual(['"Why?"', 'Ortega mused.', 'Nobody knew.'])
  })

  it('throws on bad options when the pipeline is built', () => {
    expect(() => createPipeline({article: [[segment, {abbreviations: {titles: 'Dr'}}]]})).toThrow(
      'Invalid options for segment: abbreviations.titles must be an array (was string)'
    )
  })
})
