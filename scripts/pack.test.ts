/**
 * What an npm user gets is what is tested: every package under packages/ that is not private (so
 * a new package is checked as soon as it exists) is packed as `pnpm publish` would pack it, and
 * each tarball must pass publint, are-the-types-wrong and `npm publish --dry-run` without a
 * complaint. The tarballs are then installed the way docs/getting-started.md tells users to, into a
 * project outside the workspace, imported there, and their `tidings` bin run.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {publint} from 'publint'
import {formatMessage} from 'publint/utils'
import {beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: a plain script, without types of its own
import {publishablePackages} from './pack.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const publishable = publishablePackages() as string[]
const manifest = (folder: string) =>
  JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {name: string; private?: boolean; bin?: Record<string, string>; scripts?: Record<string, string>; publishConfig?: {access?: string}}
const installDocs = readFileSync(join(root, 'docs/getting-started.md'), 'utf8')

/** The shell block of docs/getting-started.md's Install section: what a user runs. */
function documentedInstall(): string[] {
  const section = installDocs.slice(installDocs.indexOf('## Install'), installDocs.indexOf('\n## ', installDocs.indexOf('## Install') + 1))
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
  return block.split('\n').filter((line) => line.trim() && !line.startsWith('#'))
}

describe('published packages', () => {
  const packs = mkdtempSync(join(tmpdir(), 'tidings-packs-'))
  const tarballs = new Map<string, string>()
  const tarballFiles = (name: string) => execFileSync('tar', ['-tzf', tarballs.get(name)!], {encoding: 'utf8'}).split('\n')

  beforeAll(() => {
    // The command the docs give, with a folder of our own.
    const output = execFileSync('pnpm', ['--silent', 'packages:pack', packs], {cwd: root, encoding: 'utf8'})
    // One tarball a line, in the order of publishablePackages().
    for (const [index, file] of output.trim().split('\n').entries()) tarballs.set(publishable[index]!, file)
  }, 120_000)

  it('are every package under packages/ that is not private', () => {
    expect(publishable).toContain('tidings')
    expect(publishable).toContain('core')
    expect(publishable).not.toContain('bench')
    expect([...tarballs.keys()]).toEqual(publishable)
  })

  it.each(publishable)('%s passes publint on its tarball', async (name) => {
    const tarball = readFileSync(tarballs.get(name)!)
    const {messages, pkg} = await publint({pack: {tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength)}, strict: true})
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([])
  })

  // publint checks the conditions it knows; a tool that asks for another (the workspace's `source`,
  // say) must not be sent to a file the tarball leaves out.
  it.each(publishable)('%s: every export of its tarball, under any condition, is a file in it', (name) => {
    const tarball = tarballs.get(name)!
    const files = new Set(execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'}).split('\n').map((file) => file.replace(/^package\//, './')))
    const packed = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {encoding: 'utf8'})) as {exports?: unknown}
    const targets = (value: unknown): string[] => (typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(targets) : [])
    expect(targets(packed.exports).filter((target) => !files.has(target))).toEqual([])
  })

  // A stage reads prepared data beside its modules (`new URL('./file', import.meta.url)`); some
  // fall back to slower sources when it is missing, so only the tarball's contents tell.
  it.each(publishable)('%s: its tarball holds every file its modules read beside them', (name) => {
    const source = join(root, 'packages', name, 'src')
    const beside = readdirSync(source)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) => [...readFileSync(join(source, file), 'utf8').matchAll(/new URL\('\.\/([\w.-]+)', import\.meta\.url\)/g)].map((match) => `package/dist/${match[1]}`))
    const files = tarballFiles(name)
    expect(beside.filter((file) => !files.includes(file))).toEqual([])
  })

  // A user gets what runs: not the scripts a build runs (`node dist/write-x.js`), nor maps of the
  // bin's bundle, which nobody steps into (1.7 MB of the tidings tarball). The maps of a package's
  // own modules stay, for a user who debugs into the library: its entry, its shared chunks, and a
  // module it loads only when needed (clean's HTML reader, `html-*.js`).
  it.each(publishable)('%s: its tarball holds no build script and no map but of its own modules', (name) => {
    const {scripts} = manifest(join(root, 'packages', name))
    const buildScripts = [...(scripts?.build ?? '').matchAll(/node (dist\/[\w-]+)\.js/g)].map((match) => `package/${match[1]}.`)
    const files = tarballFiles(name)
    expect(files.filter((file) => buildScripts.some((script) => file.startsWith(script)))).toEqual([])
    expect(files.filter((file) => file.endsWith('.map') && !/^package\/dist\/(?:index|chunk-\w+|html-\w+)\.js\.map$/.test(file))).toEqual([])
  })

  // ESM only by choice (Node 20): CommonJS and node10 resolution are not offered, so not checked.
  it.each(publishable)('%s passes are-the-types-wrong', {timeout: 60_000}, (name) => {
    const attw = join(root, 'node_modules/.bin/attw')
    const result = spawnSync(attw, [tarballs.get(name)!, '--profile', 'esm-only', '--format', 'json'], {encoding: 'utf8'})
    const analysis = JSON.parse(result.stdout) as {analysis: {problems: Array<{kind: string; entrypoint: string; resolutionKind: string}>}}
    const checked = analysis.analysis.problems.filter((problem) => problem.resolutionKind !== 'node10' && problem.resolutionKind !== 'node16-cjs')
    expect(checked).toEqual([])
    expect(result.status).toBe(0)
  })

  it.each(publishable)('%s: npm publish --dry-run has nothing to say but that we are not logged in', {timeout: 60_000}, (name) => {
    // pnpm passes its own settings down as npm_config_* variables, which npm would warn about.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')))
    const result = spawnSync('npm', ['publish', '--dry-run', tarballs.get(name)!], {cwd: packs, encoding: 'utf8', env})
    expect(result.status).toBe(0)
    const warnings = result.stderr.split('\n').filter((line) => /^npm (?:warn|error)/i.test(line) && !/requires you to be logged in/.test(line))
    expect(warnings).toEqual([])
    // A scoped package is private on the registry unless it says otherwise.
    const {name: packageName, publishConfig} = manifest(join(root, 'packages', name))
    if (packageName.startsWith('@')) expect(publishConfig?.access, `${packageName} needs "publishConfig": {"access": "public"}`).toBe('public')
  })

  it('have every bin in the repository, so a fresh install links it before any build', () => {
    const tracked = new Set(execFileSync('git', ['ls-files'], {cwd: root, encoding: 'utf8'}).split('\n'))
    const missing = publishable.flatMap((name) =>
      Object.values(manifest(join(root, 'packages', name)).bin ?? {})
        .map((path) => join('packages', name, path))
        .filter((path) => !tracked.has(path) && !existsSync(join(root, path)))
    )
    expect(missing).toEqual([])
    for (const name of publishable) {
      for (const path of Object.values(manifest(join(root, 'packages', name)).bin ?? {})) {
        expect(path.startsWith('./dist/'), `${name}'s bin ${path} exists only after a build`).toBe(false)
      }
    }
  })

  it('install from their tarballs as the docs say, import, and run the bin', {timeout: 300_000}, () => {
    expect(documentedInstall()).toEqual(['pnpm install', 'pnpm build', 'pnpm packages:pack', 'npm install /path/to/tidings/packs/*.tgz'])
    const project = mkdtempSync(join(tmpdir(), 'tidings-user-'))
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'user-project', private: true, type: 'module'}))
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs.values()], {cwd: project, stdio: 'ignore'})

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

    // The report's map and its reading of facts need packages of their own: declared, not borrowed from the workspace.
    const event = {
      kind: 'event',
      id: 'event-1',
      title: 'Ships left port.',
      where: [{name: 'Oslo', country: 'NO', lat: 59.91, lon: 10.75, mentions: 1, sources: 1}],
      articles: ['b'],
      sources: [{article: 'b', outlet: 'Fjord Post'}],
      when: [],
      timeline: [],
      facts: [{dimension: 'length', unit: 'm', value: 1609.344, mentions: [{article: 'b', start: 0, end: 6, text: '1 mile'}]}],
      conflicts: []
    }
    const page = execFileSync(bin, ['report', '-'], {cwd: project, input: `${JSON.stringify(event)}\n`, encoding: 'utf8'})
    expect(page).toContain('<g id="tidings-world">')
    expect(page).toContain('<strong>1 mi</strong>')
  })
})
