export {ArticleMetadata, RemovedSpan} from './clean-schema.js'
export {DateMention, ReferenceDate} from './date-schema.js'
export {Entity, Place} from './entity-schema.js'
export {EventActor, EventPlace, EventRecord, EventSource, MentionRef} from './event-schema.js'
export {Quantity, Unit} from './quantity-schema.js'
export {
  ArticleRecord,
  articleRecordDataKeys,
  checkDocument,
  DuplicateOf,
  ErrorRecord,
  InputDocument,
  RecordMessage,
  TidingsRecord
} from './schema.js'
export {checkOptions, isSchemaErrors, lazySchema} from './lazy-schema.js'
export {RuleHit, traceRule, tracingRules} from './rule-hits.js'
export {Span} from './span.js'
export {
  type CorpusStage,
  createPipeline,
  defaultMaxInputLength,
  type DocumentInfo,
  errorRecord,
  type InputOrigin,
  isErrorRecord,
  type Pipeline,
  type PipelineInput,
  type PipelineOptions
} from './pipeline.js'
export {
  lineSpans,
  nodeSpan,
  paragraphFromSentences,
  paragraphNodes,
  parseParagraphs,
  sentenceNodes,
  textPoint,
  textPosition
} from './tree.js'
export {type RecordJsonSchema, recordJsonSchema} from './json-schema.js'
// Moved to the shared lexicon; kept here so stages that import them from core go on working.
export {escapeRegExp, extendLexicon, trimSpan} from '@tidings/lexicon'
