import type {ArticleMetadata} from '@tidings/core'
import {trimEnd} from '@tidings/lexicon'
import {decodeHTML} from 'entities'
import {parseDate} from './metadata.js'

/** What a page says about itself outside its text: meta tags, JSON-LD, `<title>`, the first `<h1>`. */
export interface PageStatements {
  /** `<meta>` contents by lower-cased property, name or itemprop; `canonical` for the canonical link. */
  meta: ReadonlyMap<string, string>
  jsonLd: ReadonlyArray<string>
  title?: string
  firstHeading?: string
  /** The first `<time datetime>` of the page. */
  timeValue?: string
}

export interface PageMetadata {
  metadata: ArticleMetadata
  /** The article body the JSON-LD gives, normalized (`normalize`), when it is long enough to vouch for blocks. */
  articleBody?: string
  /** JSON-LD blocks that are not JSON. */
  invalidJsonLd: number
}

type JsonObject = Record<string, unknown>

// Separators between a headline and the site's name in a title: "Ferry resumes | Valley Courier".
// Titles reach it with their white space collapsed to single spaces.
const titleSeparator = / [|–—·:-]{1,2} | [|–—·]|[|–—·] /gu

/**
 * The page's metadata, most specific statement first: JSON-LD `NewsArticle`, then `og:`,
 * `article:` and plain meta tags, then the `<h1>` and `<title>`. The outlet is the name the page
 * gives itself where its title confirms it; the headline loses that name's `| Site` or `- Site`.
 */
export function readPageMetadata(page: PageStatements): PageMetadata {
  const {objects, invalid} = parseJsonLd(page.jsonLd)
  const article = objects[0]
  const meta = (key: string) => clean(page.meta.get(key))
  const title = clean(page.title)
  const names = siteNames(nameOf(article?.publisher), meta, title)
  const metadata: ArticleMetadata = {}
  const headline = pickHeadline([stringOf(article?.headline), meta('og:title'), meta('twitter:title'), headingIfTitled(clean(page.firstHeading), title), title], names)
  if (headline) metadata.headline = headline
  const standfirst = clean(stringOf(article?.description)) ?? meta('og:description') ?? meta('description')
  if (standfirst) metadata.standfirst = standfirst
  const author = clean(nameOf(article?.author)) ?? meta('author') ?? meta('article:author') ?? meta('byl')?.replace(/^by\s+/i, '')
  if (author && !/^https?:/.test(author)) metadata.author = author
  const published = [stringOf(article?.datePublished), meta('article:published_time'), meta('datepublished'), meta('date'), meta('pubdate'), meta('dc.date'), page.timeValue]
    .map((value) => (value ? parseDate(value) : undefined))
    .find((value) => value !== undefined)
  if (published) metadata.publishedAt = published
  if (names.outlet) metadata.source = names.outlet
  const url = stringOf(article?.url) ?? page.meta.get('og:url') ?? page.meta.get('canonical')
  if (url) metadata.url = url
  const body = objects.map((object) => stringOf(object.articleBody)).find((value) => value && value.length >= 200)
  return body ? {metadata, articleBody: normalize(body), invalidJsonLd: invalid} : {metadata, invalidJsonLd: invalid}
}

interface SiteNames {
  outlet?: string
  /** Every name the page states for itself, loosely keyed (`looseKey`). */
  keys: Set<string>
}

/**
 * The site's names: the JSON-LD publisher, `og:site_name`, `application-name`, the `twitter:site`
 * handle and the last part of the `article:publisher` link. The outlet is the first the title
 * states as its tail or head ("... - Reuters"), spelt as stated where a plain name, else as the title has it; else the first stated
 * plainly. Sites fill `og:site_name` with a section ("U.S.") or a URL; the title is what a reader sees.
 */
function siteNames(publisher: string | undefined, meta: (key: string) => string | undefined, title: string | undefined): SiteNames {
  const handle = (value: string | undefined) => (value === undefined ? undefined : trimEnd(value.replace(/^@/, ''), '/').split('/').pop())
  const plain = [clean(publisher), meta('og:site_name'), meta('application-name')].filter((name): name is string => name !== undefined && !/^https?:|\.\w+\//.test(name))
  const stated = [...plain, handle(meta('twitter:site')), handle(meta('article:publisher'))].filter((name): name is string => name !== undefined && name.length > 0)
  const keys = new Set(stated.map(looseKey).filter((key) => key.length > 0))
  const ends = title ? titleEnds(title) : []
  const confirmed = ends.find((end) => keys.has(looseKey(end)))
  const outlet = confirmed === undefined ? plain[0] : (plain.find((name) => looseKey(name) === looseKey(confirmed)) ?? confirmed)
  return outlet ? {outlet, keys} : {keys}
}

/** The first headline candidate that is more than the site's name, without the name at its tail or head. */
function pickHeadline(candidates: ReadonlyArray<string | undefined>, names: SiteNames): string | undefined {
  for (const candidate of candidates) {
    const headline = candidate && withoutSiteName(clean(candidate) ?? '', names.keys)
    if (headline && !names.keys.has(looseKey(headline))) return headline
  }
  return undefined
}

/** `title` less a site name stated at its tail ("| TheHill") or head ("Valley Courier - "). */
export function withoutSiteName(title: string, keys: ReadonlySet<string>): string {
  for (const match of title.matchAll(titleSeparator)) {
    const at = match.index ?? 0
    const head = title.slice(0, at)
    const tail = title.slice(at + match[0].length)
    if (keys.has(looseKey(tail)) && looseKey(head)) return head.trim()
    if (keys.has(looseKey(head)) && looseKey(tail)) return tail.trim()
  }
  return title
}

/** The first and the last part of a title split at its separators, where there are any. */
function titleEnds(title: string): string[] {
  const parts = title.split(titleSeparator).map((part) => part.trim()).filter(Boolean)
  return parts.length > 1 ? [parts.at(-1) as string, parts[0] as string] : []
}

/** The first `<h1>` is the headline only when it shares a word with the title: else it is the site's logo or a section. */
function headingIfTitled(heading: string | undefined, title: string | undefined): string | undefined {
  if (!heading || !title) return heading
  const words = new Set(normalize(title).split(' '))
  return normalize(heading).split(' ').some((word) => word.length > 1 && words.has(word)) ? heading : undefined
}

/** The JSON-LD objects that describe an article, news article first, and how many blocks were not JSON. */
function parseJsonLd(sources: ReadonlyArray<string>): {objects: JsonObject[]; invalid: number} {
  const found: JsonObject[] = []
  let invalid = 0
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1)
      return
    }
    const object = value as JsonObject
    const types = ([] as unknown[]).concat(object['@type'] ?? [])
    if (types.some((kind) => typeof kind === 'string' && /Article|BlogPosting|Report/.test(kind))) found.push(object)
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) visit(object[key], depth + 1)
  }
  for (const source of sources) {
    try {
      visit(JSON.parse(source), 0)
    } catch {
      invalid++
    }
  }
  const news = (object: JsonObject) => Number(/News/.test(String(object['@type'])))
  return {objects: found.sort((a, b) => news(b) - news(a)), invalid}
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value
  if (Array.isArray(value)) return stringOf(value[0])
  return undefined
}

function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== undefined)
    return names.length ? names.join(', ') : undefined
  }
  if (value && typeof value === 'object') return stringOf((value as JsonObject).name)
  return stringOf(value)
}

/**
 * White space collapsed and entities decoded: meta tags and JSON-LD are often encoded twice
 * ("&amp;quot;"), and the parser decodes once.
 */
function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const decoded = value.includes('&') ? decodeHTML(value) : value
  return decoded.replace(/\s+/g, ' ').trim() || undefined
}

/** Letters and digits only, lower case: "TheHill" and "The Hill" are one name. */
function looseKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

export function normalize(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
