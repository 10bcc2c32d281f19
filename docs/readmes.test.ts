import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'

const packages = fileURLToPath(new URL('../packages', import.meta.url))
const sections = ['What is this', 'When to use it', 'Install', 'Use', 'API', 'Options', 'Messages', 'Types']
const published = readdirSync(packages).filter((name) => {
  const manifest = join(packages, name, 'package.json')
  return existsSync(manifest) && !JSON.parse(readFileSync(manifest, 'utf8')).private
})

it.each(published)('packages/%s/README.md has the sections every package README has, in order', (name) => {
  const readme = readFileSync(join(packages, name, 'README.md'), 'utf8')
  const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1])
  expect(headings.filter((heading) => sections.includes(heading as string))).toEqual(sections)
  // The Use section shows a snippet and its exact output, which docs/snippets.test.ts runs.
  const use = readme.slice(readme.indexOf('## Use'), readme.indexOf('## API'))
  expect(use).toMatch(/```ts\n[\s\S]+?```\n\nOutput:\n\n```text\n/)
})
