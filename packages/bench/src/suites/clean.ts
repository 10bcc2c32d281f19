import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Readability} from '@mozilla/readability'
import {clean} from '@tidings/clean'
import {createPipeline} from '@tidings/core'
import {JSDOM} from 'jsdom'
import {compare, type BenchSuite, throughput} from '../measure.js'

/**
 * Issue 1: HTML mode at least 10x the pages per second of Readability.js on jsdom, same pages,
 * same run. Both sides start from the page's HTML string: Readability needs jsdom to parse it.
 * The pages are the development set's when present, else our generated articles dressed as pages.
 */
export const suite: BenchSuite = {
  name: 'clean',
  async run(context) {
    const pages = developmentPages(context.dataDirectory) ?? context.articles.slice(0, 100).map(dressAsPage)
    const note = context.dataDirectory && existsSync(join(context.dataDirectory, 'clean/scrapinghub-dev.jsonl')) ? 'development pages' : 'generated pages'
    const baseline = await throughput(
      pages,
      (html) => {
        const dom = new JSDOM(html)
        new Readability(dom.window.document).parse()
        dom.window.close()
      },
      context.minSeconds
    )
    const pipeline = createPipeline({article: [clean]})
    const ours = await throughput(pages, (html, index) => pipeline.article({id: String(index), html}), context.minSeconds)
    return [{...compare('clean', 'clean stage, HTML pages', ours, 'Readability.js on jsdom', baseline, 10), note}]
  }
}

function developmentPages(dataDirectory: string | undefined): string[] | undefined {
  const path = dataDirectory && join(dataDirectory, 'clean/scrapinghub-dev.jsonl')
  if (!path || !existsSync(path)) return undefined
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as {html: string}).html)
}

/** A generated article inside the furniture of a news page: menu, share bar, related links, footer. */
function dressAsPage(article: string, index: number): string {
  const menu = ['Home', 'World', 'Business', 'Sport', 'Weather', 'Opinion'].map((item) => `<li><a href="/${item.toLowerCase()}">${item}</a></li>`).join('')
  const paragraphs = article.split('\n').map((paragraph) => `<p>${paragraph}</p>`).join('\n')
  const related = [1, 2, 3, 4, 5].map((n) => `<li><a href="/story/${index + n}">Story number ${index + n} from the coast</a></li>`).join('')
  return `<!doctype html><html><head><title>Article ${index}</title><meta property="og:site_name" content="Bench Courier"></head>
<body><header><nav class="menu"><ul>${menu}</ul></nav></header>
<main><article><h1>Article ${index}</h1><p class="byline">By Bench Writer</p>
${paragraphs}
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div></article>
<aside class="related"><h2>Most Read</h2><ul>${related}</ul></aside></main>
<footer><p>© Bench Courier</p></footer></body></html>`
}
