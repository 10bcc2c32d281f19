import {expect, it} from 'vitest'

it('pins the public exports', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'ArticleMetadata',
    'ArticleRecord',
    'DateMention',
    'DuplicateOf',
    'ErrorRecord',
    'EventRecord',
    'EventSource',
    'InputDocument',
    'MentionRef',
    'Quantity',
    'RecordMessage',
    'ReferenceDate',
    'RemovedSpan',
    'Span',
    'TidingsRecord',
    'Unit',
    'articleRecordDataKeys',
    'createPipeline',
    'defaultMaxInputLength',
    'errorRecord',
    'escapeRegExp',
    'extendLexicon',
    'isErrorRecord',
    'lineSpans',
    'nodeSpan',
    'paragraphFromSentences',
    'paragraphNodes',
    'parseParagraphs',
    'recordJsonSchema',
    'sentenceNodes',
    'textPoint',
    'textPosition',
    'trimSpan'
  ])
})
