import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

/**
 * The sources changed since the bin was built. `tidings`'s bin carries its own copy of every stage
 * (one bundle, for a fast start), so a stage edited, or rebuilt alone, since the last `pnpm build` is
 * not what the bin runs, nor what `pnpm eval` would score. Tests and the bench's own code are left out.
 * Returns paths relative to `root`; the bin's own path when it was never built.
 */
export function changedSinceBuild(root) {
  const bin = 'packages/tidings/dist/cli.js'
  if (!existsSync(join(root, bin))) return [bin]
  const built = statSync(join(root, bin)).mtimeMs
  const changed = []
  for (const pkg of readdirSync(join(root, 'packages')).sort()) {
    const sources = join(root, 'packages', pkg, 'src')
    if (pkg === 'bench' || !existsSync(sources)) continue
    for (const file of readdirSync(sources, {recursive: true}).sort()) {
      if (!/\.(?:ts|json)$/.test(file) || file.endsWith('.test.ts')) continue
      if (statSync(join(sources, file)).mtimeMs > built) changed.push(`packages/${pkg}/src/${file}`)
    }
  }
  return changed
}
