import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextSyntaxUrls from 'retext-syntax-urls'
import type {Plugin} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {type CorpusStage, createPipeline} from './pipeline.js'
import type {TidingsRecord} from './schema.js'
import {nodeSpan, paragraphFromSentences, paragraphNodes} from './tree.js'

/** A custom per-article stage, written the way a user writes one: counts words into `extensions`. */
const countWords: Plugin<[{minLength?: number}?], Root> = function (options = {}) {
  const minLength = options.minLength ?? 1
  if (!Number.isInteger(minLength) || minLength < 1) throw new TypeError('`minLength` must be a positive integer')
  return (tree: Root, file: VFile) => {
    let words = 0
    visit(tree, 'WordNode', (node) => {
      const end = node.position?.end.offset ?? 0
      const start = node.position?.start.offset ?? 0
      if (end - start >= minLength) words++
    })
    file.data.extensions = {...file.data.extensions, words}
  }
}

async function collect<T>(records: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = []
  for await (const record of records) list.push(record)
  return list
}

describe('createPipeline', () => {
  it('runs custom stages and builds the article record with offsets into the text', async () => {
    const pipeline = createPipeline({article: [[countWords, {minLength: 3}]]})
    const record = await pipeline.article({id: 'n1', text: 'The bridge opened.\nCars queued for an hour.', source: 'Gazette'})
    expect(record).toEqual({
      kind: 'article',
      id: 'n1',
      publishedAt: null,
      source: 'Gazette',
      text: 'The bridge opened.\nCars queued for an hour.',
      paragraphs: [
        {start: 0, end: 18},
        {start: 19, end: 43}
      ],
      sentences: [
        {start: 0, end: 18},
        {start: 19, end: 43}
      ],
      extensions: {words: 7},
      messages: []
    })
  })

  it('throws on bad options when built, not on the first article', () => {
    expect(() => createPipeline({article: [[countWords, {minLength: 0}]]})).toThrow('`minLength` must be a positive integer')
    expect(() => createPipeline({published: 'Jan 4'})).toThrow('Expected `published` as YYYY-MM-DD, not `Jan 4`')
    expect(() => createPipeline({published: '2025-13-40'})).toThrow('Expected `published` as a day of the calendar: there is no `2025-13-40`')
    expect(() => createPipeline({published: '2025-02-30'})).toThrow('Expected `published` as a day of the calendar: there is no `2025-02-30`')
    expect(() => createPipeline({corpus: [{name: 'broken'} as unknown as CorpusStage]})).toThrow(
      'Expected each corpus stage to have a `transform(records)` method'
    )
  })

  it('honours the sentence extensions of retext plugins, in core\'s parse and in sentences a stage cuts anew', async () => {
    // The parser sees the address as words and full stops; retext-syntax-urls makes it one source node.
    const sources: Plugin<[], Root> = () => (tree, file) => {
      const found: string[] = []
      visit(tree, 'SourceNode', (node) => {
        const {start, end} = nodeSpan(node)
        found.push(`${toString(node)} ${start}-${end}`)
      })
      file.data.extensions = {...file.data.extensions, sources: found}
    }
    // As segment does: every paragraph re-cut into sentences of its own (here, two at the full stop).
    const recut: Plugin<[], Root> = () => (tree, file) => {
      const text = file.data.text ?? ''
      tree.children = paragraphNodes(tree).map((paragraph) => {
        const {start, end} = nodeSpan(paragraph)
        const stop = text.indexOf('. ', start)
        const sentences = stop === -1 || stop >= end ? [{start, end}] : [{start, end: stop + 1}, {start: stop + 2, end}]
        return paragraphFromSentences(text, {start, end}, sentences, tree)
      })
    }
    const text = 'Flood maps are up. See rivers.example.org/maps today.\nThe gauge page is water.example.net now.'
    const parsed = await createPipeline({article: [retextSyntaxUrls, sources]}).article({id: 'u', text})
    expect(parsed).toMatchObject({extensions: {sources: ['rivers.example.org/maps 23-46', 'water.example.net 72-89']}})
    const cut = await createPipeline({article: [retextSyntaxUrls, recut, sources]}).article({id: 'u', text})
    expect(cut).toMatchObject({
      sentences: [
        {start: 0, end: 18},
        {start: 19, end: 53},
        {start: 54, end: 94}
      ],
      extensions: {sources: ['rivers.example.org/maps 23-46', 'water.example.net 72-89']}
    })
    // Without the plugin the address is words and full stops, as before.
    expect(await createPipeline({article: [sources]}).article({id: 'u', text})).toMatchObject({extensions: {sources: []}})
  })

  it('refuses retext plugins that extend the root, which would do nothing', () => {
    const extendRoot: Plugin<[], Root> = function () {
      this.data('nlcstRootExtensions' as never, [() => undefined] as never)
    }
    expect(() => createPipeline({article: [extendRoot]})).toThrow('Retext plugins that extend the root (`nlcstRootExtensions`) are not supported')
  })

  it('gives an error record for an input over the length limit', async () => {
    expect(await createPipeline({maxInputLength: 10}).article({id: 'long', text: 'Eleven char'})).toEqual({
      kind: 'error',
      id: 'long',
      error: {code: 'input-too-large', message: 'The input is 11 characters long, over the limit of 10 (pipeline option `maxInputLength`)'}
    })
    expect(() => createPipeline({maxInputLength: 0})).toThrow('Expected `maxInputLength` to be a positive integer, not `0`')
  })

  it('uses the published option only for documents without a date', async () => {
    const pipeline = createPipeline({published: '2024-02-01'})
    expect(await pipeline.article({id: 'a', text: 'x'})).toMatchObject({publishedAt: '2024-02-01'})
    expect(await pipeline.article({id: 'b', text: 'x', publishedAt: '2023-05-06'})).toMatchObject({publishedAt: '2023-05-06'})
  })

  it('keeps a publishedAt that names no day as given, with a message, and hands the stages the option apart', async () => {
    let seen: unknown
    const look: Plugin<[], Root> = () => (_tree, file) => {
      seen = file.data.document
    }
    const pipeline = createPipeline({article: [look], published: '2024-02-01'})
    const message = (value: string) => ({
      reason: `\`publishedAt\` \`${value}\` names no day of the calendar (YYYY-MM-DD, alone or followed by a time): kept as given, not used as the reference date`,
      ruleId: 'invalid-published-at',
      source: '@tidings/core'
    })
    expect(await pipeline.article({id: 'a', text: 'x', publishedAt: 'yesterday'})).toMatchObject({publishedAt: 'yesterday', messages: [message('yesterday')]})
    expect(seen).toEqual({id: 'a', format: 'text', publishedAt: 'yesterday', published: '2024-02-01'})
    expect(await pipeline.article({id: 'b', text: 'x', publishedAt: '2025-02-30T09:00:00Z'})).toMatchObject({messages: [message('2025-02-30T09:00:00Z')]})
    expect(await pipeline.article({id: 'c', text: 'x', publishedAt: '2024-02-29T09:00:00Z'})).toMatchObject({messages: []})
    expect(seen).toEqual({id: 'c', format: 'text', publishedAt: '2024-02-29T09:00:00Z', published: '2024-02-01'})
  })

  it('turns messages into record messages with offsets', async () => {
    const warn: Plugin<[], Root> = () => (tree, file) => {
      const sentence = tree.children[0]
      file.message('Odd sentence', {place: sentence?.position, ruleId: 'odd', source: 'test-stage'})
    }
    const record = await createPipeline({article: [warn]}).article({id: 'm', text: 'Hmm.'})
    expect(record).toMatchObject({messages: [{reason: 'Odd sentence', ruleId: 'odd', source: 'test-stage', start: 0, end: 4}]})
  })

  it('gives an error record, not a throw, for invalid documents, failing stages and HTML without the clean stage', async () => {
    const fail: Plugin<[], Root> = () => () => {
      throw new Error('boom')
    }
    expect(await createPipeline().article({id: 'x'})).toEqual({
      kind: 'error',
      id: 'x',
      error: {code: 'invalid-document', message: 'must be a document with `text` or `html` (was {"id":"x"})'}
    })
    expect(await createPipeline({article: [fail]}).article({id: 'y', text: 'a'})).toEqual({
      kind: 'error',
      id: 'y',
      error: {code: 'stage-failed', message: 'boom'}
    })
    expect(await createPipeline().article({id: 'z', html: '<p>a</p>'})).toMatchObject({kind: 'error', error: {code: 'html-needs-clean'}})
    expect(await createPipeline().article(42, {path: 'in.jsonl', line: 3})).toMatchObject({
      id: 'in.jsonl:3',
      input: {path: 'in.jsonl', line: 3}
    })
  })

  it('runs corpus stages over the stream, in order, passing records through', async () => {
    const tally: CorpusStage = {
      name: 'tally',
      async *transform(records) {
        let articles = 0
        for await (const record of records) {
          if (record.kind === 'article') articles++
          yield record
        }
        yield {kind: 'error', id: 'tally', error: {code: 'tally', message: `${articles} articles`}}
      }
    }
    const error: TidingsRecord = {kind: 'error', id: 'gone.txt', error: {code: 'unreadable-input', message: 'gone'}}
    const records = await collect(createPipeline({corpus: [tally]}).run([{id: 'a', text: 'One.'}, error, {id: 'b', text: 'Two.'}]))
    expect(records.map((record) => `${record.kind}:${record.id}`)).toEqual(['article:a', 'error:gone.txt', 'article:b', 'error:tally'])
    expect(records.at(-1)).toMatchObject({error: {message: '2 articles'}})
  })
})
