import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {readInputs, readJsonl} from './load.js'

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = []
  for await (const item of items) list.push(item)
  return list
}

const folder = mkdtempSync(join(tmpdir(), 'tidings-load-'))
function file(name: string, content: string | Buffer): string {
  const path = join(folder, name)
  writeFileSync(path, content)
  return path
}

describe('readInputs', () => {
  it('reads .txt as text and .html as a page, named by the file', async () => {
    const text = file('story.txt', '\uFEFFA storm hit.\nRoads closed.\n')
    const page = file('page.HTML', '<html><body><p>Hi</p></body></html>')
    expect(await collect(readInputs([text, page]))).toEqual([
      {id: 'story.txt', text: 'A storm hit.\nRoads closed.\n'},
      {id: 'page.HTML', html: '<html><body><p>Hi</p></body></html>'}
    ])
  })

  it('gives an error record for an empty, blank, binary, non-UTF-8 or missing file, and goes on', async () => {
    const records = await collect(
      readInputs([
        file('empty.txt', ''),
        file('blank.txt', ' \n\n'),
        file('binary.txt', Buffer.from([0x50, 0x00, 0x01])),
        file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])),
        join(folder, 'missing.txt'),
        file('fine.txt', 'Fine.')
      ])
    )
    expect(records.map((record) => ('error' in record ? `${record.kind}:${record.error.code}` : `document:${record.id}`))).toEqual([
      'error:empty-input',
      'error:empty-input',
      'error:binary-input',
      'error:not-utf8',
      'error:unreadable-input',
      'document:fine.txt'
    ])
  })

  it('reads a .jsonl file line by line, naming the line of a bad one', async () => {
    const jsonl = file('docs.jsonl', '{"id":"a","text":"One."}\n\n{"id":"b",\n{"id":"c"}\n{"id":"d","text":"x","html":"<p>y</p>"}\n')
    expect(await collect(readInputs([jsonl]))).toEqual([
      {id: 'a', text: 'One.'},
      {
        kind: 'error',
        id: `${jsonl}:3`,
        error: {code: 'invalid-json', message: expect.stringMatching(/^Line 3 is not JSON: /)},
        input: {path: jsonl, line: 3}
      },
      {
        kind: 'error',
        id: 'c',
        error: {code: 'invalid-document', message: 'Line 4: must be a document with `text` or `html` (was {"id":"c"})'},
        input: {path: jsonl, line: 4}
      },
      {id: 'd', text: 'x', html: '<p>y</p>'}
    ])
  })
})

describe('readJsonl', () => {
  it('drops html when asked, so the text is processed', async () => {
    const stream = Readable.from(['{"id":"d","text":"x","html":"<p>y</p>"}\r\n'])
    expect(await collect(readJsonl(stream, 'stdin', {ignoreHtml: true}))).toEqual([{id: 'd', text: 'x'}])
  })

  it('passes article records through, validated', async () => {
    const article = {kind: 'article', id: 'a', text: 'T.', paragraphs: [], sentences: [], messages: []}
    const stream = Readable.from([JSON.stringify(article) + '\n' + JSON.stringify({...article, id: 'b', sentences: 'none'}) + '\n'])
    const [first, second] = await collect(readJsonl(stream, 'in.jsonl'))
    expect(first).toEqual(article)
    expect(second).toMatchObject({kind: 'error', id: 'b', error: {code: 'invalid-document'}})
  })

  it('turns a failing stream into an error record instead of a crash', async () => {
    const stream = new Readable({
      read() {
        this.destroy(Object.assign(new Error('gone'), {code: 'EIO'}))
      }
    })
    expect(await collect(readJsonl(stream, 'broken.jsonl'))).toEqual([
      {
        kind: 'error',
        id: 'broken.jsonl:1',
        error: {code: 'unreadable-input', message: 'Reading broken.jsonl failed: EIO'},
        input: {path: 'broken.jsonl', line: 1}
      }
    ])
  })
})
