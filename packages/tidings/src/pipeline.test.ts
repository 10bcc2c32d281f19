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
