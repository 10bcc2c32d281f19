import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {checkOptions, isSchemaErrors, lazySchema} from './lazy-schema.js'
import {checkDocument, InputDocument} from './schema.js'

describe('lazySchema', () => {
  it('builds the schema on first use and then is the schema', () => {
    let builds = 0
    const Pair = lazySchema(({type}) => {
      builds++
      return type({left: 'number', right: 'number'})
    })
    expect(builds).toBe(0)
    expect(Pair({left: 1, right: 2})).toEqual({left: 1, right: 2})
    expect(isSchemaErrors(Pair({left: 1}))).toBe(true)
    expect(Pair.array()([{left: 1, right: 2}])).toEqual([{left: 1, right: 2}])
    expect(Pair.toJsonSchema()).toMatchObject({type: 'object', required: ['left', 'right']})
    expect(builds).toBe(1)
  })
})

describe('checkOptions', () => {
  const Options = lazySchema(({type}) => type({'size?': 'number.integer > 0'}))

  it('passes the defaults and valid options, and throws a TypeError naming the stage for bad ones', () => {
    expect(() => checkOptions('demo', Options, undefined)).not.toThrow()
    expect(() => checkOptions('demo', Options, {})).not.toThrow()
    expect(() => checkOptions('demo', Options, {size: 3})).not.toThrow()
    expect(() => checkOptions('demo', Options, {size: 0})).toThrow(new TypeError('Invalid options for demo: size must be positive (was 0)'))
  })
})

describe('checkDocument', () => {
  it('passes a usual document as it is, and gives the schema’s errors otherwise', () => {
    const document = {id: 'n1', text: 'Snow fell.', publishedAt: null, title: 'Snow'}
    expect(checkDocument(document)).toBe(document)
    const checked = checkDocument({id: 'n1', text: 'Snow fell.', url: 3})
    expect(isSchemaErrors(checked) && checked.summary).toBe('url must be a string (was a number)')
  })

  it('agrees with InputDocument on any value', () => {
    const field = fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined), fc.integer(), fc.boolean(), fc.array(fc.string()))
    const candidate = fc.oneof(
      fc.record(
        {id: field, text: field, html: field, publishedAt: field, title: field, url: field, source: field, extra: field},
        {requiredKeys: []}
      ),
      fc.anything()
    )
    fc.assert(
      fc.property(candidate, (value) => {
        const checked = checkDocument(value)
        const expected = InputDocument(value)
        if (isSchemaErrors(expected)) expect(isSchemaErrors(checked) && checked.summary).toBe(expected.summary)
        else expect(checked).toEqual(expected)
      }),
      {numRuns: 2000}
    )
  })
})
