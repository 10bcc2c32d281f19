import {ArkErrors} from 'arktype'
import {describe, expect, it} from 'vitest'
import {ArticleRecord, ErrorRecord, InputDocument, TidingsRecord} from './schema.js'
import {EventRecord} from './event-schema.js'
import {recordJsonSchema} from './json-schema.js'

const article = {
  kind: 'article',
  id: 'a1',
  publishedAt: '2024-03-05',
  text: 'Rain fell on Monday.',
  paragraphs: [{start: 0, end: 20}],
  sentences: [{start: 0, end: 20}],
  dates: [{start: 13, end: 19, text: 'Monday', type: 'DATE', value: '2024-03-04'}],
  messages: []
}

describe('InputDocument', () => {
  it('accepts text or html with optional metadata', () => {
    expect(InputDocument({id: 'x', text: 'Hello.'})).toEqual({id: 'x', text: 'Hello.'})
    expect(InputDocument({id: 'x', html: '<p>Hi</p>', publishedAt: null, url: 'https://example.org/a'})).not.toBeInstanceOf(
      ArkErrors
    )
  })

  it('rejects a document with neither text nor html, an empty id, or a wrong type', () => {
    expect(String(InputDocument({id: 'x'}))).toBe('must be a document with `text` or `html` (was {"id":"x"})')
    expect(InputDocument({id: '', text: 'a'})).toBeInstanceOf(ArkErrors)
    expect(InputDocument({id: 'x', text: 5})).toBeInstanceOf(ArkErrors)
  })
})

describe('records', () => {
  it('accepts a valid article record and tells a record kind apart', () => {
    expect(ArticleRecord(article)).not.toBeInstanceOf(ArkErrors)
    expect(TidingsRecord(article)).not.toBeInstanceOf(ArkErrors)
  })

  it('rejects negative offsets and unknown date types', () => {
    expect(ArticleRecord({...article, sentences: [{start: -1, end: 3}]})).toBeInstanceOf(ArkErrors)
    expect(ArticleRecord({...article, dates: [{...article.dates[0], type: 'WEEKDAY'}]})).toBeInstanceOf(ArkErrors)
  })

  it('accepts error records and rejects ones without a reason', () => {
    expect(ErrorRecord({kind: 'error', id: 'f.txt', error: {code: 'empty-input', message: 'f.txt is empty'}})).not.toBeInstanceOf(
      ArkErrors
    )
    expect(ErrorRecord({kind: 'error', id: 'f.txt', error: {code: 'empty-input'}})).toBeInstanceOf(ArkErrors)
  })

  it('accepts a minimal event record', () => {
    const event = {kind: 'event', id: 'e1', title: 'Rain', articles: ['a1'], sources: [{article: 'a1'}], when: [], timeline: [], facts: [], conflicts: []}
    expect(EventRecord(event)).not.toBeInstanceOf(ArkErrors)
  })
})

describe('recordJsonSchema', () => {
  it('describes documents and records for users outside TypeScript', () => {
    const schema = recordJsonSchema()
    expect(Object.keys(schema.$defs)).toEqual(['InputDocument', 'TidingsRecord'])
    expect(schema.$defs.InputDocument).toMatchObject({anyOf: [{required: ['text']}, {required: ['html']}]})
    expect((schema.$defs.TidingsRecord as {anyOf: unknown[]}).anyOf).toHaveLength(3)
  })
})

describe('docs/schema.json', () => {
  it('is the schema the build generates (rebuild @tidings/core to refresh it)', async () => {
    const {readFileSync} = await import('node:fs')
    const committed = JSON.parse(readFileSync(new URL('../../../docs/schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(recordJsonSchema())
  })
})
