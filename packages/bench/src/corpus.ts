/**
 * A corpus of news-like articles we write ourselves, generated from templates, so the benchmark
 * ships no third-party text. Deterministic: the same count gives the same articles.
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
