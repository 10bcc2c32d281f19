import type {ArticleRecord, EventPlace, EventRecord, MentionRef, TidingsRecord} from '@tidings/core'
import {formatFact} from './report-facts.js'
import {placeMap, worldDefinition} from './report-map.js'

/**
 * One self-contained HTML page (no network, no CDN) that shows event records to a person: an index
 * when there are several, then each event's what, who and where (with a map drawn in the page),
 * its conflicts, sources, timeline, and facts in the units the sources used, with the mentions
 * behind them. Clicking a mention shows its sentence with the mention highlighted, when the
 * article records are in the input too (`tidings run` writes both).
 */
export function renderReport(records: Iterable<TidingsRecord>, title = 'Tidings report'): string {
  const articles = new Map<string, ArticleRecord>()
  const events: EventRecord[] = []
  for (const record of records) {
    if (record.kind === 'article') articles.set(record.id, record)
    else if (record.kind === 'event') events.push(record)
  }
  const body = events.length === 0 ? '<p class="empty">No event records in the input.</p>' : events.map((event) => renderEvent(event, articles)).join('\n')
  const maps = events.some((event) => event.where && event.where.length > 0) ? worldDefinition() : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${styles}</style>
</head>
<body>
${maps}
<header><h1>${escape(title)}</h1><p>${summary(events, articles)}</p></header>
<main>
${events.length > 1 ? renderIndex(events) : ''}
${body}
</main>
<script>${script}</script>
</body>
</html>
`
}

/** "3 events from 7 articles": the articles the events name, whether or not their records are in the input. */
function summary(events: ReadonlyArray<EventRecord>, articles: ReadonlyMap<string, ArticleRecord>): string {
  const reported = new Set(events.flatMap((event) => event.articles))
  const count = events.length > 0 ? reported.size : articles.size
  return `${plural(events.length, 'event')} from ${plural(count, 'article')}`
}

function renderIndex(events: ReadonlyArray<EventRecord>): string {
  const entries = events
    .map((event) => {
      const when = event.when[0]?.value
      const details = [plural(event.sources.length, 'source'), ...(when ? [when] : [])].join(', ')
      return `<li><a href="#${escape(event.id)}">${escape(event.title)}</a> <span class="muted">${escape(details)}</span></li>`
    })
    .join('')
  return `<nav class="index" aria-label="Events"><h2>${events.length} events</h2><ol>${entries}</ol></nav>`
}

function renderEvent(event: EventRecord, articles: ReadonlyMap<string, ArticleRecord>): string {
  const outlets = new Map(event.sources.map((source) => [source.article, source.outlet ?? articles.get(source.article)?.source ?? source.article]))
  const outlet = (article: string) => outlets.get(article) ?? articles.get(article)?.source ?? article
  const mention = (ref: MentionRef) => renderMention(ref, articles, outlet)
  const mentions = (refs: ReadonlyArray<MentionRef>) => `<div class="mentions">${refs.map(mention).join('')}</div>`

  const who = (event.who ?? [])
    .map((actor) => `<li>${escape(actor.name)} <span class="tag">${escape(actor.type)}</span> <span class="muted">${plural(actor.sources, 'source')}</span></li>`)
    .join('')
  const where = (event.where ?? []).map((place) => `<li>${describePlace(place)} <span class="muted">${plural(place.sources, 'source')}</span></li>`).join('')
  const map = event.where && event.where.length > 0 ? placeMap(event.where, describePlace) : ''
  const overview =
    who || where
      ? `<div class="overview">${who ? `<section><h3>Who</h3><ul class="who">${who}</ul></section>` : ''}${where ? `<section><h3>Where</h3><ul class="where">${where}</ul>${map}</section>` : ''}</div>`
      : ''
  const conflicts = event.conflicts
    .map(
      (conflict) =>
        `<li class="conflict"><strong>${escape(conflict.reason)}</strong><ul>${conflict.sides
          .map((side) => {
            const said = [...new Set(side.mentions.map((ref) => outlet(ref.article)))].join(', ')
            return `<li><strong>${escape(side.value)}</strong>: ${escape(said)}${mentions(side.mentions)}</li>`
          })
          .join('')}</ul></li>`
    )
    .join('')
  const sources = event.sources
    .map((source) => {
      const name = outlet(source.article)
      const link = source.url ? `<a href="${escape(source.url)}">${escape(name)}</a>` : escape(name)
      const duplicate = source.duplicateOf ? ` <span class="tag">copy of ${escape(outlet(source.duplicateOf))}</span>` : ''
      const file = name === source.article ? '' : ` <span class="muted">${escape(source.article)}</span>`
      return `<li>${link}${source.publishedAt ? ` <time>${escape(source.publishedAt)}</time>` : ''}${file}${duplicate}</li>`
    })
    .join('')
  const when = event.when.map((date) => `<li><time>${escape(date.value)}</time> <span class="muted">${plural(date.sources, 'source')}</span></li>`).join('')
  const timeline = event.timeline
    .map((entry) => `<li><time>${escape(entry.date)}</time> ${escape(entry.text)} <span class="muted">${plural(entry.sources.length, 'source')}</span>${mentions(entry.mentions)}</li>`)
    .join('')
  const facts = event.facts
    .map(
      (fact) =>
        `<li><strong>${escape(formatFact(fact, articles))}</strong>${fact.of ? ` ${escape(fact.of)}` : ''} <span class="muted">${escape(fact.dimension)}</span>${mentions(fact.mentions)}</li>`
    )
    .join('')
  return `<article class="event" id="${escape(event.id)}">
<h2>${escape(event.title)}</h2>
${event.what ? `<p class="what">${escape(event.what)}</p>` : ''}
${overview}
${conflicts ? `<section><h3>Conflicts</h3><ul class="conflicts">${conflicts}</ul></section>` : ''}
<section><h3>Sources (${event.sources.length})</h3><ul class="sources">${sources}</ul></section>
${when ? `<section><h3>When</h3><ul class="when">${when}</ul></section>` : ''}
${timeline ? `<section><h3>Timeline</h3><ol class="timeline">${timeline}</ol></section>` : ''}
${facts ? `<section><h3>Facts</h3><ul class="facts">${facts}</ul></section>` : ''}
</article>`
}

const countryNames = new Intl.DisplayNames(['en'], {type: 'region'})

/** "Zaporizhzhia (Ukraine)"; a country alone is its name. */
function describePlace(place: EventPlace): string {
  let country = place.country
  try {
    country = countryNames.of(place.country) ?? place.country
  } catch {
    // Not an ISO 3166 code: shown as it is.
  }
  // A site is told with the town it is in: "Kendal Town Hall (Kendal, United Kingdom)".
  const around = [place.within, country === place.name ? undefined : country].filter(Boolean).join(', ')
  return escape(around ? `${place.name} (${around})` : place.name)
}

function renderMention(ref: MentionRef, articles: ReadonlyMap<string, ArticleRecord>, outlet: (article: string) => string): string {
  const article = articles.get(ref.article)
  const sentence = article?.sentences.find((span) => span.start <= ref.start && ref.end <= span.end)
  const context = article && sentence
    ? `${escape(article.text.slice(sentence.start, ref.start))}<mark>${escape(article.text.slice(ref.start, ref.end))}</mark>${escape(article.text.slice(ref.end, sentence.end))}`
    : `<mark>${escape(ref.text)}</mark>`
  return `<button type="button" class="mention" aria-expanded="false">${escape(ref.text)} <span class="muted">${escape(outlet(ref.article))}</span></button><blockquote class="context" hidden>${context}</blockquote>`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

const styles = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f5f1;color:#1d1d1b}
header{padding:1.5rem 2rem;background:#1d3557;color:#fff}header h1{margin:0}header p{margin:.25rem 0 0;opacity:.8}
main{max-width:60rem;margin:0 auto;padding:1rem 2rem}
.event,.index{background:#fff;border-radius:8px;padding:1rem 1.5rem;margin:1.5rem 0;box-shadow:0 1px 3px #0002}
.index h2{font-size:1.1rem;margin:.25rem 0}.index ol{margin:0;padding-left:1.5rem}
h2{margin-top:.25rem}h3{font-size:1rem;text-transform:uppercase;letter-spacing:.05em;color:#555}
.what{font-size:1.1rem;margin:-.5rem 0 .5rem;color:#333}
.overview{display:flex;flex-wrap:wrap;gap:0 2rem}.overview>section{flex:1 1 16rem}
.overview ul{padding-left:1.2rem}
.map{margin:.5rem 0}.map svg{width:100%;max-width:400px;height:auto;border-radius:6px;display:block}
.map .sea{fill:#dbe8f3}.land{fill:#f1efe6;stroke:none}.borders{fill:none;stroke:#b9b4a4;stroke-width:.7;vector-effect:non-scaling-stroke}
.map circle{fill:#e63946;stroke:#fff;stroke-width:1.5}.map text{font-size:12px;fill:#1d1d1b;paint-order:stroke;stroke:#fff;stroke-width:3px}
time{font-variant-numeric:tabular-nums;font-weight:600;color:#1d3557}
.muted{color:#777;font-size:.85em}.tag{background:#eee;border-radius:4px;padding:0 .3em;font-size:.8em}
.mention{border:1px solid #c9d6e8;background:#eef3fa;border-radius:4px;margin:.2rem .3rem .2rem 0;cursor:pointer;font:inherit;font-size:.9em}
.mention[aria-expanded=true]{background:#c9d6e8}
.context{margin:.3rem 0 .6rem;padding:.5rem .8rem;border-left:3px solid #e63946;background:#fafafa}
mark{background:#ffd166;padding:0 .1em}
.conflicts{border-left:3px solid #b00020;padding-left:1.5rem}.conflict>strong{color:#b00020}
`

const script = `
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('.mention')
  if (!button) return
  var context = button.nextElementSibling
  var open = context.hidden
  context.hidden = !open
  button.setAttribute('aria-expanded', String(open))
})
`
