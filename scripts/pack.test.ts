/**
 * What an npm user gets is what is tested: every publishable package passes publint, is packed with
 * `pnpm pack`, installed from the tarballs into a project outside the workspace, imported there,
 * and its `tidings` bin run.
 */
import {execFileSync, execSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {publint} from 'publint'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const publishable = readdirSync(join(root, 'packages')).filter((name) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as {private?: boolean}
  return !manifest.private
})

describe('published packages', () => {
  it.each(publishable)('%s passes publint', async (name) => {
    const {messages} = await publint({pkgDir: join(root, 'packages', name), strict: true})
    expect(messages.filter((message) => message.type !== 'suggestion')).toEqual([])
  })

  it('install from their tarballs, import, and run the bin', {timeout: 300_000}, () => {
    const packs = mkdtempSync(join(tmpdir(), 'tidings-packs-'))
    for (const name of publishable) {
      execSync(`pnpm pack --pack-destination ${packs}`, {cwd: join(root, 'packages', name), stdio: 'ignore'})
    }
    const project = mkdtempSync(join(tmpdir(), 'tidings-user-'))
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'user-project', private: true, type: 'module'}))
    const tarballs = readdirSync(packs).map((file) => join(packs, file))
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], {cwd: project, stdio: 'ignore'})

    writeFileSync(
      join(project, 'use.mjs'),
      [
        "import {tidings} from 'tidings'",
        "const record = await tidings().article({id: 'a', text: 'The council met on Monday.', publishedAt: '2024-05-08'})",
        'console.log(record.kind, record.id, record.sentences.length)'
      ].join('\n')
    )
    expect(execFileSync(process.execPath, ['use.mjs'], {cwd: project, encoding: 'utf8'})).toBe('article a 1\n')

    const bin = join(project, 'node_modules/.bin/tidings')
    const output = execFileSync(bin, ['articles', '--jsonl', '-', '--quiet'], {
      cwd: project,
      input: '{"id":"b","text":"Ships left port."}\n',
      encoding: 'utf8'
    })
    expect(JSON.parse(output)).toMatchObject({kind: 'article', id: 'b', text: 'Ships left port.'})
  })
})
