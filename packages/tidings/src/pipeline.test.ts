import {describe, expect, it} from 'vitest'
import {tidings} from './pipeline.js'

const story = '<article><h1>Ferry sails again</h1><p>The ferry to Inselby sailed again on Monday after three days in port, the harbour master said.</p><p>About 300 passengers had waited in the town since the storm closed the harbour on Friday.</p></article>'
const page = (head: string, body = story) => `<html><head>${head}</head><body>${body}</body></html>`
const datedHead = '<meta property="article:published_time" content="2031-03-14T08:00:00Z">'

describe('the reference date: the document, then the page, then the option', () => {
  const pipeline = tidings({corpus: [], published: '2031-01-08'})

  it.each([
    ['the document', {publishedAt: '2031-03-20', html: page(datedHead)}, {value: '2031-03-20', source: 'document'}, '2031-03-20'],
    ['the page', {html: page(datedHead)}, {value: '2031-03-14', source: 'metadata'}, '2031-03-14'],
    ['the option', {html: page('')}, {value: '2031-01-08', source: 'option'}, '2031-01-08'],
    ['the page, past a document date that names no day', {publishedAt: '2031-02-30', html: page(datedHead)}, {value: '2031-03-14', source: 'metadata'}, '2031-02-30']
  ])('%s', async (_name, document, referenceDate, publishedAt) => {
    const record = await pipeline.article({id: 'page', ...document})
    expect(record).toMatchObject({kind: 'article', referenceDate, publishedAt})
  })
})

describe('a page with no article text', () => {
  const pipeline = tidings({corpus: []})

  it.each([
    ['an empty page', '', 'The page has no text'],
    ['a page of markup alone', page('<title></title>', '<div><img src="a.png"></div>'), 'The page has no text'],
    ['a page of boilerplate alone', page('', '<p>Share this article</p><p>Comments</p>'), 'The page has no article text: every line of it is boilerplate']
  ])('%s gives an empty-input error record', async (_name, html, message) => {
    expect(await pipeline.article({id: 'page', html})).toEqual({kind: 'error', id: 'page', error: {code: 'empty-input', message}})
  })

  it('makes no event of it', async () => {
    const records = []
    for await (const record of tidings().run([{id: 'page', html: page('', '')}])) records.push(record)
    expect(records.map((record) => record.kind)).toEqual(['error'])
  })
})
