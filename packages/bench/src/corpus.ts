import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/**
 * The articles the suites time: real news from the development data when it is beside the
 * repository, else news-like articles we write ourselves, generated from templates, so the
 * benchmark runs without it and ships no third-party text. Deterministic either way.
 */
const places = ['Kharkiv', 'Odesa', 'Lviv', 'Dnipro', 'Busan', 'Incheon', 'Valparaiso', 'Tromso', 'Cork', 'Nantes']
const agencies = ['the coast guard', 'the interior ministry', 'the regional governor', 'the weather service', 'city officials']
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const months = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
const kinds = ['storm', 'flood', 'fire', 'earthquake', 'strike', 'blackout']

const paragraphs: ReadonlyArray<(n: number) => string> = [
  (n) =>
    `A ${pick(kinds, n)} hit ${pick(places, n)} on ${pick(weekdays, n)}, ${pick(agencies, n)} said, forcing about ${100 + (n % 900)} families from their homes.`,
  (n) =>
    `Officials said at least ${2 + (n % 40)} people were hurt and more than ${10 + (n % 300)} buildings were damaged along a ${5 + (n % 90)}-mile stretch of coast.`,
  (n) =>
    `The damage was put at $${1 + (n % 60)}.${n % 10} million, up ${1 + (n % 30)}% on the estimate of ${pick(months, n + 3)} ${1 + (n % 28)}.`,
  (n) =>
    `Mr. ${pick(['Novak', 'Kim', 'Ortega', 'Berg', 'Walsh'], n)} told reporters at 5 p.m. that crews would work through the night and into next week.`,
  (n) =>
    `Winds reached ${60 + (n % 80)} km/h and ${20 + (n % 100)} millimetres of rain fell in ${2 + (n % 10)} hours, the heaviest since ${1990 + (n % 30)}.`,
  (n) => `“We have never seen water this high,” said one resident, ${30 + (n % 50)}, who has lived there since the 1980s.`,
  () => 'Sign up for our newsletter to get the latest news in your inbox.',
  () => 'Share this article',
  (n) =>
    `The U.S. embassy said ${pick(['two', 'three', 'several', 'dozens of'], n)} of its citizens were safe. Power was back for ${70 + (n % 30)}% of homes by Friday.`
]

function pick<T>(list: ReadonlyArray<T>, n: number): T {
  return list[n % list.length] as T
}

/** `count` articles of six to nine paragraphs each, one paragraph a line. */
export function generateArticles(count: number): string[] {
  const articles: string[] = []
  for (let index = 0; index < count; index++) {
    const size = 6 + (index % 4)
    const lines: string[] = []
    for (let line = 0; line < size; line++) {
      const template = paragraphs[(index * 7 + line * 3) % paragraphs.length] as (n: number) => string
      lines.push(template(index * 31 + line * 17))
    }
    articles.push(lines.join('\n'))
  }
  return articles
}

/**
 * The news sets of the development data that hold whole articles, in the order they are read:
 * TimeBank and AQUAINT wire stories, scraped articles with their share buttons and captions, the
 * clean set's page texts (every visible block of a news page, menus and footers included, as a
 * scraper without extraction saves it: the longest articles, and the ones clean works hardest on),
 * then ECB+'s articles for volume.
 */
const developmentArticleSets = ['dates/tbaq.jsonl', 'events/giveme5w1h-dev.jsonl', 'clean/scrapinghub-dev.jsonl', 'cluster/ecbplus.jsonl']

/**
 * Up to `count` real news articles read from the development data at run time (never copied into
 * the repository), or undefined when the data is absent. Deterministic: the same data and count
 * give the same articles.
 */
export function developmentArticles(dataDirectory: string | undefined, count: number): string[] | undefined {
  if (!dataDirectory) return undefined
  const articles: string[] = []
  for (const set of developmentArticleSets) {
    const path = join(dataDirectory, set)
    if (!existsSync(path)) continue
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (articles.length >= count) return articles
      const text = line.trim() ? (JSON.parse(line) as {text?: unknown}).text : undefined
      if (typeof text === 'string' && text.trim()) articles.push(text)
    }
  }
  return articles.length > 0 ? articles : undefined
}
