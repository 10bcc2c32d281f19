/**
 * Hostile input, by accident: the whole pipeline, with every built-in stage this build has, over
 * arbitrary Unicode (lone surrogates, NUL, control characters, BOM, RTL, combining marks, emoji,
 * CR and CRLF) mixed with news fragments. It never throws, every offset is inside the text and on
 * code-point boundaries, every mention is the text at its offsets, cleaning invents nothing, and
 * the same input gives the same output.
 */
import {ArticleRecord, EventRecord, type TidingsRecord} from '@tidings/core'
import {ArkErrors} from 'arktype'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {tidings} from './pipeline.js'

const fragments = [
  'Dec. 30', 'on Tuesday', 'last year', 'next week', '2019', 'the 1990s', '5 p.m.', '$64 billion', '£2,000 and €5m',
  'about 550 miles', '900 km', 'at least five civilians', 'S-300', 'Mr. Smith', 'U.S.', 'No. 5', '3.5%', '1.5 million',
  'Share this article', 'By. Jane Doe', 'Comments', '|', '\n', '\r\n', '\r', '\u0000', '\uFEFF', '\u200F', '\u0301',
  '👩‍👩‍👧', '\uD800', '\uDC00', 'Ünïcödé', 'مرحبا', '。', '...', '“', '”', '(', ')', '—', ' ', '\t', '.',
  '7- or 8-inch', '.534', 'a half hour', 'half a million', 'Thanksgiving', 'the following year', 'later that year',
  'one - time', '12 m 40 cm', 'two of the victims', 'Model 3s', 'A.D. 1000', 'december 1', '$2 million a year', '6 ft 2 in',
  '20 (kg)', 'per annum', 'You may also like', '1) ', '…'
]

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({unit: 'binary', maxLength: 12}), fc.string({unit: 'grapheme', maxLength: 8})), {
    maxLength: 40
  })
  .map((parts) => parts.join(''))

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

function checkSpan(text: string, span: {start: number; end: number}, what: string): void {
  expect(span.start, what).toBeGreaterThanOrEqual(0)
  expect(span.end, what).toBeLessThanOrEqual(text.length)
  expect(span.start, what).toBeLessThanOrEqual(span.end)
  expect(splitsSurrogatePair(text, span.start) || splitsSurrogatePair(text, span.end), `${what} splits a surrogate pair`).toBe(false)
}

describe('the whole pipeline on hostile text', () => {
  const pipeline = tidings({corpus: []})

  // Each stage with only what it needs, then all of them: a stage must hold on its own input too,
  // not only on what the stages before it leave.
  it.each([
    ['clean', ['clean']],
    ['segment', ['segment']],
    ['dates', ['segment', 'dates']],
    ['quantities', ['segment', 'dates', 'quantities']],
    ['entities', ['segment', 'dates', 'entities']],
    ['every stage', undefined]
  ] as const)('%s holds its invariants', async (_name, stages) => {
    const pipeline = tidings({corpus: [], ...(stages ? {stages} : {})})
    await fc.assert(
      fc.asyncProperty(hostileText, fc.option(fc.constantFrom('2024-01-04', '1999-12-31')), async (text, publishedAt) => {
        const record = await pipeline.article({id: 'p', text, publishedAt})
        expect(record.kind).toBe('article')
        if (record.kind !== 'article') return
        expect(ArticleRecord(record)).not.toBeInstanceOf(ArkErrors)
        for (const span of [...record.paragraphs, ...record.sentences]) checkSpan(text, span, 'paragraph or sentence')
        for (const mention of [...(record.dates ?? []), ...(record.quantities ?? []), ...(record.entities ?? []), ...(record.removed ?? [])]) {
          checkSpan(text, mention, JSON.stringify(mention))
          expect(text.slice(mention.start, mention.end)).toBe(mention.text)
        }
        for (const line of (record.cleanText ?? '').split('\n')) expect(text.includes(line), `invented ${JSON.stringify(line)}`).toBe(true)
        expect(await pipeline.article({id: 'p', text, publishedAt})).toEqual(record)
      }),
      {numRuns: stages ? 150 : 300}
    )
  })

  it('holds them on HTML too', async () => {
    const html = fc.array(fc.oneof(fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<script>', '</script>', '<br>', '&amp;', '&#x1F600;', '<!--', '-->'), hostileText), {maxLength: 20}).map((parts) => parts.join(''))
    await fc.assert(
      fc.asyncProperty(html, async (page) => {
        const record = await pipeline.article({id: 'h', html: page})
        if (record.kind === 'error') {
          // A page of markup and boilerplate alone has no article to give.
          expect(record.error.code).toBe('empty-input')
          return
        }
        for (const span of [...record.paragraphs, ...record.sentences]) checkSpan(record.text, span, 'paragraph or sentence')
        expect(await pipeline.article({id: 'h', html: page})).toEqual(record)
      }),
      {numRuns: 150}
    )
  })

  it('gives the corpus stages one event per article group, whole, with mentions that point into the articles', async () => {
    // A fresh pipeline each time: the corpus stages keep their index across runs of one pipeline.
    const runAll = async (texts: string[]) => {
      const records: TidingsRecord[] = []
      for await (const record of tidings().run(texts.map((text, index) => ({id: `d${index}`, text, publishedAt: '2024-01-04'})))) records.push(record)
      return records
    }
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, {minLength: 1, maxLength: 6}), async (texts) => {
        const records = await runAll(texts)
        const articles = new Map(records.flatMap((record) => (record.kind === 'article' ? [[record.id, record] as const] : [])))
        const events = records.filter((record): record is EventRecord => record.kind === 'event')
        expect(records.slice(0, texts.length).map((record) => record.id)).toEqual(texts.map((_, index) => `d${index}`))
        expect(events.flatMap((event) => event.articles).sort()).toEqual([...articles.keys()].sort())
        for (const event of events) {
          expect(EventRecord(event)).not.toBeInstanceOf(ArkErrors)
          const mentions = [...event.timeline.flatMap((entry) => entry.mentions), ...event.facts.flatMap((fact) => fact.mentions), ...event.conflicts.flatMap((conflict) => conflict.sides.flatMap((side) => side.mentions))]
          for (const mention of mentions) {
            const text = articles.get(mention.article)!.text
            checkSpan(text, mention, JSON.stringify(mention))
            expect(text.slice(mention.start, mention.end)).toBe(mention.text)
          }
        }
        expect(await runAll(texts)).toEqual(records)
      }),
      {numRuns: 60}
    )
  })

  it('reads a word that names a property every object inherits as it reads any unknown word', async () => {
    // Word lists are tables: "constructor" once found a function in them and gave "5 constructor teams" no value.
    const pipeline = tidings({corpus: []})
    const templates = ['The firm hired 5 W teams on Monday.', 'They paid 3 W for it.', 'On W 5, officials met.', 'It fell 5 W 3.', 'He arrived two W ago.', 'W said the talks in W would resume.']
    const read = async (template: string, word: string) =>
      JSON.stringify(await pipeline.article({id: 'w', text: template.replaceAll('W', word), publishedAt: '2025-03-10'})).replaceAll(word, 'W')
    for (const name of Object.getOwnPropertyNames(Object.prototype).filter((name) => /^[a-z]+$/i.test(name))) {
      // An unknown word of the same length and the same capitals.
      const unknown = [...name].map((letter, index) => (letter === letter.toUpperCase() ? 'ZORBIT' : 'zorbit')[index % 6]).join('')
      for (const template of templates) expect(await read(template, name), `${name} in "${template}"`).toBe(await read(template, unknown))
    }
  })
})
