import {describe, expect, it} from 'vitest'
import {readPageMetadata, withoutSiteName} from './page-metadata.js'

const read = (meta: Record<string, string>, extra: {title?: string; firstHeading?: string; jsonLd?: string[]} = {}) =>
  readPageMetadata({meta: new Map(Object.entries(meta)), jsonLd: extra.jsonLd ?? [], title: extra.title, firstHeading: extra.firstHeading}).metadata

describe('page metadata', () => {
  it('drops the site name the page states from the headline, at its tail or head', () => {
    const keys = new Set(['valleycourier', 'thecoastpost'])
    expect(withoutSiteName('Ferry service resumes | Valley Courier', keys)).toBe('Ferry service resumes')
    expect(withoutSiteName('Ferry service resumes - ValleyCourier', keys)).toBe('Ferry service resumes')
    expect(withoutSiteName('The Coast Post — Bridge reopens to lorries', keys)).toBe('Bridge reopens to lorries')
    expect(withoutSiteName('Ferry service resumes | Editorial', keys)).toBe('Ferry service resumes | Editorial')
    expect(withoutSiteName('Valley Courier wins a press award', keys)).toBe('Valley Courier wins a press award')
  })

  it('takes the outlet the title confirms over a section in og:site_name, spelt as the page states it', () => {
    expect(read({'og:site_name': 'World', 'twitter:site': '@CoastPost'}, {title: 'Bridge reopens - Coast Post'}).source).toBe('Coast Post')
    expect(read({'og:site_name': 'The Coast Post'}, {title: 'Bridge reopens | TheCoastPost'})).toEqual({headline: 'Bridge reopens', source: 'The Coast Post'})
    expect(read({'og:site_name': 'Coast Post'}, {title: 'Bridge reopens | Opinion'}).source).toBe('Coast Post')
    expect(read({'og:site_name': 'https://www.coastpost.example'}, {title: 'Bridge reopens'}).source).toBeUndefined()
  })

  it('never takes the site name for the headline, nor an h1 the title does not share', () => {
    expect(read({'og:site_name': 'Coast Post', 'og:title': 'Coast Post'}, {title: 'Bridge reopens | Coast Post'}).headline).toBe('Bridge reopens')
    expect(read({}, {title: 'Bridge reopens to lorries', firstHeading: 'Harbour Daily'}).headline).toBe('Bridge reopens to lorries')
    expect(read({}, {title: 'Bridge reopens to lorries', firstHeading: 'Bridge reopens'}).headline).toBe('Bridge reopens')
  })

  it('decodes entities that meta tags and JSON-LD carry encoded twice', () => {
    const metadata = read({'og:description': '&quot;It held,&quot; she said &amp; left'}, {jsonLd: ['{"@type":"NewsArticle","headline":"Harbour&#8217;s wall holds"}']})
    expect(metadata).toEqual({headline: 'Harbour’s wall holds', standfirst: '"It held," she said & left'})
  })

  it('takes the first publication date that names a day of the calendar, skipping impossible ones', () => {
    expect(read({'article:published_time': '2025-02-30T09:00:00Z', date: 'March 3, 2025'}).publishedAt).toBe('2025-03-03')
    expect(read({'article:published_time': '2024-02-29T09:00:00Z'}).publishedAt).toBe('2024-02-29')
    expect(read({'article:published_time': '2023-02-29', pubdate: '2023-13-01'}).publishedAt).toBeUndefined()
    expect(read({'article:published_time': 'yesterday', 'dc.date': '4 May 2022'}).publishedAt).toBe('2022-05-04')
  })
})
