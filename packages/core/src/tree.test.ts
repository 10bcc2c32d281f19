import type {Paragraph, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {
  lineSpans,
  nodeSpan,
  paragraphChunkLength,
  paragraphFromSentences,
  paragraphNodes,
  parseParagraphs,
  sentenceNodes,
  textPoint,
  textPosition
} from './tree.js'

describe('lineSpans', () => {
  it('gives the non-blank lines, trimmed, with CRLF and CR-free offsets', () => {
    const text = '  First line. \r\n\r\nSecond line\n\n\tThird\n'
    expect(lineSpans(text).map(({start, end}) => text.slice(start, end))).toEqual(['First line.', 'Second line', 'Third'])
  })

  it('gives nothing for empty or blank text', () => {
    expect(lineSpans('')).toEqual([])
    expect(lineSpans(' \n\t\n')).toEqual([])
  })
})

describe('textPoint and textPosition', () => {
  it('give line, column and offset for message places', () => {
    expect(textPoint('ab\ncd', 4)).toEqual({line: 2, column: 2, offset: 4})
    expect(textPosition('ab\ncd', {start: 1, end: 4})).toEqual({start: {line: 1, column: 2, offset: 1}, end: {line: 2, column: 2, offset: 4}})
  })

  it('give the same points asked in any order, across texts', () => {
    const text = 'ab\ncd\n\nef\ng'
    const expected = Array.from({length: text.length + 1}, (_, offset) => {
      const before = text.slice(0, offset)
      return {line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), offset}
    })
    const order = [8, 0, 9, 10, 3, 4, 11, 1, 7, 2, 5, 6]
    for (const offset of order) {
      expect(textPoint('\n'.repeat(offset), offset)).toEqual({line: offset + 1, column: 1, offset})
      expect(textPoint(text, offset)).toEqual(expected[offset])
    }
  })
})

describe('parseParagraphs', () => {
  const text = 'Boilerplate here.\nThe ministry said on Monday. Crews left.\nSubscribe now!\nA last line.'

  it('builds one paragraph a line whose positions are offsets into the text', () => {
    const tree = parseParagraphs(text)
    expect(paragraphNodes(tree).map((node) => text.slice(nodeSpan(node).start, nodeSpan(node).end))).toEqual([
      'Boilerplate here.',
      'The ministry said on Monday. Crews left.',
      'Subscribe now!',
      'A last line.'
    ])
  })

  it('keeps offsets and line/column exact over chosen pieces', () => {
    const second = text.indexOf('The ministry')
    const last = text.indexOf('A last')
    const tree = parseParagraphs(text, [
      {start: second, end: second + 'The ministry said on Monday. Crews left.'.length},
      {start: last, end: text.length}
    ])
    const sentences = sentenceNodes(tree)
    expect(sentences.map((node) => text.slice(nodeSpan(node).start, nodeSpan(node).end))).toEqual([
      'The ministry said on Monday.',
      'Crews left.',
      'A last line.'
    ])
    expect(sentences[1]?.position?.start).toEqual({line: 2, column: 30, offset: second + 29})
    expect(sentences[2]?.position?.start).toEqual({line: 4, column: 1, offset: last})
    expect(tree.position?.end.offset).toBe(text.length)
  })

  it('tokenizes a long paragraph in chunks and keeps its sentences and offsets whole', () => {
    const long = 'The river rose again today. '.repeat(1000) + 'Done'
    const tree = parseParagraphs(long)
    expect(tree.children).toHaveLength(1)
    const sentences = sentenceNodes(tree).map((node) => long.slice(nodeSpan(node).start, nodeSpan(node).end))
    expect(sentences).toHaveLength(1001)
    expect(new Set(sentences.slice(0, -1))).toEqual(new Set(['The river rose again today.']))
    expect(sentences.at(-1)).toBe('Done')
  })

  it('cuts a long paragraph without white space between code points', () => {
    const long = '😀'.repeat(paragraphChunkLength)
    const tree = parseParagraphs(long)
    const words = sentenceNodes(tree).flatMap((sentence) => sentence.children.map((node) => long.slice(nodeSpan(node).start, nodeSpan(node).end)))
    expect(words.join('')).toBe(long)
    expect(words.every((word) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(word))).toBe(true)
  })

  it('builds a paragraph from chosen sentence spans, white space between them', () => {
    const text = 'Intro\nHello world.Today is Monday.  Bye'
    const start = text.indexOf('Hello')
    const paragraph = paragraphFromSentences(text, {start, end: text.length}, [
      {start, end: start + 12},
      {start: start + 12, end: start + 28},
      {start: start + 30, end: text.length}
    ])
    expect(paragraph.children.map((child) => [child.type, text.slice(nodeSpan(child).start, nodeSpan(child).end)])).toEqual([
      ['SentenceNode', 'Hello world.'],
      ['SentenceNode', 'Today is Monday.'],
      ['WhiteSpaceNode', '  '],
      ['SentenceNode', 'Bye']
    ])
    expect(paragraph.children[0]?.position?.start).toEqual({line: 2, column: 1, offset: 6})
  })

  it('skips empty pieces', () => {
    expect(parseParagraphs('abc', [{start: 1, end: 1}]).children).toEqual([])
  })
})

describe('parseParagraphs with a tree to reuse', () => {
  it('lends the paragraphs that cover a piece exactly and tokenizes the rest', () => {
    const text = 'Rain fell.\nShare this.\nRoads closed.'
    const first = parseParagraphs(text)
    const rebuilt = parseParagraphs(text, [{start: 0, end: 10}, {start: 23, end: 29}], first)
    expect(rebuilt.children[0]).toBe(first.children[0])
    expect(rebuilt.children[1]).not.toBe(first.children[2])
    expect(rebuilt.children.map((paragraph) => [paragraph.position?.start.offset, paragraph.position?.end.offset])).toEqual([
      [0, 10],
      [23, 29]
    ])
  })

  it('tokenizes a piece that starts where a paragraph does but ends elsewhere, in a long text too', () => {
    const text = `${'Tide high. '.repeat(6000)}\nRain fell. Roads closed.`
    const first = parseParagraphs(text)
    const start = text.indexOf('Rain')
    const rebuilt = parseParagraphs(text, [{start: 0, end: 65_999}, {start, end: start + 10}, {start: start + 11, end: text.length}], first)
    expect(rebuilt.children[0]).toBe(first.children[0])
    expect(rebuilt.children[1]).not.toBe(first.children[1])
    expect(rebuilt.children.map((paragraph) => [paragraph.position?.start.offset, paragraph.position?.end.offset])).toEqual([
      [0, 65_999],
      [66_001, 66_011],
      [66_012, 66_025]
    ])
  })
})

describe('the tree is the parser’s tree', () => {
  const line = 'The U.S. envoy’s year-earlier visit — “cancelled!!!” 😀😀 at 5:30 p.m... Done?'

  it('has the words retext-english gives, with positions into the whole text', () => {
    const own = new ParseEnglish().tokenizeParagraph(line)
    expect(JSON.parse(JSON.stringify(parseParagraphs(line).children[0]))).toEqual(JSON.parse(JSON.stringify(own)))
    const text = `Intro.\r\n${line}`
    const words = sentenceNodes(parseParagraphs(text)).flatMap((sentence) => sentence.children.filter((node) => node.type === 'WordNode'))
    const envoy = words.find((word) => toString(word) === 'envoy’s')
    expect(envoy?.position).toEqual({start: {line: 2, column: 10, offset: 17}, end: {line: 2, column: 17, offset: 24}})
  })

  it('tokenizes a node’s words when they are first read, keeps them, and takes children set before that', () => {
    const paragraph = parseParagraphs('Crews left. Roads closed.').children[0] as Paragraph
    expect(Object.keys(paragraph)).toEqual(['type', 'position'])
    expect(paragraph.children.map((sentence) => toString(sentence))).toEqual(['Crews left.', ' ', 'Roads closed.'])
    expect(Object.getOwnPropertyDescriptor(paragraph, 'children')?.value).toBe(paragraph.children)
    const sentence = paragraphFromSentences('Crews left.', {start: 0, end: 11}, [{start: 0, end: 11}]).children[0] as Sentence
    sentence.children = []
    expect(sentence.children).toEqual([])
    expect(JSON.stringify(parseParagraphs('Hi.'))).toBe(
      '{"type":"RootNode","children":[{"type":"ParagraphNode","children":[{"type":"SentenceNode","children":[{"type":"WordNode","children":[{"type":"TextNode","value":"Hi","position":{"start":{"line":1,"column":1,"offset":0},"end":{"line":1,"column":3,"offset":2}}}],"position":{"start":{"line":1,"column":1,"offset":0},"end":{"line":1,"column":3,"offset":2}}},{"type":"PunctuationNode","value":".","position":{"start":{"line":1,"column":3,"offset":2},"end":{"line":1,"column":4,"offset":3}}}],"position":{"start":{"line":1,"column":1,"offset":0},"end":{"line":1,"column":4,"offset":3}}}],"position":{"start":{"line":1,"column":1,"offset":0},"end":{"line":1,"column":4,"offset":3}}}],"position":{"start":{"line":1,"column":1,"offset":0},"end":{"line":1,"column":4,"offset":3}}}'
    )
  })
})
