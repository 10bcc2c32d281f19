import type {ArkErrors} from 'arktype'
import {lazySchema} from './lazy-schema.js'
import {ArticleMetadata, RemovedSpan} from './clean-schema.js'
import {DateMention, ReferenceDate} from './date-schema.js'
import {Entity, Place} from './entity-schema.js'
import {EventRecord} from './event-schema.js'
import {Quantity} from './quantity-schema.js'
import {RuleHit} from './rule-hits.js'
import {Span} from './span.js'

/** An article as a user hands it in: plain text or a whole HTML page. */
export const InputDocument = lazySchema(({type}) => type({
  id: 'string > 0',
  'text?': 'string',
  'html?': 'string',
  'publishedAt?': 'string | null',
  'title?': 'string',
  'url?': 'string',
  'source?': 'string'
}).narrow((document, context) =>
  document.text !== undefined || document.html !== undefined
    ? true
    : context.mustBe('a document with `text` or `html`')
))
export type InputDocument = typeof InputDocument.infer

const optionalDocumentStrings = ['text', 'html', 'title', 'url', 'source'] as const

/**
 * `InputDocument(value)`, with a document of the usual shape passed as it is without building the
 * schema, so most jobs never load arktype. Anything else, valid or not, goes to the schema, which
 * alone words the errors.
 */
export function checkDocument(value: unknown): InputDocument | ArkErrors {
  return isPlainDocument(value) ? value : InputDocument(value)
}

function isPlainDocument(value: unknown): value is InputDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const document = value as Record<string, unknown>
  if (typeof document.id !== 'string' || document.id.length === 0) return false
  if (document.text === undefined && document.html === undefined) return false
  if ('publishedAt' in document && document.publishedAt !== null && typeof document.publishedAt !== 'string') return false
  return optionalDocumentStrings.every((key) => !(key in document) || typeof document[key] === 'string')
}

/** A warning a stage left on an article: content it could not handle, never a crash. */
export const RecordMessage = lazySchema(({type}) => type({
  reason: 'string',
  'ruleId?': 'string',
  'source?': 'string',
  'start?': 'number.integer >= 0',
  'end?': 'number.integer >= 0'
}))
export type RecordMessage = typeof RecordMessage.infer

export const DuplicateOf = lazySchema(({type}) => type({article: 'string', similarity: '0 <= number <= 1'}))
export type DuplicateOf = typeof DuplicateOf.infer

/** One processed article. Every offset points into `text`, the text the user gave (or the page's text, for HTML). */
export const ArticleRecord = lazySchema(({type}) => type({
  kind: "'article'",
  id: 'string',
  'publishedAt?': 'string | null',
  'title?': 'string',
  'url?': 'string',
  'source?': 'string',
  text: 'string',
  paragraphs: Span.array(),
  sentences: Span.array(),
  'cleanText?': 'string',
  'removed?': RemovedSpan.array(),
  'metadata?': ArticleMetadata,
  'referenceDate?': ReferenceDate,
  'dates?': DateMention.array(),
  'quantities?': Quantity.array(),
  'entities?': Entity.array(),
  'places?': Place.array(),
  'duplicateOf?': DuplicateOf,
  'extensions?': 'Record<string, unknown>',
  /** The rules that fired, when the pipeline traces them (`traceRules`). */
  'ruleHits?': RuleHit.array(),
  messages: RecordMessage.array()
}))
export type ArticleRecord = typeof ArticleRecord.infer

/** An input that could not be processed: what failed and why. The batch goes on. */
export const ErrorRecord = lazySchema(({type}) => type({
  kind: "'error'",
  id: 'string',
  error: {code: 'string', message: 'string'},
  'input?': {'path?': 'string', 'line?': 'number.integer >= 1'}
}))
export type ErrorRecord = typeof ErrorRecord.infer

export const TidingsRecord = lazySchema(() => ArticleRecord.or(EventRecord).or(ErrorRecord))
export type TidingsRecord = typeof TidingsRecord.infer

/** The keys a per-article stage may write to `file.data` that become fields of the article record. */
export const articleRecordDataKeys = [
  'cleanText',
  'removed',
  'metadata',
  'referenceDate',
  'dates',
  'quantities',
  'entities',
  'places',
  'duplicateOf',
  'extensions',
  'ruleHits'
] as const satisfies ReadonlyArray<keyof ArticleRecord>
