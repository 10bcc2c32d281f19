import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {ArticleRecord, EventRecord, TidingsRecord} from '@tidings/core'
import {chromium, type Page} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {renderReport} from './report.js'

const text = 'A ferry caught fire on Sunday. About 300 people were rescued 14 miles off the coast.'
const at = (mention: string) => ({article: 'gazette.txt', start: text.indexOf(mention), end: text.indexOf(mention) + mention.length, text: mention})
const article: ArticleRecord = {
  kind: 'article',
  id: 'gazette.txt',
  text,
  paragraphs: [{start: 0, end: text.length}],
  sentences: [
    {start: 0, end: 30},
    {start: 31, end: text.length}
  ],
  messages: []
}
const event: EventRecord = {
  kind: 'event',
  id: 'event-1',
  title: 'A ferry caught fire on Sunday.',
  articles: ['gazette.txt', 'wire.txt'],
  sources: [
    {article: 'gazette.txt', outlet: 'Harbour Gazette', url: 'https://example.org/ferry', publishedAt: '2025-03-10'},
    {article: 'wire.txt', outlet: 'Island Wire', publishedAt: '2025-03-10', duplicateOf: 'gazette.txt'}
  ],
  when: [{value: '2025-03-09', sources: 2, articles: ['gazette.txt', 'wire.txt']}],
  timeline: [
    {
      date: '2025-03-09',
      text: 'A ferry caught fire on Sunday.',
      sources: ['gazette.txt', 'wire.txt'],
      mentions: [at('Sunday')]
    }
  ],
  facts: [
    {
      dimension: 'length',
      unit: 'm',
      value: 22530.82,
      range: [22000, 22600],
      mentions: [at('14 miles')]
    }
  ],
  conflicts: [
    {
      kind: 'date',
      reason: 'The sources date the fire differently',
      sides: [
        {value: '2025-03-09', mentions: [at('Sunday')]},
        {value: '2025-03-08', mentions: [{article: 'wire.txt', start: 10, end: 18, text: 'Saturday'}]}
      ]
    }
  ]
}

/** A second event, with who, what and where filled as the events stage fills them (#19). */
const flood = 'The river Lune burst its banks near Kendal on Tuesday. About 900 km of roads were closed, about 40 km around the town.'
const floodAt = (mention: string) => ({article: 'fell-times.txt', start: flood.indexOf(mention), end: flood.indexOf(mention) + mention.length, text: mention})
const floodArticle: ArticleRecord = {
  kind: 'article',
  id: 'fell-times.txt',
  text: flood,
  paragraphs: [{start: 0, end: flood.length}],
  sentences: [
    {start: 0, end: 55},
    {start: 56, end: flood.length}
  ],
  quantities: [
    {
      start: flood.indexOf('About 900 km'),
      end: flood.indexOf('About 900 km') + 'About 900 km'.length,
      text: 'About 900 km',
      value: 900,
      unit: {id: 'km', name: 'kilometre', symbol: 'km'},
      dimension: 'length',
      bound: 'approximate',
      normalized: {value: 900000, unit: 'm'}
    }
  ],
  messages: []
}
const floodEvent: EventRecord = {
  kind: 'event',
  id: 'event-2',
  title: 'The river Lune burst its banks near Kendal on Tuesday.',
  what: 'the river Lune burst its banks',
  who: [
    {name: 'Environment Agency', type: 'organisation', mentions: 4, sources: 2},
    {name: 'Ruth Dale', type: 'person', mentions: 1, sources: 1}
  ],
  where: [
    {name: 'Kendal', country: 'GB', lat: 54.33, lon: -2.75, mentions: 3, sources: 2},
    {name: 'Lancaster', country: 'GB', lat: 54.05, lon: -2.8, mentions: 1, sources: 1}
  ],
  articles: ['fell-times.txt', 'north-wire.txt'],
  sources: [
    {article: 'fell-times.txt', outlet: 'Fell Times', publishedAt: '2025-11-05'},
    {article: 'north-wire.txt', outlet: 'North Wire', publishedAt: '2025-11-05'}
  ],
  when: [{value: '2025-11-04', sources: 2, articles: ['fell-times.txt', 'north-wire.txt']}],
  timeline: [],
  facts: [
    {
      dimension: 'length',
      unit: 'm',
      value: 892569.6,
      range: [885139.2, 900000],
      // The first mention's article record is in the input; the second's is not, so its own text is read.
      mentions: [floodAt('About 900 km'), {article: 'north-wire.txt', start: 30, end: 39, text: '550 miles'}]
    },
    {dimension: 'currency', unit: 'GBP', value: 2_500_000, of: 'repairs', mentions: [{article: 'north-wire.txt', start: 60, end: 72, text: '£2.5 million'}]}
  ],
  conflicts: [
    {
      kind: 'fact',
      reason: 'Sources give different counts of homes: 120 or 140',
      sides: [
        {value: '120', mentions: [{article: 'fell-times.txt', start: 0, end: 9, text: '120 homes'}]},
        {value: '140', mentions: [{article: 'north-wire.txt', start: 0, end: 9, text: '140 homes'}]}
      ]
    }
  ]
}
/** A third, whose places lie far apart: the map shows the world. */
const talksEvent: EventRecord = {
  kind: 'event',
  id: 'event-3',
  title: 'Trade talks opened in Geneva.',
  what: 'trade talks opened',
  who: [{name: 'World Trade Organization', type: 'organisation', mentions: 2, sources: 1}],
  where: [
    {name: 'Geneva', country: 'CH', lat: 46.2, lon: 6.15, mentions: 2, sources: 1},
    {name: 'Canberra', country: 'AU', lat: -35.28, lon: 149.13, mentions: 1, sources: 1}
  ],
  articles: ['ledger.txt'],
  sources: [{article: 'ledger.txt', outlet: 'The Ledger', publishedAt: '2025-11-06'}],
  when: [],
  timeline: [],
  facts: [],
  conflicts: []
}

describe('renderReport', () => {
  it('escapes text and needs nothing from the network', () => {
    const page = renderReport([{...event, title: 'Fire <script>alert(1)</script> & more'}, floodEvent])
    expect(page).toContain('Fire &#60;script&#62;alert(1)&#60;/script&#62; &#38; more')
    expect(page).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=|https?:\/\/(?!example\.org)/)
  })

  it('says so when there is no event', () => {
    expect(renderReport([article])).toContain('<p class="empty">No event records in the input.</p>')
  })

  it('counts the articles the events name, when it is fed event records alone', () => {
    expect(renderReport([event])).toContain('<p>1 event from 2 articles</p>')
    expect(renderReport([article, event, floodEvent])).toContain('<p>2 events from 4 articles</p>')
    expect(renderReport([article])).toContain('<p>0 events from 1 article</p>')
  })

  it('gives facts in the units the sources used, from the article records or the mentions themselves', () => {
    const facts = (page: string) => [...page.matchAll(/<li><strong>([^<]*)<\/strong>/g)].map((match) => match[1])
    expect(facts(renderReport([floodArticle, floodEvent]))).toEqual(['120', '140', 'about 900 km (550 mi)', '£2.5 million'])
    expect(facts(renderReport([floodEvent]))).toEqual(['120', '140', 'about 900 km (550 mi)', '£2.5 million'])
    // A mention that states no quantity leaves the SI value the record carries.
    const unread: EventRecord = {...floodEvent, conflicts: [], facts: [{dimension: 'length', unit: 'm', value: 1500, mentions: [{article: 'x', start: 0, end: 4, text: 'none'}]}]}
    expect(facts(renderReport([unread]))).toEqual(['1,500 m'])
    // Spans of time by the unit's name: "3 wk" reads badly.
    const weeks: EventRecord = {...unread, facts: [{dimension: 'time', unit: 's', value: 1814400, mentions: [{article: 'x', start: 0, end: 11, text: 'three weeks'}]}]}
    expect(facts(renderReport([weeks]))).toEqual(['3 weeks'])
  })

  it('puts conflicts before the sources, naming outlets rather than files', () => {
    const page = renderReport([floodEvent])
    expect(page.indexOf('<h3>Conflicts</h3>')).toBeLessThan(page.indexOf('<h3>Sources'))
    const conflicts = page.slice(page.indexOf('<ul class="conflicts">'), page.indexOf('<h3>Sources'))
    expect([...conflicts.matchAll(/<li><strong>(\d+)<\/strong>: ([^<]*)/g)].map((match) => `${match[1]}: ${match[2]}`)).toEqual(['120: Fell Times', '140: North Wire'])
    expect(conflicts).not.toContain('.txt')
  })

  it('shows what, who and where at the top of each event, with a map drawn in the page', () => {
    const page = renderReport([floodEvent])
    const top = page.slice(page.indexOf('<article'), page.indexOf('<h3>Conflicts</h3>'))
    expect(top).toContain('<p class="what">the river Lune burst its banks</p>')
    const items = (list: string) => [...(new RegExp(`<ul class="${list}">(.*?)</ul>`).exec(top)?.[1] ?? '').matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]!.replace(/<[^<>]*>/g, ''))
    expect(items('who')).toEqual(['Environment Agency organisation 2 sources', 'Ruth Dale person 1 source'])
    expect(items('where')).toEqual(['Kendal (United Kingdom) 2 sources', 'Lancaster (United Kingdom) 1 source'])
    const townHall = {name: 'Kendal Town Hall', within: 'Kendal', country: 'GB', lat: 54.33, lon: -2.75, mentions: 1, sources: 1}
    const atSite = renderReport([{...floodEvent, where: [townHall, ...floodEvent.where!]}])
    expect(/<ul class="where"><li>(.*?)<\/li>/.exec(atSite)?.[1]?.replace(/<[^<>]*>/g, '')).toBe('Kendal Town Hall (Kendal, United Kingdom) 1 source')
    // Kendal lies north of Lancaster: a smaller y on the map.
    const dots = [...top.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((match): [number, number] => [Number(match[1]), Number(match[2])])
    expect(dots).toHaveLength(2)
    expect(dots[0]![1]).toBeLessThan(dots[1]![1])
    for (const [x, y] of dots) {
      expect(x).toBeGreaterThan(0)
      expect(x).toBeLessThan(400)
      expect(y).toBeGreaterThan(0)
      expect(y).toBeLessThan(200)
    }
    // One world for the page, however many maps.
    expect(renderReport([floodEvent, talksEvent]).match(/id="tidings-world"/g)).toHaveLength(1)
    expect(renderReport([event])).not.toContain('tidings-world')
  })

  it('zooms on a region when the places are close, and shows the world when they are not', () => {
    const viewBox = (page: string) => /preserveAspectRatio="none"/.test(page) ? /<svg width="400" height="200" viewBox="([^"]+)"/.exec(page)?.[1] : undefined
    const [, , regionWidth] = viewBox(renderReport([floodEvent]))!.split(' ').map(Number)
    expect(regionWidth).toBeLessThan(40)
    expect(viewBox(renderReport([talksEvent]))).toBe('0 6 360 144')
  })

  it('lists the events first when there are several', () => {
    const page = renderReport([article, event, floodEvent, talksEvent])
    expect([...page.matchAll(/<li><a href="#([^"]+)">/g)].map((match) => match[1])).toEqual(['event-1', 'event-2', 'event-3'])
    expect(page).toContain('<nav class="index" aria-label="Events"><h2>3 events</h2>')
    expect(renderReport([article, event])).not.toContain('<nav')
  })
})

// Debian's chromium, as CI installs it; a machine without it skips this test and says why.
const chromiumPath = '/usr/bin/chromium'

/** The page in headless Chromium, with every URL it asked for; the browser closes when `check` ends. */
async function inChromium(records: TidingsRecord[], check: (page: Page, requests: string[], folder: string) => Promise<void>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tidings-report-'))
  const path = join(folder, 'report.html')
  writeFileSync(path, renderReport(records))
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
  })
  try {
    const page = await browser.newPage({viewport: {width: 1000, height: 900}})
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(path).href)
    await check(page, requests, folder)
  } finally {
    await browser.close()
  }
}

describe.skipIf(!existsSync(chromiumPath))('the report in a real browser', () => {
  it('shows events, sources, timeline, facts and conflicts; a click shows the highlighted sentence', {timeout: 60_000}, async () => {
    await inChromium([article, event], async (page, requests, folder) => {
      expect(await page.locator('h2').allTextContents()).toEqual(['A ferry caught fire on Sunday.'])
      expect(await page.locator('.sources > li').count()).toBe(2)
      expect(await page.locator('.timeline time').allTextContents()).toEqual(['2025-03-09'])
      expect(await page.locator('.facts strong').allTextContents()).toEqual(['about 14 mi'])
      expect(await page.locator('.conflicts > li > strong').allTextContents()).toEqual(['The sources date the fire differently'])

      const fact = page.locator('.facts .mention').first()
      await expect.poll(() => fact.getAttribute('aria-expanded')).toBe('false')
      await fact.click()
      const context = page.locator('.facts .context').first()
      expect(await context.isVisible()).toBe(true)
      expect(await context.textContent()).toBe('About 300 people were rescued 14 miles off the coast.')
      expect(await context.locator('mark').textContent()).toBe('14 miles')
      await page.screenshot({path: process.env.TIDINGS_SCREENSHOT ?? join(folder, 'report.png'), fullPage: true})
      expect(requests.every((url) => url.startsWith('file:'))).toBe(true)
    })
  })

  it('indexes the events, draws each map with its places on land, and looks right in a screenshot', {timeout: 60_000}, async () => {
    await inChromium([article, event, floodArticle, floodEvent, talksEvent], async (page, requests, folder) => {
      expect(await page.locator('header p').textContent()).toBe('3 events from 5 articles')
      expect(await page.locator('.index a').allTextContents()).toEqual([
        'A ferry caught fire on Sunday.',
        'The river Lune burst its banks near Kendal on Tuesday.',
        'Trade talks opened in Geneva.'
      ])
      await page.locator('.index a').nth(2).click()
      expect(new URL(page.url()).hash).toBe('#event-3')
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
      expect(await page.locator('#event-3 h2').isVisible()).toBe(true)
      const top = await page.locator('#event-3 h2').evaluate((heading) => heading.getBoundingClientRect().top)
      expect(top >= 0 && top < 900).toBe(true)

      // Each dot is drawn inside its map and on top there, not hidden or off the picture.
      const maps = page.locator('.map svg[role=img]')
      expect(await maps.count()).toBe(2)
      for (const index of [0, 1]) {
        await maps.nth(index).scrollIntoViewIfNeeded()
        const map = (await maps.nth(index).boundingBox())!
        expect(map.width).toBeGreaterThan(300)
        for (const dot of await maps.nth(index).locator('circle').all()) {
          const box = (await dot.boundingBox())!
          const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
          expect(x > map.x && x < map.x + map.width && y > map.y && y < map.y + map.height).toBe(true)
          expect(await page.evaluate(([left, top]) => document.elementFromPoint(left!, top!)?.tagName, [x, y])).toBe('circle')
        }
      }
      // Kendal is on land: the world's outline is drawn under its dot, not sea.
      const land = await page.evaluate(() => {
        const svg = document.querySelector('#event-2 .map svg[role=img]')!
        const kendal = svg.querySelector('circle')!.getBoundingClientRect()
        const world = document.querySelector('#tidings-world .land') as SVGPathElement
        const inner = svg.querySelector('svg') as SVGSVGElement
        const matrix = inner.getScreenCTM()!.inverse()
        const point = new DOMPoint(kendal.x + kendal.width / 2, kendal.y + kendal.height / 2).matrixTransform(matrix)
        return world.isPointInFill(new DOMPoint(point.x, point.y))
      })
      expect(land).toBe(true)

      const screenshot = await page.screenshot({path: process.env.TIDINGS_SCREENSHOT?.replace(/(\.png)?$/, '-several.png') ?? join(folder, 'several.png'), fullPage: true})
      expect(screenshot.length).toBeGreaterThan(50_000)
      expect(requests.every((url) => url.startsWith('file:'))).toBe(true)
    })
  })
})
