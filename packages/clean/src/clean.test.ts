import {createPipeline} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {clean} from './index.js'

const scraped = [
  'Home',
  'World',
  'Sport',
  'Ferry service to the islands resumes after storm',
  'Crews cleared the harbour overnight and the first boat left at dawn',
  'By Lena Ortiz',
  'March 4, 2024',
  'Your support makes all the difference.The ferry to the outer islands sailed again on Monday, three days after a storm closed the harbour and left 400 passengers stranded on the quay.',
  'Harbour master Tomas Berg said the crews had worked through the night to clear two sunken fishing boats from the channel, and that the timetable would be back to normal by the weekend.',
  '“We were lucky the sea wall held,” he said, adding that repairs to the pier would cost about $2 million.',
  'Lena Ortiz can be reached at lortiz@example.com.',
  'Most Commented',
  'Comments'
].join('\n')

const article = [
  'The ferry to the outer islands sailed again on Monday, three days after a storm closed the harbour and left 400 passengers stranded on the quay.',
  'Harbour master Tomas Berg said the crews had worked through the night to clear two sunken fishing boats from the channel, and that the timetable would be back to normal by the weekend.',
  '“We were lucky the sea wall held,” he said, adding that repairs to the pier would cost about $2 million.'
].join('\n')

const page = `<!doctype html><html><head><title>Ferry service resumes | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes after storm","datePublished":"2024-03-04T08:00:00+01:00","author":{"@type":"Person","name":"Lena Ortiz"}}</script>
<style>p{color:red}</style></head>
<body><nav class="main-menu"><a href="/">Home</a> <a href="/world">World</a></nav>
<article class="story"><h1>Ferry service resumes after storm</h1>
<p class="byline">By Lena Ortiz</p>
<p>The ferry to the outer islands sailed again on Monday, three days after a storm closed the harbour &amp; left 400 passengers stranded.</p>
<figure><img src="x.jpg"><figcaption>The quay on Sunday. Photo: Tomas Berg</figcaption></figure>
<p>Harbour master Tomas Berg said crews had worked through the night to clear two sunken boats from the channel, and that sailings would be back to normal by the weekend.</p>
<div class="share-bar"><a href="#">Share</a></div>
</article>
<aside><h2>Most Read</h2><ul><li><a href="/1">Council approves new bridge</a></li></ul></aside>
<footer>© 2024 Valley Courier</footer></body></html>`

describe('clean on scraped text', () => {
  const pipeline = createPipeline({article: [clean]})

  it('keeps the article, reports what it removed and lifts the metadata', async () => {
    const record = await pipeline.article({id: 'a', text: scraped})
    if (record.kind !== 'article') throw new Error(record.error.message)
    expect(record.cleanText).toBe(article)
    expect(record.removed?.map(({start, end, rule}) => [start, end, rule])).toEqual([
      [0, 4, 'navigation'],
      [5, 10, 'outside-article'],
      [11, 16, 'outside-article'],
      [17, 65, 'headline'],
      [66, 133, 'standfirst'],
      [134, 147, 'byline'],
      [148, 161, 'date'],
      [162, 200, 'appeal'],
      [635, 683, 'contact'],
      [684, 698, 'related'],
      [699, 707, 'comments']
    ])
    for (const span of record.removed ?? []) expect(scraped.slice(span.start, span.end)).toBe(span.text)
    expect(record.metadata).toEqual({
      headline: 'Ferry service to the islands resumes after storm',
      standfirst: 'Crews cleared the harbour overnight and the first boat left at dawn',
      author: 'Lena Ortiz',
      contact: 'lortiz@example.com',
      publishedAt: '2024-03-04'
    })
  })

  it('builds the tree over the kept text, in the input’s offsets', async () => {
    const record = await pipeline.article({id: 'a', text: scraped})
    if (record.kind !== 'article') throw new Error(record.error.message)
    expect(record.text).toBe(scraped)
    expect(record.paragraphs).toEqual([
      {start: 200, end: 344},
      {start: 345, end: 529},
      {start: 530, end: 634}
    ])
    expect(record.paragraphs.map(({start, end}) => scraped.slice(start, end)).join('\n')).toBe(article)
  })

  it('dates the document from the page only when nothing else did', async () => {
    expect(await pipeline.article({id: 'a', text: scraped})).toMatchObject({publishedAt: '2024-03-04'})
    expect(await pipeline.article({id: 'a', text: scraped, publishedAt: '2024-03-05'})).toMatchObject({publishedAt: '2024-03-05'})
    const withOption = createPipeline({article: [clean], published: '2024-01-01'})
    expect(await withOption.article({id: 'a', text: scraped})).toMatchObject({publishedAt: '2024-03-04'})
  })

  it('lifts the wire attribution and the dateline', async () => {
    const text = [
      'LISBON (Reuters) — The ferry to the outer islands sailed again on Monday after a storm closed the harbour for three days.',
      'Harbour officials said the crews had cleared the channel overnight and that the timetable would be back to normal by Friday.',
      '• This article was based in part on wire service reports.'
    ].join('\n')
    const record = await pipeline.article({id: 'w', text})
    expect(record).toMatchObject({
      metadata: {dateline: 'LISBON (Reuters)', attribution: 'based in part on wire service reports'},
      removed: [{rule: 'attribution', text: '• This article was based in part on wire service reports.'}]
    })
  })

  it('marks without dropping with keepAll', async () => {
    const record = await createPipeline({article: [[clean, {keepAll: true}]]}).article({id: 'a', text: scraped})
    if (record.kind !== 'article') throw new Error(record.error.message)
    expect(record.cleanText).toBe(scraped)
    expect(record.removed).toHaveLength(11)
  })

  it('takes more phrases and lines through options', async () => {
    const text = `${article}\nThe Valley Courier thanks its readers for every story they send in.\nTip line`
    const plain = await createPipeline({article: [clean]}).article({id: 'o', text})
    expect(plain).toMatchObject({cleanText: `${article}\nThe Valley Courier thanks its readers for every story they send in.`})
    const extended = await createPipeline({article: [[clean, {phrases: ['thanks its readers'], lines: ['tip line']}]]}).article({id: 'o', text})
    expect(extended).toMatchObject({cleanText: article})
    expect((extended as {removed: Array<{rule: string}>}).removed.map((span) => span.rule)).toEqual(['phrase', 'line'])
    // A pattern with a back reference is tested on its own, not joined with the others.
    const repeated = await createPipeline({article: [[clean, {phrases: [/\b(\w+) \1 readers\b/i]}]]}).article({id: 'r', text: `${article}\nThanks thanks readers.`})
    expect(repeated).toMatchObject({cleanText: article, removed: [{rule: 'phrase'}]})
    const widget = `Loading... ${article}`
    const opened = await createPipeline({article: [[clean, {openings: ['loading...']}]]}).article({id: 'w', text: widget})
    expect(opened).toMatchObject({cleanText: article, removed: [{rule: 'opening', start: 0, end: 10, text: 'Loading...'}]})
    // An unanchored pattern of the caller's cuts only a message at the line's start.
    const unanchored = createPipeline({article: [[clean, {openings: [/sign up now/i]}]]})
    expect(await unanchored.article({id: 'u', text: `Readers can sign up now Or later. ${article}`})).toMatchObject({cleanText: `Readers can sign up now Or later. ${article}`})
  })

  it('cuts a form’s messages glued to the start of a line, and keeps the words of a sentence', async () => {
    const lead = 'The ferry to the outer islands sailed again on Monday, three days after a storm closed the harbour.'
    const glued = await pipeline.article({id: 'f', text: `Invalid email address ${lead}\n${article}`})
    expect(glued).toMatchObject({cleanText: `${lead}\n${article}`, removed: [{rule: 'form', start: 0, end: 21, text: 'Invalid email address'}]})
    const chained = await pipeline.article({id: 'c', text: `Could not subscribe, try again later Invalid Email ${lead}\n${article}`})
    expect(chained).toMatchObject({cleanText: `${lead}\n${article}`, removed: [{rule: 'form', text: 'Could not subscribe, try again later Invalid Email'}]})
    const own = 'Unable to subscribe to the new rules, the ferry operator cut its winter sailings to the outer islands on Monday.'
    expect(await pipeline.article({id: 'o', text: `${own}\n${article}`})).toMatchObject({cleanText: `${own}\n${article}`})
  })

  it('drops the teasers under a related heading, excerpts cut short and their bylines', async () => {
    const teasers = [
      'You may also like',
      'The lighthouse keeper who kept a diary of every storm for forty years, and what his notes tell us about the winters ahead of the island…',
      'Ana Ruiz',
      'A school on the outer islands reopened this week with eleven pupils, two teachers and a boat that brings them all in every morning at seven...'
    ]
    const record = await pipeline.article({id: 't', text: [article, ...teasers].join('\n')})
    expect(record).toMatchObject({cleanText: article})
    expect((record as {removed: Array<{rule: string}>}).removed.map((span) => span.rule)).toEqual(['related', 'teaser', 'teaser', 'teaser'])
  })

  it('keeps a numbered list the article opens to its last item, and no further', async () => {
    const list = ['Here are the five boats the harbour trust will restore this spring, in the order the work will start:', '1) The Gull', 'gull.example.com', '2) The Heron', '3) The Tern', 'Most Read', '4) Council approves new bridge']
    const record = await pipeline.article({id: 'l', text: [article, ...list].join('\n')})
    expect(record).toMatchObject({cleanText: [article, ...list.slice(0, 5)].join('\n')})
  })

  it('says so when nothing reads as an article, and never throws', async () => {
    const record = await pipeline.article({id: 'm', text: 'Home\nStorm warning for the coast'})
    expect(record).toMatchObject({cleanText: 'Storm warning for the coast', removed: [{rule: 'navigation'}], messages: [{ruleId: 'no-article', source: '@tidings/clean'}]})
    const short = await pipeline.article({id: 's', text: 'A ferry caught fire off the coast.\nAll passengers were rescued.'})
    expect(short).toMatchObject({cleanText: 'A ferry caught fire off the coast.\nAll passengers were rescued.', removed: [], messages: []})
    expect(await pipeline.article({id: 'e', text: ''})).toMatchObject({cleanText: '', removed: [], messages: []})
  })

  it('rejects bad options when the pipeline is built', () => {
    expect(() => createPipeline({article: [[clean, {keepAll: 'yes'}]]})).toThrow(/Invalid options for clean/)
    expect(() => createPipeline({article: [[clean, {phrases: [3]}]]})).toThrow(/Invalid options for clean/)
  })

  it('stays linear on long and hostile lines', async () => {
    const long = [`By ${'Ab '.repeat(40_000)}`, `${'word, '.repeat(60_000)}.`, 'x.'.repeat(50_000), `(Image: ${'a'.repeat(100_000)}`, '['.repeat(100_000)].join('\n')
    const started = performance.now()
    const record = await pipeline.article({id: 'l', text: long})
    expect(record.kind).toBe('article')
    expect(performance.now() - started).toBeLessThan(3000)
  })
})

describe('clean on a page', () => {
  const pipeline = createPipeline({article: [clean]})

  it('renders the page as text, keeps the article and reads the page’s metadata', async () => {
    const record = await pipeline.article({id: 'p', html: page})
    if (record.kind !== 'article') throw new Error(record.error.message)
    expect(record.text).toBe(
      [
        'Home World',
        'Ferry service resumes after storm',
        'By Lena Ortiz',
        'The ferry to the outer islands sailed again on Monday, three days after a storm closed the harbour & left 400 passengers stranded.',
        'The quay on Sunday. Photo: Tomas Berg',
        'Harbour master Tomas Berg said crews had worked through the night to clear two sunken boats from the channel, and that sailings would be back to normal by the weekend.',
        'Share',
        'Most Read',
        'Council approves new bridge',
        '© 2024 Valley Courier'
      ].join('\n')
    )
    expect(record.cleanText).toBe(
      'The ferry to the outer islands sailed again on Monday, three days after a storm closed the harbour & left 400 passengers stranded.\nHarbour master Tomas Berg said crews had worked through the night to clear two sunken boats from the channel, and that sailings would be back to normal by the weekend.'
    )
    expect(record.removed?.map((span) => [span.text, span.rule])).toEqual([
      ['Home World', 'outside-article'],
      ['Ferry service resumes after storm', 'headline'],
      ['By Lena Ortiz', 'byline'],
      ['The quay on Sunday. Photo: Tomas Berg', 'caption'],
      ['Share', 'share'],
      ['Most Read', 'related'],
      ['Council approves new bridge', 'outside-article'],
      ['© 2024 Valley Courier', 'copyright']
    ])
    expect(record.metadata).toEqual({headline: 'Ferry service resumes after storm', author: 'Lena Ortiz', publishedAt: '2024-03-04', source: 'Valley Courier'})
    expect(record.publishedAt).toBe('2024-03-04')
  })

  it('reports JSON-LD that is not JSON and reads the page without it', async () => {
    const broken = page.replace('<style>', '<script type="application/ld+json">{not json</script><style>')
    const record = await pipeline.article({id: 'p', html: broken})
    expect(record).toMatchObject({messages: [{ruleId: 'invalid-json-ld'}], metadata: {author: 'Lena Ortiz'}})
  })

  it('renders tables a row a line, and skips what a reader never sees', async () => {
    const record = await pipeline.article({id: 't', html: '<table><tr><td>Pos</td><td>Player</td></tr></table><script>var a = 1</script><p hidden>gone</p><p>x<br>y</p>'})
    expect(record).toMatchObject({text: 'Pos Player\nx\ny'})
  })
})
