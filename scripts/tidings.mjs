#!/usr/bin/env node
// `pnpm tidings ...` from the repository root: builds the packages once on a fresh clone, then runs the bin.
import {execSync, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = fileURLToPath(new URL('../packages/tidings/dist/cli.js', import.meta.url))
if (!existsSync(cli)) execSync('pnpm build', {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {stdio: 'inherit'})
process.exitCode = result.status ?? 1
