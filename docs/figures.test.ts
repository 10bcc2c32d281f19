/**
 * Figures quoted in prose come from the eval: each is marked with the run and figure it quotes, and
 * must say what the table of docs/quality.md (written by `pnpm eval --write`) says, rounded as the
 * prose rounds it. `pnpm eval --write` refills them; `TIDINGS_WRITE_DOCS=1 pnpm vitest run docs`
 * does too, from the table as it stands.
 */
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain script, without types of its own
import {fillFigures, formatFigure, markedFigures, readFigures} from '../scripts/figures.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const figures = readFigures(readFileSync(join(root, 'docs/quality.md'), 'utf8')) as Map<string, number>

/** The pages that quote figures: the READMEs and the docs, not the table itself. */
function pages(): string[] {
  const markdown = (folder: string) => readdirSync(join(root, folder)).filter((name) => name.endsWith('.md')).map((name) => join(root, folder, name))
  const readmes = readdirSync(join(root, 'packages')).flatMap((name) => {
    const path = join(root, 'packages', name, 'README.md')
    return readdirSync(join(root, 'packages', name)).includes('README.md') ? [path] : []
  })
  return [join(root, 'README.md'), ...markdown('docs'), ...markdown('docs/stages'), ...readmes].filter((path) => !path.endsWith('quality.md'))
}

describe('figures in the docs', () => {
  const quoted = pages().flatMap((path) =>
    (markedFigures(readFileSync(path, 'utf8')) as Array<{key: string; written: string}>).map((figure) => ({page: relative(root, path), ...figure}))
  )

  it('finds the figures the READMEs quote', () => {
    expect(quoted.map((figure) => figure.page)).toContain('packages/events/README.md')
    expect(quoted.length).toBeGreaterThan(10)
  })

  it('each says what the eval table says', () => {
    if (process.env.TIDINGS_WRITE_DOCS) {
      for (const path of pages()) writeFileSync(path, fillFigures(readFileSync(path, 'utf8'), figures))
      return
    }
    const wrong = quoted
      .filter((figure) => {
        const value = figures.get(figure.key)
        return value === undefined || formatFigure(value, figure.written) !== figure.written
      })
      .map((figure) => `${figure.page}: ${figure.key} says ${figure.written}, the eval ${figures.get(figure.key) ?? 'has no such figure'}`)
    expect(wrong).toEqual([])
  })

  it('rounds as the prose does', () => {
    expect(formatFigure(93.18, '93.5')).toBe('93.2')
    expect(formatFigure(91.05, '91.1')).toBe('91.1')
    expect(formatFigure(52, '52')).toBe('52')
    expect(formatFigure(89, '89.0')).toBe('89.0')
  })
})

const cli = fileURLToPath(new URL('../packages/tidings/dist/cli.js', import.meta.url))

describe('the README', () => {
  it('lists every command of `tidings --help` in its CLI section', () => {
    const help = spawnSync(process.execPath, [cli, '--help'], {encoding: 'utf8'}).stdout
    const commands = [...help.matchAll(/^ {2}(\w+) {2,}/gm)].map((match) => match[1]!)
    expect(commands).toContain('report')
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## The CLI'), readme.indexOf('\n## ', readme.indexOf('## The CLI') + 1))
    expect(commands.filter((command) => !new RegExp(`tidings (?:[\\w|]+\\|)?${command}\\b`).test(section))).toEqual([])
  })
})
