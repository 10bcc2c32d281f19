import {createPipeline} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {defaultLexicon} from './lexicon.js'
import {dates} from './index.js'

describe('the date lexicon', () => {
  it('holds what it must and not what it must not', () => {
    expect(defaultLexicon.months).toMatchObject({january: 1, sept: 9, dec: 12})
    expect(defaultLexicon.weekdays).toMatchObject({monday: 1, thurs: 4, sunday: 7})
    expect(Object.keys(defaultLexicon.months)).not.toContain('marching')
    expect(defaultLexicon.futureMarkers).toContain('will')
    expect(defaultLexicon.futureMarkers).not.toContain('said')
    // The noun "plan" names no time; "plan to" looks ahead.
    expect(defaultLexicon.futureMarkers).toContain('plan to')
    expect(defaultLexicon.futureMarkers).not.toContain('plan')
    // Only auxiliaries carry a future across a verb's whole phrase; "next" and "due" qualify a noun near them.
    expect(defaultLexicon.futureAuxiliaries).toEqual(expect.arrayContaining(['will', "won't"]))
    expect(defaultLexicon.futureAuxiliaries).not.toContain('next')
    // A game's words and a report's: "points" and "lead" are the game's, "profit" and "shares" the results'.
    expect(defaultLexicon.gameWords).toEqual(expect.arrayContaining(['touchdown', 'scored', 'halftime']))
    expect(defaultLexicon.gameWords).not.toContain('profit')
    for (const shared of ['led', 'goal', 'points', 'overtime']) expect(defaultLexicon.gameWords).not.toContain(shared)
    expect(defaultLexicon.resultWords).toEqual(expect.arrayContaining(['profit', 'revenue', 'fiscal']))
    expect(defaultLexicon.resultWords).not.toContain('points')
    expect(defaultLexicon.scoringVerbs).toEqual(expect.arrayContaining(['scored', 'netted', 'added']))
    expect(defaultLexicon.scoringVerbs).not.toContain('wait')
    expect(defaultLexicon.titleHeads).toEqual(expect.arrayContaining(['show', 'newspaper']))
    expect(defaultLexicon.titleHeads).not.toContain('vote')
    expect(defaultLexicon.scheduleVerbs).toEqual(expect.arrayContaining(['opens', 'resume', 'kicks off']))
    // Past forms keep the past; plural nouns ("votes", "returns") would read a past count as a plan.
    expect(defaultLexicon.scheduleVerbs).not.toContain('opened')
    expect(defaultLexicon.scheduleVerbs).toEqual(expect.arrayContaining(['ends', 'begins']))
    expect(defaultLexicon.scheduleVerbs).not.toContain('ended')
    expect(defaultLexicon.scheduleVerbs).not.toContain('votes')
    // A fixture's verbs in "-s" read ahead only before a name; their past forms never.
    expect(defaultLexicon.fixtureVerbs).toEqual(expect.arrayContaining(['plays', 'visits', 'takes on']))
    expect(defaultLexicon.fixtureVerbs).not.toContain('played')
    expect(defaultLexicon.scheduleVerbs).not.toContain('plays')
    expect(defaultLexicon.capitalizedHolidays).toContain('epiphany')
    expect(defaultLexicon.capitalizedHolidays).not.toContain('christmas')
    expect(defaultLexicon.caselessMonths).toContain('nov')
    expect(defaultLexicon.caselessMonths).not.toContain('may')
    expect(defaultLexicon.bareAbbreviations).toEqual(expect.arrayContaining(['feb', 'sep', 'dec']))
    for (const name of ['jan', 'mar', 'may', 'jun']) expect(defaultLexicon.bareAbbreviations).not.toContain(name)
    expect(defaultLexicon.deferrals).toContain('postponed')
    expect(defaultLexicon.deferrals).not.toContain('stayed')
    expect(defaultLexicon.holidays).toMatchObject({christmas: {month: 12, day: 25}, thanksgiving: {month: 11, weekday: 4, nth: 4}})
    expect(Object.keys(defaultLexicon.holidays)).not.toContain('monday')
    expect(defaultLexicon.decades).toMatchObject({nineties: '199'})
    expect(Object.keys(defaultLexicon.decades)).not.toContain('teens')
    expect(defaultLexicon.units.decade).toEqual({letter: 'Y', times: 10})
    // "the past year" takes its article; "the two-week strike" is no relative date.
    expect(defaultLexicon.articleTakers).toContain('past')
    expect(defaultLexicon.articleTakers).not.toContain('two')
    expect(defaultLexicon.unitQualifiers).toContain('more')
    expect(defaultLexicon.unitQualifiers).not.toContain('old')
    // "could" speaks of chance as often as of ability: "a ruling could come in two weeks" is a date.
    expect(defaultLexicon.abilityMarkers).toEqual(expect.arrayContaining(['can', 'cannot', 'able to']))
    expect(defaultLexicon.abilityMarkers).not.toContain('could')
    // Superlatives by list: words in "-est" that are none ("interest", "protest") would end a reading ahead.
    expect(defaultLexicon.superlatives).toEqual(expect.arrayContaining(['biggest', 'most', 'first']))
    for (const word of ['interest', 'protest', 'west', 'next']) expect(defaultLexicon.superlatives).not.toContain(word)
    // "fired drones and missiles in five days": "and" joins the object's nouns, it opens no clause.
    expect(defaultLexicon.clauseOpeners).toEqual(expect.arrayContaining(['that', 'to', 'which']))
    expect(defaultLexicon.clauseOpeners).not.toContain('and')
    // "her visit on Friday": a possessive makes a noun of a schedule verb; "to", a verb of it.
    expect(defaultLexicon.determiners).toEqual(expect.arrayContaining(['the', 'her', 'its']))
    expect(defaultLexicon.determiners).not.toContain('to')
    // "in May as planned": a conjunction opens another phrase; "sales" is a noun the month qualifies.
    expect(defaultLexicon.phraseWords).toEqual(expect.arrayContaining(['as', 'after', 'in', 'they']))
    expect(defaultLexicon.phraseWords).not.toContain('sales')
    expect(defaultLexicon.phraseWords).not.toContain('rose')
  })

  it('takes extra words through options', async () => {
    const pipeline = createPipeline({article: [[dates, {lexicon: {months: {janvier: 1}}}]]})
    const record = await pipeline.article({id: 'f', text: 'It opened on Janvier 5.', publishedAt: '2024-03-01'})
    expect(record).toMatchObject({dates: [{text: 'Janvier 5', value: '2024-01-05'}]})
  })
})
