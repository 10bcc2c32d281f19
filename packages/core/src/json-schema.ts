import {InputDocument, TidingsRecord} from './schema.js'

/**
 * JSON Schemas for users outside TypeScript, generated from the arktype schemas so they are never
 * written twice. The document's "text or html" rule is a predicate JSON Schema cannot express; it
 * becomes `anyOf` of the two required keys.
 */
export interface RecordJsonSchema {
  $schema: string
  $defs: {InputDocument: object; TidingsRecord: object}
}

export function recordJsonSchema(): RecordJsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $defs: {
      InputDocument: {
        ...InputDocument.toJsonSchema({fallback: {predicate: (context) => context.base}}),
        anyOf: [{required: ['text']}, {required: ['html']}]
      },
      TidingsRecord: TidingsRecord.toJsonSchema()
    }
  }
}
