import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

// `run` also checks that the corpus stages rebuild their index from the article records already written.
it.each(['articles', 'run'])('resumes `tidings %s` killed with SIGKILL mid-way: every record written exactly once, in order', {timeout: 120_000}, async (command) => {
  const folder = mkdtempSync(join(tmpdir(), 'tidings-resume-'))
  const input = join(folder, 'in.jsonl')
  const documents: string[] = []
  for (let index = 0; index < 6000; index++) {
    documents.push(JSON.stringify({id: `doc${index}`, text: `Report ${index}: the river rose on Monday.\nRoads to the valley were shut for ${index % 50} hours.`}))
  }
  writeFileSync(input, documents.join('\n') + '\n')
  const reference = join(folder, 'reference.jsonl')
  spawnSync(process.execPath, [cli, command, '--jsonl', input, '--out', reference, '--workers', '1', '--quiet'])

  const out = join(folder, 'out.jsonl')
  const checkpoint = join(folder, 'checkpoint.json')
  const args = [cli, command, '--jsonl', input, '--out', out, '--checkpoint', checkpoint, '--quiet']
  const first = spawn(process.execPath, [...args, '--workers', '2'])
  const killedAt = await new Promise<number>((resolve) => {
    const poll = setInterval(() => {
      if (!existsSync(checkpoint)) return
      const state = JSON.parse(readFileSync(checkpoint, 'utf8')) as {inputsDone: number}
      if (state.inputsDone === 0) return
      clearInterval(poll)
      first.kill('SIGKILL')
      resolve(state.inputsDone)
    }, 5)
  })
  await new Promise((resolve) => first.on('exit', resolve))
  expect(killedAt).toBeGreaterThan(0)
  expect(killedAt).toBeLessThan(documents.length)

  const second = spawnSync(process.execPath, [...args, '--workers', '1'])
  expect(second.status).toBe(0)
  const expected = readFileSync(reference, 'utf8').split('\n')
  const actual = readFileSync(out, 'utf8').split('\n')
  expect(actual.length).toBe(expected.length)
  for (const [index, line] of expected.entries()) if (actual[index] !== line) expect({index, line: actual[index]}).toEqual({index, line})
  expect(JSON.parse(readFileSync(checkpoint, 'utf8'))).toMatchObject({inputsDone: documents.length, complete: true})
})
