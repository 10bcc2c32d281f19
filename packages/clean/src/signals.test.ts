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

  it('finds copies in other letter case and white space, as long or not as the line', async () => {
    const spaced = ['Share on Facebook', ...paragraphs, 'SHARE  on\tfacebook']
    expect(await cleaned(spaced)).toEqual({text: paragraphs.join('\n'), rules: ['share', 'repeated']})
    // "İ" is one character, and two in lower case: the copy in lower case is a character longer.
    const dotted = ['İzmir bakery news', ...paragraphs, 'i̇zmir bakery news']
    expect(await cleaned(dotted)).toEqual({text: paragraphs.join('\n'), rules: ['headline', 'repeated']})
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

describe('the lead paragraph on a page', () => {
  const page = (lead: string) => `<html><head><title>Bakery queue reaches the ferry | Harbour Daily</title><meta property="og:site_name" content="Harbour Daily"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Bakery queue reaches the ferry</h1>
<p>${lead}</p>${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`

  it('keeps the lead without the hover card inside it, however many links it holds', async () => {
    const card = '<span class="card"><a href="/p/1">Mara Lind</a><a href="/s/1">Bakery wins the county prize for its rye</a> <a href="/s/2">Harbour front to be repaved in spring</a> <a href="/p/1">More</a></span>'
    const record = await pipeline.article({id: 'h', html: page(`Baker <a href="/p/1">Mara Lind</a>${card} has sold out of rye before eight every day this month, she told the paper on Monday.`)})
    expect(record).toMatchObject({cleanText: ['Baker Mara Lind has sold out of rye before eight every day this month, she told the paper on Monday.', ...paragraphs].join('\n'), metadata: {headline: 'Bakery queue reaches the ferry', source: 'Harbour Daily'}})
  })

  it('keeps a lead that is mostly link text, just above the run', async () => {
    const lead = '<a href="/p/1">Baker Mara Lind</a> and <a href="/p/2">her sister Ana Lind of the Harbour Bakery Trust</a> have sold out of rye every day.'
    const record = await pipeline.article({id: 'k', html: page(lead)})
    expect(record).toMatchObject({cleanText: ['Baker Mara Lind and her sister Ana Lind of the Harbour Bakery Trust have sold out of rye every day.', ...paragraphs].join('\n')})
  })

  it('keeps links that are part of the sentence', async () => {
    const lead = 'The bakery ships to <span><a href="/a">Oslo</a>, <a href="/b">Bergen</a> and <a href="/c">Tromsø</a></span> by the night ferry, the owners said this week.'
    const record = await pipeline.article({id: 'l', html: page(lead)})
    expect(record).toMatchObject({cleanText: ['The bakery ships to Oslo, Bergen and Tromsø by the night ferry, the owners said this week.', ...paragraphs].join('\n')})
  })
})

describe('the article’s closing lines', () => {
  it('drops the author’s bio and the publisher’s pitch that close the article', async () => {
    const bio = 'Lena Ortiz is a staff reporter who covers the islands, their ferries and the harbour for the paper.'
    const pitch = 'Sign up for our morning newsletter to get the harbour news in your inbox before the first ferry leaves.'
    expect(await cleaned([...paragraphs, bio])).toEqual({text: paragraphs.join('\n'), rules: ['bio']})
    expect(await cleaned([...paragraphs, bio, pitch])).toEqual({text: paragraphs.join('\n'), rules: ['bio', 'newsletter']})
    const podcast = 'Listen to our weekly podcast on the island’s food and drink, out every Friday, wherever you get your podcasts.'
    expect(await cleaned([...paragraphs, podcast])).toEqual({text: paragraphs.join('\n'), rules: ['pitch']})
  })

  it('keeps the same words inside the article', async () => {
    const reporter = 'Tomas Berg is a former reporter who now runs the night shift at the bakery, and he says the queue has never been longer.'
    const lines = [paragraphs[0], reporter, paragraphs[1], 'Get the bakery’s newsletter, the sign by the till says, and you will hear first when the rye is out.', paragraphs[2]] as string[]
    expect((await cleaned(lines)).text).toBe(lines.join('\n'))
  })
})

describe('other stories under a related heading', () => {
  it('drops headline-and-lead pairs in a row', async () => {
    const teasers = [
      'More from the coast',
      'Lighthouse reopens to visitors',
      'The lighthouse on the point will open its stairs to visitors again from May, the trust said.',
      'Council approves new bridge',
      'The bridge over the river mouth will be built next year, after a vote of nine to two.',
      'School boat gets a new engine',
      'Pupils from the outer islands will reach school twenty minutes sooner from next term.'
    ]
    expect((await cleaned([...paragraphs, ...teasers])).text).toBe(paragraphs.join('\n'))
  })

  it('keeps the article that resumes after a box of headlines inside it', async () => {
    const box = ['More from the coast', 'Lighthouse reopens to visitors', 'Council approves new bridge', 'School boat gets a new engine']
    const rest = ['“It is the rye people come for,” said the owner, who has baked it since she was twelve.', 'A quote from a customer', 'She said the queue was worth it, every single morning, rain or shine, for as long as she can remember.']
    expect((await cleaned([...paragraphs, ...box, ...rest, ...paragraphs.map((paragraph) => paragraph.replace('The', 'A'))])).text).toContain(rest[0])
  })
})

describe('the page’s structure as a second opinion', () => {
  it('takes the article’s element when the run holds less than half its paragraphs', async () => {
    const before = [...paragraphs, 'The owners, two sisters who took the bakery over from their grandmother, say they have never once closed on a weekday in thirty years.']
    const after = paragraphs.map((paragraph) => `In the winter, ${paragraph.charAt(0).toLowerCase()}${paragraph.slice(1)}`)
    const more = paragraphs.map((paragraph) => `In the summer, ${paragraph.charAt(0).toLowerCase()}${paragraph.slice(1)}`)
    const body = [...before.map((text) => `<p>${text}</p>`), '<p>Comments</p>', ...[...after, ...more].map((text) => `<p>${text}</p>`)].join('')
    const html = `<html><body><nav><a href="/">Home</a></nav><article>${body}</article><footer>Harbour Daily</footer></body></html>`
    const record = await pipeline.article({id: 's', html})
    expect(record).toMatchObject({cleanText: [...before, ...after, ...more].join('\n')})
  })
})

describe('tracing', () => {
  it('reports each signal where it fires, removals as kept: false', async () => {
    const traced = createPipeline({article: [clean], traceRules: true})
    const figures = ['Monday', '420', 'Tuesday', '380', 'Wednesday', '395', 'Thursday', '402', 'Friday', '512', 'Saturday', '610']
    const more = ['The owners say the secret is patience: the dough rests for twelve hours, and nobody in the family has ever tried to hurry it along.', 'Next spring they plan to open a second oven in the old boat shed, so that the queue at the ferry might get a little shorter.']
    const record = await traced.article({id: 't', text: ['Home', ...paragraphs, ...figures, ...more].join('\n')})
    const hits = record.kind === 'article' ? (record.ruleHits ?? []) : []
    expect(hits[0]).toEqual({stage: 'clean', rule: 'navigation', start: 0, end: 4, kept: false})
    expect(hits.filter((hit) => hit.kept).map((hit) => hit.rule)).toEqual(Array(figures.length + more.length).fill('inner-table'))
    const untraced = await pipeline.article({id: 't', text: 'Home'})
    expect('ruleHits' in untraced).toBe(false)
  })
})

describe('a list the article announces with a colon', () => {
  it('keeps items of one shape to the last', async () => {
    const dates = ['The bakery’s stall will visit these markets this summer:', 'June 9 -- Quay Market, Harbour Town', 'June 16 -- Old Square, Port Ellen', 'July 2 -- Fish Hall, North Point']
    expect((await cleaned([...paragraphs, ...dates, 'Home', 'Contact'])).text).toBe([...paragraphs, ...dates].join('\n'))
    const flour = ['For one loaf you need:', '500 g rye flour', '10 g salt', '400 ml warm water']
    expect((await cleaned([...paragraphs, ...flour])).text).toBe([...paragraphs, ...flour].join('\n'))
  })

  it('stops where the shape changes, and takes no menu that lacks a colon before it', async () => {
    const list = ['The stall will visit:', 'June 9 -- Quay Market, Harbour Town', 'June 16 -- Old Square, Port Ellen', 'Weather Today', 'Island Life']
    expect((await cleaned([...paragraphs, ...list])).text).toBe([...paragraphs, ...list.slice(0, 3)].join('\n'))
    const menu = ['Follow us', 'Facebook - Harbour Daily', 'Twitter - Harbour Daily']
    expect((await cleaned([...paragraphs, ...menu])).text).toBe(paragraphs.join('\n'))
    expect((await cleaned([...paragraphs, 'Topics:', 'Bakeries,', 'Harbour,', 'Ferries'])).text).toBe(paragraphs.join('\n'))
    const alone = await pipeline.article({id: 'l', text: 'For one loaf:\n500 g rye flour\n10 g salt'})
    expect(alone).toMatchObject({messages: [{ruleId: 'no-article'}]})
  })
})

describe('the site’s rights notice', () => {
  const teasers = [
    'Council approves new bridge over the river mouth, to be built next year after a vote of nine to two in the chamber.',
    'A school boat gets a new engine, and pupils from the outer islands will reach their lessons twenty minutes sooner.'
  ]
  const longer = [...paragraphs, 'The owners say the secret is patience: the dough rests for twelve hours, and nobody in the family has ever tried to hurry it.']

  it('ends the article: what follows is the page’s foot', async () => {
    expect((await cleaned([...longer, '© 2024 Harbour Daily. All rights reserved.', ...teasers])).text).toBe(longer.join('\n'))
  })

  it('leaves a photo credit inside the article alone', async () => {
    expect((await cleaned([...longer, '© Harbour Photo Agency', ...teasers])).text).toBe([...longer, ...teasers].join('\n'))
  })
})

describe('a list of headlines under a related heading', () => {
  const headlines = ['Most read', 'Lighthouse reopens to visitors after repairs', 'Council approves new bridge over the river', 'School boat gets a new engine for the winter']
  const rest = [
    'The owners say the secret is patience: the dough rests for twelve hours, and nobody in the family has ever tried to hurry it along.',
    'Next spring they plan to open a second oven in the old boat shed, so that the queue at the ferry terminal might get a little shorter.',
    'The sisters have also started a small school in the back room, where on Sunday afternoons they teach children from the islands to bake.'
  ]

  it('drops three headlines or more, and keeps the article on both sides of the box', async () => {
    expect(await cleaned([...paragraphs, ...headlines, ...rest])).toEqual({text: [...paragraphs, ...rest].join('\n'), rules: ['related', 'teaser', 'teaser', 'teaser']})
  })

  it('drops a question left at the end of the list, and keeps two headlines that may be subheads', async () => {
    expect((await cleaned([...paragraphs, ...headlines, 'Will the ferry run on Sunday?'])).text).toBe(paragraphs.join('\n'))
    const subheads = ['Related', 'The night shift', 'The morning queue']
    expect((await cleaned([...paragraphs, ...subheads, ...rest])).rules).toEqual(['related'])
  })
})

describe('runs of short lines', () => {
  const footer = [
    'Every week our readers send us hundreds of questions about the islands, and each one of them starts a story for the paper.',
    'We do this work at no cost to you, but it is far from free to make, and we rely on readers like you to keep it going.'
  ]

  it('count a repeated entry or a divider among them as part of the menu', async () => {
    const menu = ['Harbour News', 'Local Sport', 'Lena Ortiz', 'Weather Today', '•', 'Island Life', 'Letters Page', 'Photo Gallery']
    expect((await cleaned(['Lena Ortiz', ...paragraphs, ...menu, ...footer])).text).toBe(paragraphs.join('\n'))
  })

  it('keep a subhead between paragraphs', async () => {
    const lines = [paragraphs[0], paragraphs[1], 'The morning queue', paragraphs[2]] as string[]
    expect((await cleaned(lines)).text).toBe(lines.join('\n'))
  })
})

describe('a caption above its credit', () => {
  it('goes with the credit', async () => {
    const lines = [paragraphs[0], 'An artist’s view of the new oven in the boat shed.', '(Image credit: Harbour Photo Agency)', paragraphs[1], paragraphs[2]] as string[]
    expect(await cleaned(lines)).toEqual({text: paragraphs.join('\n'), rules: ['caption', 'caption']})
    const photo = [paragraphs[0], 'The queue at dawn on Saturday', 'Photo: Mara Lind', paragraphs[1], paragraphs[2]] as string[]
    expect((await cleaned(photo)).text).toBe(paragraphs.join('\n'))
  })

  it('leaves a paragraph of two sentences, and the line above a bare label, alone', async () => {
    const two = 'The oven arrived on Monday. It took six men to carry it in.'
    const lines = [paragraphs[0], paragraphs[1], two, '(Image credit: Harbour Photo Agency)', paragraphs[2]] as string[]
    expect((await cleaned(lines)).text).toBe([paragraphs[0], paragraphs[1], two, paragraphs[2]].join('\n'))
    const label = [paragraphs[0], paragraphs[1], 'The oven arrived on Monday, and it took six men to carry it in.', 'Image:', paragraphs[2]] as string[]
    expect((await cleaned(label)).text).toBe([paragraphs[0], paragraphs[1], label[2], paragraphs[2]].join('\n'))
  })
})
