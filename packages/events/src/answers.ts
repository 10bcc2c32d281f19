import type {EventActor, EventPlace} from '@tidings/core'
import type {ArticleSummary, NamedMention, PlaceMention, Prominence} from './features.js'

/** Actors and places an event lists at most: the rest are background that one report names. */
const listed = 10
/** The opening sentences, where a report says where its event happened. */
const leadSentences = 3

interface Tally {
  articles: Set<string>
  /** The articles that name it in their headline or opening sentences. */
  leads: Set<string>
  mentions: number
  /** The articles whose headline names it. */
  headlines: Set<string>
  /** The earliest headline word that names it: a headline names its subject first. */
  headlineWord: number
  firstSentence: number
}

/**
 * Who acted: the names the articles' entities give, one entry per name across sources ("Kirby" in
 * one report joins "John Kirby" in another), ranked by how many sources name them, places that
 * act ("Russia fired") after the rest, then by the headlines that name them, how early in the
 * headline's main clause (its subject first), how early the articles do (by sentence, then how
 * often, then which they name first).
 */
export function eventActors(articles: ReadonlyArray<ArticleSummary>): EventActor[] {
  const longForm = fullNames(articles.flatMap((article) => article.actors))
  // Entries in the order the articles first name them: among equals, the one named first (a sentence's subject) comes first.
  const tallies = new Map<string, {actor: NamedMention; tally: Tally; order: number}>()
  for (const article of articles) {
    for (const actor of article.actors) {
      const name = longForm.get(actor.name) ?? actor.name
      const entry = tallies.get(name) ?? {actor: {...actor, name}, tally: emptyTally(), order: tallies.size}
      tallies.set(name, entry)
      count(entry.tally, article.id, actor)
    }
  }
  return [...tallies.values()]
    .sort((a, b) => b.tally.articles.size - a.tally.articles.size || tier(a.actor) - tier(b.actor) || byProminence(a.tally, b.tally) || a.order - b.order)
    .slice(0, listed)
    .map(({actor, tally}) => ({name: actor.name, type: actor.type, mentions: tally.mentions, sources: tally.articles.size}))
}

/**
 * Where it happened: the articles' places, one entry per place on the map; first those the most
 * reports name in their headline or opening sentences, where a report says where, then as actors
 * are ranked, except that places no lead names come after those inside the first place's country.
 * None when no report's headline or opening sentences name a place.
 */
export function eventPlaces(articles: ReadonlyArray<ArticleSummary>): EventPlace[] {
  const tallies = new Map<string, {place: PlaceMention; tally: Tally}>()
  for (const article of articles) {
    for (const place of article.places) {
      const entry = tallies.get(place.key) ?? {place, tally: emptyTally()}
      tallies.set(place.key, entry)
      count(entry.tally, article.id, place)
    }
  }
  const ranked = [...tallies.values()].sort(
    (a, b) => b.tally.leads.size - a.tally.leads.size || b.tally.articles.size - a.tally.articles.size || byProminence(a.tally, b.tally) || compare(a.place.name, b.place.name)
  )
  // A named site the leads place the news at says where more closely than any town, when at least
  // half the reports place it there: one report's "briefing in the White House" among five on a
  // war abroad tells where someone spoke. It is drawn at the place the reports put it in (named in
  // a sentence with it, or in its name, one inside a division first), else at the first place
  // named inside a division, else the first place.
  const site = leadSites(articles).find((candidate) => 2 * candidate.articles.size >= articles.length)
  const named = site ? ranked.filter((entry) => site.towns.has(entry.place.key)) : []
  const inDivision = (entry: {place: PlaceMention}) => entry.place.admin1 !== undefined
  const town = named.find(inDivision) ?? named[0] ?? ranked.find(inDivision) ?? ranked[0]
  const sites: EventPlace[] =
    site && town
      ? [{name: site.name, within: town.place.name, country: town.place.country, lat: town.place.lat, lon: town.place.lon, mentions: site.mentions, sources: site.articles.size}]
      : []
  // Reports say where in their opening; when none does, the places further down are background
  // (a rally elsewhere, a past case) and where it happened is not known.
  if (ranked[0] === undefined || ranked[0].tally.leads.size === 0) return sites
  // Past the places the leads name, places inside the first one's country come first: the towns
  // where it happened before the capitals and countries that are only named.
  const country = ranked[0]?.place.country
  const outside = (entry: {place: PlaceMention; tally: Tally}) => Number(entry.tally.leads.size === 0 && entry.place.country !== country)
  const places = ranked
    .map((entry, order) => ({entry, order}))
    .sort((a, b) => outside(a.entry) - outside(b.entry) || a.order - b.order)
    .map(({entry: {place: {name, country, lat, lon}, tally}}) => ({name, country, lat, lon, mentions: tally.mentions, sources: tally.articles.size}))
  return [...sites, ...places].slice(0, listed)
}

/** The named sites the reports place the news at in their opening, those the most reports name first, then the earliest. */
function leadSites(articles: ReadonlyArray<ArticleSummary>): Array<{name: string; mentions: number; articles: Set<string>; towns: Set<string>}> {
  const tallies = new Map<string, {name: string; mentions: number; articles: Set<string>; firstSentence: number; towns: Set<string>}>()
  for (const article of articles) {
    for (const site of article.sites) {
      const tally = tallies.get(site.name) ?? {name: site.name, mentions: 0, articles: new Set<string>(), firstSentence: site.firstSentence, towns: new Set<string>()}
      tallies.set(site.name, tally)
      tally.mentions += site.mentions
      tally.articles.add(article.id)
      tally.firstSentence = Math.min(tally.firstSentence, site.firstSentence)
      for (const town of site.towns) tally.towns.add(town)
    }
  }
  return [...tallies.values()].sort((a, b) => b.articles.size - a.articles.size || a.firstSentence - b.firstSentence || compare(a.name, b.name))
}

/**
 * A name of one word that is the last word of exactly one longer name of the same type ("Kirby",
 * "John Kirby") stands for it: reports give the full name once and the surname after.
 */
function fullNames(actors: ReadonlyArray<NamedMention>): Map<string, string> {
  const longer = new Map<string, Set<string>>()
  for (const {name, type} of actors) {
    const words = name.split(/\s+/)
    if (words.length < 2) continue
    const key = `${type}\u0000${words.at(-1)!.toLowerCase()}`
    const names = longer.get(key) ?? new Set<string>()
    longer.set(key, names.add(name))
  }
  const forms = new Map<string, string>()
  for (const {name, type} of actors) {
    if (/\s/.test(name)) continue
    const names = longer.get(`${type}\u0000${name.toLowerCase()}`)
    if (names?.size === 1) forms.set(name, [...names][0]!)
  }
  return forms
}

/** People, organisations and named things act; a place named as an actor ("Russia said") comes after them. */
function tier(actor: NamedMention): number {
  return actor.type === 'place' ? 1 : 0
}

function emptyTally(): Tally {
  return {articles: new Set(), leads: new Set(), mentions: 0, headlines: new Set(), headlineWord: Number.POSITIVE_INFINITY, firstSentence: Number.POSITIVE_INFINITY}
}

function count(tally: Tally, article: string, prominence: Prominence): void {
  tally.articles.add(article)
  if (prominence.headlineWord !== undefined || prominence.firstSentence < leadSentences) tally.leads.add(article)
  tally.mentions += prominence.mentions
  if (prominence.headlineWord !== undefined) {
    tally.headlines.add(article)
    tally.headlineWord = Math.min(tally.headlineWord, prominence.headlineWord)
  }
  tally.firstSentence = Math.min(tally.firstSentence, prominence.firstSentence)
}

/** Named in more headlines, then earlier in a headline, then earlier in the articles, then more often. */
function byProminence(a: Tally, b: Tally): number {
  return b.headlines.size - a.headlines.size || a.headlineWord - b.headlineWord || a.firstSentence - b.firstSentence || b.mentions - a.mentions
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
