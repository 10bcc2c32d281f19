import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, it} from 'vitest'
import {describePage} from './page.js'

it('keeps the article of a whole page, lifts its metadata and reports what it removed', async () => {
  const html = readFileSync(join(import.meta.dirname, 'page.html'), 'utf8')
  expect(await describePage('page', html)).toEqual([
    "metadata {\"headline\":\"Ferry fire forces evacuation of 312 passengers\",\"author\":\"Ana Ruiz\",\"publishedAt\":\"2025-03-10\",\"source\":\"The Harbour Gazette\"}",
    "published 2025-03-10",
    "kept: A fire broke out in the engine room of the ferry Northern Star on Sunday, forcing the evacuation of 312 passengers about 14 miles off Port Calder, the coast guard said.",
    "kept: Four crew members were treated for smoke inhalation. The ferry was towed into port on Monday and the operator said the 40-mile service would resume in three weeks.",
    "removed (outside-article): Home News Sport Weather",
    "removed (headline): Ferry fire forces evacuation of 312 passengers",
    "removed (byline): By Ana Ruiz",
    "removed (share): Share this article",
    "removed (related): Most read",
    "removed (outside-article): Council approves bridge",
    "removed (outside-article): Storm warning for the coast",
    "removed (appeal): Support our journalism.",
    "removed (outside-article): Subscribe from £1 a week.",
    "date Sunday -> 2025-03-09",
    "date Monday -> 2025-03-10",
    "date three weeks -> 2025-W14",
    "quantity 312 passengers -> 312 passengers",
    "quantity about 14 miles -> 14 mile",
    "quantity Four crew members -> 4 crew members",
    "quantity 40-mile -> 40 mile",
    "quantity three weeks -> 3 week"
  ])
})
