import type {ArticleRecord, EventRecord, MentionRef, TidingsRecord} from '@tidings/core'

/**
 * One self-contained HTML page (no network, no CDN) that shows event records to a person: each
 * event's title, sources, timeline, reconciled facts with the mentions behind them, and conflicts.
 * Clicking a mention shows its sentence with the mention highlighted, when the article records are
 * in the input too (`tidings run` writes both).
 */
export function renderReport(records: Iterable<TidingsRecord>, title = 'Tidings report'): string {
  const articles = new Map<string, ArticleRecord>()
  const events: EventRecord[] = []
  for (const record of records) {
    if (record.kind === 'article') articles.set(record.id, record)
    else if (record.kind === 'event') events.push(record)
  }
  const body = events.length === 0 ? '<p class="empty">No event records in the input.</p>' : events.map((event) => renderEvent(event, articles)).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${styles}</style>
</head>
<body>
<header><h1>${escape(title)}</h1><p>${events.length} event${events.length === 1 ? '' : 's'} from ${articles.size} article record${articles.size === 1 ? '' : 's'}</p></header>
<main>
${body}
</main>
<script>${script}</script>
</body>
</html>
`
}

function renderEvent(event: EventRecord, articles: ReadonlyMap<string, ArticleRecord>): string {
  const mention = (ref: MentionRef) => renderMention(ref, articles)
  const sources = event.sources
    .map((source) => {
      const name = source.outlet ?? source.article
      const link = source.url ? `<a href="${escape(source.url)}">${escape(name)}</a>` : escape(name)
      const duplicate = source.duplicateOf ? ` <span class="tag">copy of ${escape(source.duplicateOf)}</span>` : ''
      return `<li>${link}${source.publishedAt ? ` <time>${escape(source.publishedAt)}</time>` : ''} <span class="muted">${escape(source.article)}</span>${duplicate}</li>`
    })
    .join('')
  const when = event.when.map((date) => `<li><time>${escape(date.value)}</time> <span class="muted">${date.sources} source${date.sources === 1 ? '' : 's'}</span></li>`).join('')
  const timeline = event.timeline
    .map(
      (entry) =>
        `<li><time>${escape(entry.date)}</time> ${escape(entry.text)} <span class="muted">${entry.sources.length} source${entry.sources.length === 1 ? '' : 's'}</span><div class="mentions">${entry.mentions.map(mention).join('')}</div></li>`
    )
    .join('')
  const facts = event.facts
    .map(
      (fact) =>
        `<li><strong>${escape(formatFact(fact))}</strong>${fact.of ? ` ${escape(fact.of)}` : ''} <span class="muted">${escape(fact.dimension)}</span><div class="mentions">${fact.mentions.map(mention).join('')}</div></li>`
    )
    .join('')
  const conflicts = event.conflicts
    .map(
      (conflict) =>
        `<li class="conflict"><strong>${escape(conflict.reason)}</strong><ul>${conflict.sides
          .map((side) => `<li>${escape(side.value)}<div class="mentions">${side.mentions.map(mention).join('')}</div></li>`)
          .join('')}</ul></li>`
    )
    .join('')
  return `<article class="event" id="${escape(event.id)}">
<h2>${escape(event.title)}</h2>
<section><h3>Sources (${event.sources.length})</h3><ul class="sources">${sources}</ul></section>
${when ? `<section><h3>When</h3><ul class="when">${when}</ul></section>` : ''}
${timeline ? `<section><h3>Timeline</h3><ol class="timeline">${timeline}</ol></section>` : ''}
${facts ? `<section><h3>Facts</h3><ul class="facts">${facts}</ul></section>` : ''}
${conflicts ? `<section><h3>Conflicts</h3><ul class="conflicts">${conflicts}</ul></section>` : ''}
</article>`
}

function renderMention(ref: MentionRef, articles: ReadonlyMap<string, ArticleRecord>): string {
  const article = articles.get(ref.article)
  const sentence = article?.sentences.find((span) => span.start <= ref.start && ref.end <= span.end)
  const context = article && sentence
    ? `${escape(article.text.slice(sentence.start, ref.start))}<mark>${escape(article.text.slice(ref.start, ref.end))}</mark>${escape(article.text.slice(ref.end, sentence.end))}`
    : `<mark>${escape(ref.text)}</mark>`
  return `<button type="button" class="mention" aria-expanded="false">${escape(ref.text)} <span class="muted">${escape(ref.article)}</span></button><blockquote class="context" hidden>${context}</blockquote>`
}

function formatFact(fact: EventRecord['facts'][number]): string {
  const unit = fact.unit ? ` ${fact.unit}` : ''
  const value = `${formatNumber(fact.value)}${unit}`
  return fact.range ? `about ${value} (${formatNumber(fact.range[0])}–${formatNumber(fact.range[1])}${unit})` : value
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-US', {maximumFractionDigits: 2})
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

const styles = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f5f1;color:#1d1d1b}
header{padding:1.5rem 2rem;background:#1d3557;color:#fff}header h1{margin:0}header p{margin:.25rem 0 0;opacity:.8}
main{max-width:60rem;margin:0 auto;padding:1rem 2rem}
.event{background:#fff;border-radius:8px;padding:1rem 1.5rem;margin:1.5rem 0;box-shadow:0 1px 3px #0002}
h2{margin-top:.25rem}h3{font-size:1rem;text-transform:uppercase;letter-spacing:.05em;color:#555}
time{font-variant-numeric:tabular-nums;font-weight:600;color:#1d3557}
.muted{color:#777;font-size:.85em}.tag{background:#eee;border-radius:4px;padding:0 .3em;font-size:.8em}
.mention{border:1px solid #c9d6e8;background:#eef3fa;border-radius:4px;margin:.2rem .3rem .2rem 0;cursor:pointer;font:inherit;font-size:.9em}
.mention[aria-expanded=true]{background:#c9d6e8}
.context{margin:.3rem 0 .6rem;padding:.5rem .8rem;border-left:3px solid #e63946;background:#fafafa}
mark{background:#ffd166;padding:0 .1em}
.conflict>strong{color:#b00020}
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
