/**
 * The record reference, the CLI reference and the stage pages are generated: the records from the
 * arktype schemas (through their JSON Schema), the CLI from its own help, each stage page from its
 * package README (one text, read on npm and in the docs). These tests fail when a page is stale;
 * `TIDINGS_WRITE_DOCS=1 pnpm vitest run docs` rewrites them.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {recordJsonSchema} from '@tidings/core'
import {describe, expect, it} from 'vitest'

interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema | JsonSchema[]
  prefixItems?: JsonSchema[]
  anyOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  minimum?: number
  maximum?: number
  minLength?: number
  additionalProperties?: JsonSchema | boolean
}

function typeOf(schema: JsonSchema): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const)
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' \\| ')
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' \\| ')
  if (schema.prefixItems) return `[${schema.prefixItems.map(typeOf).join(', ')}]`
  if (schema.type === 'array') return `${schema.items && !Array.isArray(schema.items) ? typeOf(schema.items) : 'unknown'}[]`
  if (schema.type === 'object' && schema.properties) return 'object'
  if (schema.type === 'object') return 'object (any keys)'
  if (schema.type === 'integer' || (schema.type === 'number' && schema.minimum === 0)) return schema.type === 'integer' ? 'integer' : 'number ≥ 0'
  return String(schema.type ?? 'unknown')
}

function objectOf(schema: JsonSchema): JsonSchema | undefined {
  if (schema.type === 'object' && schema.properties) return schema
  if (schema.type === 'array' && schema.items && !Array.isArray(schema.items)) return objectOf(schema.items)
  return undefined
}

/** One table row per field, nested objects flattened to dotted paths. */
function rows(schema: JsonSchema, prefix = ''): string[] {
  const lines: string[] = []
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`
    const required = schema.required?.includes(name) ? 'yes' : ''
    lines.push(`| \`${path}\` | ${typeOf(field)} | ${required} |`)
    const nested = objectOf(field)
    if (nested) lines.push(...rows(nested, `${path}${field.type === 'array' ? '[]' : ''}.`))
  }
  return lines
}

function recordsPage(): string {
  const schema = recordJsonSchema() as unknown as {$defs: {InputDocument: JsonSchema; TidingsRecord: {anyOf: JsonSchema[]}}}
  const kinds = new Map(schema.$defs.TidingsRecord.anyOf.map((record) => [String(record.properties?.kind?.const), record]))
  const table = (record: JsonSchema | undefined) => ['| field | type | required |', '|---|---|---|', ...(record ? rows(record) : [])].join('\n')
  return `# Record reference

Generated from the arktype schemas of \`@tidings/core\` (their JSON Schema is [schema.json](schema.json));
never edit by hand. Offsets (\`start\`, \`end\`) are JavaScript string indices into the article record's
\`text\`: \`text.slice(start, end)\` is the mention.

## Input document

What you hand in: one JSON object a line for \`--jsonl\`, or the object you pass to the library.
One of \`text\` or \`html\` is required.

${table(schema.$defs.InputDocument)}

## Article record (\`kind: "article"\`)

One per input document that could be processed.

${table(kinds.get('article'))}

## Event record (\`kind: "event"\`)

One per real-world event, after the article records.

${table(kinds.get('event'))}

## Error record (\`kind: "error"\`)

One per input that could not be processed: what failed and why. The batch goes on.

${table(kinds.get('error'))}
`
}

const cli = fileURLToPath(new URL('../packages/tidings/dist/cli.js', import.meta.url))
function help(args: string[]): string {
  return spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8'}).stdout
}

function cliPage(): string {
  const main = help(['--help'])
  const names = [...main.matchAll(/^ {2}(\w+) {2,}/gm)].map((match) => match[1] as string)
  const sections = names.map((name) => `## tidings ${name}\n\n\`\`\`text\n${help([name, '--help']).trimEnd()}\n\`\`\`\n`)
  return `# CLI reference

Generated from \`tidings --help\` and each command's \`--help\`; never edit by hand.

\`\`\`text
${main.trimEnd()}
\`\`\`

${sections.join('\n')}`
}

const stagePackages = ['clean', 'segment', 'quantities', 'dates', 'entities', 'places', 'dedupe', 'events']

/** A package README as a docs page: both sit two folders below the root, so relative links hold. */
function stagePage(name: string): string {
  const readme = readFileSync(fileURLToPath(new URL(`../packages/${name}/README.md`, import.meta.url)), 'utf8')
  return `<!-- Generated from packages/${name}/README.md by docs/reference.test.ts: edit the README. -->\n\n${readme}`
}

describe('generated reference pages', () => {
  it.each([
    ['records.md', recordsPage],
    ['cli.md', cliPage],
    ...stagePackages.map((name): [string, () => string] => [`stages/${name}.md`, () => stagePage(name)])
  ])('docs/%s is current', {timeout: 120_000}, (file, render) => {
    const path = fileURLToPath(new URL(file, import.meta.url))
    const page = render()
    if (process.env.TIDINGS_WRITE_DOCS) {
      mkdirSync(fileURLToPath(new URL('stages', import.meta.url)), {recursive: true})
      writeFileSync(path, page)
    }
    expect(readFileSync(path, 'utf8')).toBe(page)
  })
})
