/**
 * Every TypeScript snippet in the docs and the READMEs runs here, so the docs cannot rot. A snippet
 * followed by a ```text block labelled `Output:` on the line before must print exactly that.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const here = fileURLToPath(new URL('.', import.meta.url))
const snippetFolder = join(here, '.snippets')

function markdownFiles(): string[] {
  // docs/stages/ pages are the package READMEs, copied by reference.test.ts: their snippets run here once.
  const files = [join(root, 'README.md'), ...readdirSync(here).filter((name) => name.endsWith('.md')).map((name) => join(here, name))]
  for (const pkg of readdirSync(join(root, 'packages'))) {
    if (safeList(join(root, 'packages', pkg)).includes('README.md')) files.push(join(root, 'packages', pkg, 'README.md'))
  }
  return files
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}

interface Snippet {
  file: string
  line: number
  code: string
  output: string | undefined
}

function snippets(file: string): Snippet[] {
  const found: Snippet[] = []
  const text = readFileSync(file, 'utf8')
  const blocks = [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)]
  for (const [index, block] of blocks.entries()) {
    if (block[1] !== 'ts') continue
    const next = blocks[index + 1]
    const between = next ? text.slice((block.index ?? 0) + block[0].length, next.index) : ''
    const output = next && next[1] === 'text' && /Output:\s*$/.test(between) ? next[2] : undefined
    found.push({file: relative(root, file), line: text.slice(0, block.index).split('\n').length, code: block[2] ?? '', output})
  }
  return found
}

const all = markdownFiles().flatMap(snippets)
// The queue mode's snippets start a throwaway redis-server; a machine without one skips them, as the queue tests do.
const needsRedis = (snippet: Snippet) => snippet.code.includes('startRedisServer(')
const redisServerPresent = spawnSync('redis-server', ['--version']).status === 0
if (!redisServerPresent) console.warn('queue snippets skipped: no redis-server on the PATH (Debian: apt-get install redis-server)')

function runs(name: string, snippet: Snippet) {
  mkdirSync(snippetFolder, {recursive: true})
  const path = join(snippetFolder, `${name.replace(/[^\w]+/g, '_')}.mts`)
  writeFileSync(path, snippet.code)
  const result = spawnSync(process.execPath, ['--import', 'tsx', path], {cwd: here, encoding: 'utf8'})
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  if (snippet.output !== undefined) expect(result.stdout).toBe(snippet.output)
}

const named = (list: Snippet[]) => list.map((snippet) => [`${snippet.file}:${snippet.line}`, snippet] as const)

describe('documentation snippets', () => {
  it('finds snippets to run', () => {
    expect(all.length).toBeGreaterThan(0)
  })

  it.each(named(all.filter((snippet) => !needsRedis(snippet))))('%s runs', {timeout: 60_000}, runs)
  it.skipIf(!redisServerPresent).each(named(all.filter(needsRedis)))('%s runs', {timeout: 60_000}, runs)
})
