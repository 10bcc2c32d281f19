import {createRequire} from 'node:module'
import type * as ArktypeModule from 'arktype'
import type {ArkErrors} from 'arktype'

export type Arktype = typeof ArktypeModule

let loaded: Arktype | undefined

/**
 * arktype, loaded the first time a schema is used. Importing it builds its keyword scopes, which
 * took longer than the rest of a one-document `tidings articles` (issue #21), so a job whose
 * options are the defaults and whose documents pass `plainDocument` never loads it. Loaded with
 * `require` (an ES module, as Node 20.19 and later allow) because a stage checks its options
 * synchronously, when the pipeline is built.
 */
export function arktype(): Arktype {
  try {
    loaded ??= createRequire(import.meta.url)('arktype') as Arktype
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_REQUIRE_ESM') throw error
    throw new Error(`Checking options and documents needs Node 20.19 or later, which can require ES modules (this is ${process.version})`)
  }
  return loaded
}

/**
 * A schema that is built on first use and otherwise is the schema itself: call it, read its
 * `infer`, `array()`, `toJsonSchema()`... Modules declare their schemas at top level without
 * loading arktype.
 */
export function lazySchema<Schema extends object>(build: (ark: Arktype) => Schema): Schema {
  let schema: Schema | undefined
  const built = (): Schema => {
    schema ??= build(arktype())
    return schema
  }
  // An arrow function target: callable, and with no non-configurable keys to keep in step with the schema's.
  return new Proxy((() => undefined) as unknown as Schema, {
    apply: (_target, self, args) => Reflect.apply(built() as (...args: unknown[]) => unknown, self, args),
    get: (_target, key) => Reflect.get(built(), key),
    set: (_target, key, value) => Reflect.set(built(), key, value),
    has: (_target, key) => Reflect.has(built(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(built())
  })
}

/** True for a schema's verdict of invalid data. No such verdict exists before arktype is loaded. */
export function isSchemaErrors(value: unknown): value is ArkErrors {
  return loaded !== undefined && value instanceof loaded.ArkErrors
}

/**
 * Check a stage's options against its schema when the pipeline is built. Options left out, or
 * given as `{}`, are the defaults: every stage's options are optional, so they need no check.
 */
export function checkOptions(stage: string, schema: (options: unknown) => unknown, options: unknown): void {
  if (options === undefined || (Object.getPrototypeOf(options) === Object.prototype && Object.keys(options as object).length === 0)) return
  const checked = schema(options)
  if (isSchemaErrors(checked)) throw new TypeError(`Invalid options for ${stage}: ${checked.summary}`)
}
