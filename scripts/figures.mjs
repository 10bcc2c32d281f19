// Quality figures quoted in the docs and READMEs come from one place: the table of docs/quality.md
// that `pnpm eval --write` writes. A quoted figure carries a marker naming its run and figure,
// `<!-- eval: events ecbplus | pairwise.f1 -->93.2`, hidden where markdown is rendered (on npm
// too); `pnpm eval --write` refills every marked figure, and the docs test fails on one that drifted.

/** `run|figure` -> value, from the "Latest figures" table of docs/quality.md. */
export function readFigures(qualityPage) {
  const figures = new Map()
  for (const [, run, figure, value] of qualityPage.matchAll(/^\| ([^|\n]+?) \| ([\w.-]+) \| "?(-?\d+(?:\.\d+)?)"? \|/gm)) {
    figures.set(`${run}|${figure}`, Number(value))
  }
  return figures
}

const marker = /<!-- eval: ([^|>]+?) \| ([\w.-]+) -->(-?\d+(?:\.\d+)?)/g

/** Every marked figure of a page: where it is, what it names, what it says. */
export function markedFigures(page) {
  return [...page.matchAll(marker)].map((match) => ({key: `${match[1]}|${match[2]}`, written: match[3], index: match.index}))
}

/** The figure as the page would write it: rounded to as many decimals as the page shows. */
export function formatFigure(value, written) {
  const decimals = written.split('.')[1]?.length ?? 0
  // toPrecision first: 91.05 is 91.04999... in binary, and a reader rounds it up.
  const scaled = Math.round(Number((value * 10 ** decimals).toPrecision(12)))
  return (scaled / 10 ** decimals).toFixed(decimals)
}

/** The page with every marked figure set from `figures`; a figure the table lacks is left as it is. */
export function fillFigures(page, figures) {
  return page.replace(marker, (whole, run, figure, written) => {
    const value = figures.get(`${run}|${figure}`)
    return value === undefined ? whole : `<!-- eval: ${run} | ${figure} -->${formatFigure(value, written)}`
  })
}
