import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {ArticleRecord, EventRecord} from '@tidings/core'
import {chromium} from 'playwright-core'
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

describe('renderReport', () => {
  it('escapes text and needs nothing from the network', () => {
    const page = renderReport([{...event, title: 'Fire <script>alert(1)</script> & more'}])
    expect(page).toContain('Fire &#60;script&#62;alert(1)&#60;/script&#62; &#38; more')
    expect(page).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=/)
  })

  it('says so when there is no event', () => {
    expect(renderReport([article])).toContain('<p class="empty">No event records in the input.</p>')
  })
})

// Debian's chromium, as CI installs it; a machine without it skips this test and says why.
const chromiumPath = '/usr/bin/chromium'
describe.skipIf(!existsSync(chromiumPath))('the report in a real browser', () => {
  it('shows events, sources, timeline, facts and conflicts; a click shows the highlighted sentence', {timeout: 60_000}, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tidings-report-'))
    const path = join(folder, 'report.html')
    writeFileSync(path, renderReport([article, event]))
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
    })
    try {
      const page = await browser.newPage({viewport: {width: 1000, height: 900}})
      const requests: string[] = []
      page.on('request', (request) => requests.push(request.url()))
      await page.goto(pathToFileURL(path).href)
      expect(await page.locator('h2').allTextContents()).toEqual(['A ferry caught fire on Sunday.'])
      expect(await page.locator('.sources > li').count()).toBe(2)
      expect(await page.locator('.timeline time').allTextContents()).toEqual(['2025-03-09'])
      expect(await page.locator('.facts strong').allTextContents()).toEqual(['about 22,530.82 m (22,000–22,600 m)'])
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
    } finally {
      await browser.close()
    }
  })
})
