import {createPipeline} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {clean} from './index.js'

const pipeline = createPipeline({article: [clean]})

async function cleaned(lines: ReadonlyArray<string>): Promise<{text: string; rules: string[]}> {
  const record = await pipeline.article({id: 'x', text: lines.join('\n')})
  if (record.kind !== 'article') throw new Error(record.error.message)
  return {text: record.cleanText ?? '', rules: (record.removed ?? []).map((span) => span.rule)}
}

const paragraphs = [
  'The bakery on the harbour front has made the same rye loaf every morning since it opened, and this week the owners shared how it is done.',
  'They start the dough the evening before, with flour from a mill two valleys over and water drawn from the spring behind the shop.',
  'By five in the morning the loaves are in the oven, and by seven there is a queue that reaches the ferry terminal on most days of the week.'
]

describe('repeated lines', () => {
  it('keeps short lines that recur only inside the article, as a recipe repeats its steps', async () => {
    const steps = [paragraphs[0], 'Stir well.', paragraphs[1], 'Stir well.', paragraphs[2]] as string[]
    expect((await cleaned(steps)).text).toBe(steps.join('\n'))
    const tables = [paragraphs[0], 'Day | Loaves', paragraphs[1], 'Day | Loaves', paragraphs[2]] as string[]
    expect((await cleaned(tables)).text).toBe(tables.join('\n'))
  })

  it('drops a line that recurs around the article, and a paragraph said twice', async () => {
    const menus = ['Share on Facebook', ...paragraphs, 'Share on Facebook']
    expect(await cleaned(menus)).toEqual({text: paragraphs.join('\n'), rules: ['share', 'share']})
    const twice = [...paragraphs, paragraphs[1] as string]
    expect(await cleaned(twice)).toEqual({text: paragraphs.join('\n'), rules: ['repeated']})
    const around = ['Bakery news', ...paragraphs, 'Bakery news']
    expect((await cleaned(around)).text).toBe(paragraphs.join('\n'))
  })
})

describe('tables and lists inside the article', () => {
  const more = [
    'The owners say the secret is patience: the dough rests for twelve hours, and nobody in the family has ever tried to hurry it along.',
    'Next spring they plan to open a second oven in the old boat shed, so that the queue at the ferry terminal might finally get a little shorter.'
  ]

  it('keeps a table of short lines between paragraphs of the article', async () => {
    const table = ['Day', 'Loaves', 'Monday', '420', 'Tuesday', '380', 'Saturday', '610']
    const lines = [...paragraphs, ...table, ...more]
    expect((await cleaned(lines)).text).toBe(lines.join('\n'))
  })

  it('stops at a menu, or at a boilerplate line, between two runs of paragraphs', async () => {
    const menu = ['Harbour News', 'Local Sport', 'Ferry Times', 'Weather Today', 'Island Life', 'Letters Page', 'Photo Gallery', 'Contact Desk']
    expect((await cleaned([...paragraphs, ...menu, ...more])).text).toBe(paragraphs.join('\n'))
    const figures = ['Monday', '420', 'Tuesday', '380', 'Wednesday', '395', 'Thursday', '402', 'Friday', '512', 'Saturday', '610']
    expect((await cleaned([...paragraphs, ...figures, ...more])).text).toBe([...paragraphs, ...figures, ...more].join('\n'))
    expect((await cleaned([...paragraphs, ...figures, 'More stories', ...more])).text).toBe(paragraphs.join('\n'))
  })
})
