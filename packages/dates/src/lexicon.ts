import {extendLexicon} from '@tidings/core'
import {calendarWords, type HolidayRule, holidays, numberWords} from '@tidings/lexicon'

/**
 * The words temporal expressions are made of, as data. `dates({lexicon})` extends any list.
 * Keys are lower case; abbreviations are listed without their full stop.
 */
export interface DateLexicon {
  /** Month names and abbreviations to month numbers. */
  months: Record<string, number>
  /** Weekday names and abbreviations to ISO weekday numbers (Monday 1). */
  weekdays: Record<string, number>
  /** Number words to values; "a" and "an" count one. */
  numbers: Record<string, number>
  /**
   * Units of time to their TIMEX3 duration letter, whether they take the time designator, and how
   * many of that letter one unit is (a decade is written as ten years, P10Y; default 1); an
   * abbreviation names the unit it `abbreviates` ("hr": "hour") and is read after digits only.
   */
  units: Record<string, {letter: string; time?: boolean; times?: number; abbreviates?: string}>
  /** Parts of the day to their TIMEX3 code. */
  dayParts: Record<string, string>
  /** Seasons to their TIMEX3 code. */
  seasons: Record<string, string>
  /** Holidays to the rule that dates them in a year; names are matched with their capitals. */
  holidays: Record<string, HolidayRule>
  /** Holidays whose names are common words in lower case ("an epiphany"): read only with their capitals. */
  capitalizedHolidays: string[]
  /** Decades said in words ("the nineties") to their TIMEX3 value, the year's first three digits. */
  decades: Record<string, string>
  /**
   * Month names that date a day or a year even in lower case ("december 1", "nov 2019", as some feeds
   * write); "may" and "march" are verbs too. Full names among them stand alone in lower case too
   * ("in january"), but "august", an adjective as often.
   */
  caselessMonths: string[]
  /**
   * Month abbreviations that stand for the month without their full stop after a word that dates
   * them ("after Feb", "from Sep to Nov"). "Jan", "Mar" and "Jun" are names as often, "May" a verb.
   */
  bareAbbreviations: string[]
  /** Words that make a sentence speak of the future, so a bare weekday or date is the next one. */
  futureMarkers: string[]
  /**
   * Words that put the verb after them in the future, however far its date stands in the verb's own
   * phrase: "the measure will go before voters in the county on Nov. 4". Read only in the clause of
   * the date, with no past tense or word that opens another clause between ("will review the plan
   * that voters rejected on Nov. 4" keeps the past).
   */
  futureAuxiliaries: string[]
  /**
   * Verbs in the present that announce a schedule, so the day right after them lies ahead: "the
   * museum opens Friday", "talks resume on Monday". Their past forms ("opened") keep the past. Forms
   * that are plural nouns as often ("votes", "returns", "visits") are left out.
   */
  scheduleVerbs: string[]
  /**
   * Words of direction that may stand between a schedule verb and its day: "we fly home on
   * Saturday", "she flies out Monday", "the crew flies back Friday"; and of a period's end: "early
   * voting runs through Saturday", "the trial continues until Friday".
   */
  scheduleParticles: string[]
  /**
   * Verbs of a fixture that name the other side or the place before the day: "the team plays
   * Arsenal on Saturday", "the leader visits Kenya on Monday". With the `scheduleVerbs`, they read
   * a day ahead only after a name in capitals: alone, "plays" and "visits" are nouns as often.
   */
  fixtureVerbs: string[]
  /** Verbs that move something ahead, so "postponed until Tuesday" is the next Tuesday, past tense or not. */
  deferrals: string[]
  /**
   * Past-tense words that keep tomorrow's weekday in the past ("approved on Tuesday" in a Monday
   * article is last Tuesday), besides any word ending in "-ed".
   */
  pastMarkers: string[]
  /**
   * Words that complete a verb between it and its day, besides adverbs in "-ly": "pleaded guilty in
   * March", "was found dead on Sunday", "broke out in May".
   */
  verbComplements: string[]
  /**
   * Words that open a clause with a time of its own, besides the speech verbs: "approved a plan that
   * takes effect in two weeks", "agreed to cut fares in a month".
   */
  clauseOpeners: string[]
  /**
   * Superlatives, after which "in" a length reaches back over it rather than ahead: "the biggest
   * drop in a year", "prices fell the most in seven weeks", "its first title in 68 years".
   */
  superlatives: string[]
  /**
   * Words of ability before "in" a length: "no one can read it in three days" says how long the
   * doing takes, not when. "could" is left out: it speaks of chance as often ("a ruling could come in
   * two weeks").
   */
  abilityMarkers: string[]
  /**
   * Words of a game report: in a sentence that holds one and none of the `resultWords`, "the fourth
   * quarter" and "a fourth-quarter touchdown" are a period of the game, no quarter of the year
   * ("scored twice in the fourth quarter", "led 21-14 after the first quarter").
   */
  gameWords: string[]
  /**
   * Words of business results and the economy, which keep "the fourth quarter" a quarter of the year
   * in a sentence that holds a game word too ("fourth-quarter profit", "won orders in the third quarter").
   */
  resultWords: string[]
  /**
   * Verbs of scoring, after which "a second" is a second goal or point, no length of time ("scored a
   * second", "grabbed a second after the break"); "wait a second" lasts.
   */
  scoringVerbs: string[]
  /**
   * Nouns after a time word in capitals that make it a title: "the Today show", "a Today programme".
   */
  titleHeads: string[]
  /** Words before a duration or date that set its TIMEX3 mod. */
  mods: Record<string, string>
  /**
   * Words that open a relative date and take a "the" before them into it, as TIMEX3 spans do:
   * "the past year", "the following month", "the previous Friday".
   */
  articleTakers: string[]
  /** Words between a count and its unit that leave the length as counted: "two more weeks", "eight trading days". */
  unitQualifiers: string[]
  /**
   * Words that make the next word a noun, so a schedule verb after one says nothing of the time:
   * "the vote on March 3", "her visit on Friday".
   */
  determiners: string[]
  /**
   * Prepositions, after which a schedule verb's form is a noun too: "on leave Monday", "at play on
   * Sunday". Not "to", which a verb follows ("hopes to open Friday").
   */
  prepositions: string[]
  /**
   * Words that open another phrase, which no date qualifies as a noun: a past-tense verb after one
   * is no tense of the month before it ("in May as planned", "the vote in May, after prices fell").
   * The `determiners` count too.
   */
  phraseWords: string[]
}

export const defaultLexicon: DateLexicon = {
  months: calendarWords.months,
  weekdays: calendarWords.weekdays,
  // Cardinals from the shared lexicon, with the words that count a length: "a week", "a couple of days", "a dozen years".
  numbers: {
    ...numberWords.cardinals, a: 1, an: 1, hundred: 100, 'a hundred': 100, 'a couple of': 2, 'couple of': 2, 'a dozen': 12, dozen: 12
  },
  units: {
    second: {letter: 'S', time: true}, minute: {letter: 'M', time: true}, hour: {letter: 'H', time: true},
    day: {letter: 'D'}, night: {letter: 'D'}, week: {letter: 'W'}, fortnight: {letter: 'W', times: 2}, month: {letter: 'M'},
    quarter: {letter: 'Q'}, year: {letter: 'Y'}, decade: {letter: 'Y', times: 10}, century: {letter: 'Y', times: 100},
    // Abbreviations, read after digits only ("2 hrs", "30 mins", "3h", "90min", "6 mos").
    hr: {letter: 'H', time: true, abbreviates: 'hour'}, min: {letter: 'M', time: true, abbreviates: 'minute'},
    sec: {letter: 'S', time: true, abbreviates: 'second'}, yr: {letter: 'Y', abbreviates: 'year'}, h: {letter: 'H', time: true, abbreviates: 'hour'},
    wk: {letter: 'W', abbreviates: 'week'}, mo: {letter: 'M', abbreviates: 'month'}
  },
  dayParts: {morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI'},
  seasons: {spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI'},
  holidays,
  capitalizedHolidays: ['epiphany', 'may day', 'earth day', 'spring festival', 'moon festival', 'lantern festival'],
  decades: {
    twenties: '192', thirties: '193', forties: '194', fifties: '195', sixties: '196', seventies: '197', eighties: '198',
    nineties: '199'
  },
  caselessMonths: [...calendarWords.caselessMonths, 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  bareAbbreviations: ['feb', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  futureMarkers: ['will', 'shall', "'ll", '\u2019ll', "won't", 'won\u2019t', 'next', 'coming', 'upcoming', 'scheduled', 'plans', 'plan to', 'planned', 'expected', 'due', 'going to', 'is to', 'are to', 'planning', 'soon', 'forecast to', 'projected to', 'predicted to', 'likely to'],
  futureAuxiliaries: ['will', 'shall', "'ll", '\u2019ll', "won't", 'won\u2019t'],
  scheduleVerbs: [
    'opens', 'open', 'reopens', 'reopen', 'resumes', 'resume', 'starts', 'start', 'begins', 'begin', 'ends', 'end', 'kicks off', 'kick off', 'launches',
    'meets', 'meet', 'convenes', 'convene', 'reconvenes', 'vote', 'expires', 'expire', 'takes effect', 'take effect', 'return',
    'arrives', 'arrive', 'departs', 'travels', 'visit', 'host', 'play', 'face', 'airs', 'premieres', 'debuts', 'goes on sale', 'go on sale', 'is set to', 'are set to', 'is due to',
    'are due to', 'set for', 'slated for',
    // Timetables: "we land at 18.05 on Friday", "the train leaves at 9 on Monday". Not "sail": "set sail" is past as often.
    'lands', 'land', 'leaves', 'leave', 'depart', 'flies', 'fly', 'closes', 'close', 'go to the polls', 'goes to the polls',
    // A show's or a fair's dates: "the fair runs July 13-15", "the exhibition runs through May 2". Not "run": a noun as often.
    'runs', 'continues', 'lasts'
  ],
  scheduleParticles: ['home', 'back', 'out', 'off', 'away', 'through', 'until', 'till'],
  fixtureVerbs: ['plays', 'faces', 'hosts', 'visits', 'welcomes', 'takes on', 'take on', 'travels to', 'travel to', 'heads to', 'head to'],
  deferrals: ['postpone', 'postponed', 'postpones', 'postponing', 'delay', 'delayed', 'delays', 'delaying', 'defer', 'deferred', 'defers', 'adjourn', 'adjourned',
    'adjourns', 'extend', 'extended', 'extends', 'extending', 'reschedule', 'rescheduled', 'put off', 'pushed back', 'push back', 'recessed'],
  pastMarkers: [
    'was', 'were', 'had', 'said', 'told', 'did', 'met', 'won', 'lost', 'fell', 'rose', 'held', 'left', 'began', 'saw', 'gave',
    'found', 'hit', 'shot', 'struck', 'took', 'made', 'came', 'went', 'sent', 'spoke', 'broke', 'ran', 'sank', 'fled', 'became', 'ago',
    'brought', 'bought', 'sold', 'paid', 'thought', 'fought', 'sought', 'caught', 'led', 'kept', 'felt', 'built', 'spent', 'meant',
    'stood', 'wrote', 'chose', 'drove', 'grew', 'knew', 'threw', 'drew', 'flew', 'withdrew', 'got', 'tore', 'swore',
    'heard', 'dealt', 'fed', 'hid', 'stuck', 'hung', 'forgave', 'oversaw', 'undertook', 'overtook', 'arose'
  ],
  verbComplements: ['guilty', 'innocent', 'dead', 'alive', 'missing', 'ill', 'open', 'home', 'abroad', 'again', 'back', 'out', 'up', 'down', 'off', 'away'],
  clauseOpeners: ['that', 'to', 'which', 'who', 'when', 'where', 'if', 'because', 'unless', 'once', 'after', 'before', 'until'],
  superlatives: ['most', 'least', 'best', 'worst', 'first', 'fewest', 'biggest', 'largest', 'greatest', 'smallest', 'highest', 'lowest', 'strongest', 'weakest',
    'fastest', 'slowest', 'sharpest', 'steepest', 'deepest', 'longest', 'shortest', 'heaviest', 'hottest', 'coldest', 'warmest', 'wettest', 'driest',
    'busiest', 'deadliest', 'costliest', 'worst-ever', 'best-ever'],
  abilityMarkers: ['can', "can't", 'can\u2019t', 'cannot', 'able to', "couldn't", 'couldn\u2019t'],
  // Words only games use: "led", "goal", "points" and "overtime" are campaigns', plans', indexes' and workers' as often.
  gameWords: [
    'score', 'scores', 'scored', 'scoring', 'scoreless', 'outscored', 'touchdown', 'touchdowns', 'field goal', 'field goals', 'baskets',
    'three-pointer', 'three-pointers', '3-pointer', '3-pointers', 'free throw', 'free throws', 'rebounds', 'interception', 'fumble', 'quarterback',
    'halftime', 'half-time', 'buzzer', 'power play', 'power-play', 'yards', 'game-winning'
  ],
  resultWords: [
    'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'income', 'shares', 'dividend', 'results', 'economy', 'economic', 'gdp',
    'growth', 'inflation', 'output', 'orders', 'fiscal', 'quarterly', 'analysts', 'company', 'companies', 'percent', 'billion', 'million',
    'deliveries', 'shipments', 'margin', 'margins', 'forecast', 'guidance', 'investors', 'stock', 'stocks', 'market', 'prices'
  ],
  scoringVerbs: [
    'score', 'scores', 'scored', 'add', 'adds', 'added', 'net', 'nets', 'netted', 'grab', 'grabs', 'grabbed', 'bag', 'bags', 'bagged', 'head', 'heads', 'headed',
    'slot', 'slots', 'slotted', 'fire', 'fires', 'fired', 'tap', 'taps', 'tapped', 'convert', 'converts', 'converted', 'notch', 'notches', 'notched',
    'kick', 'kicks', 'kicked', 'nod', 'nods', 'nodded', 'drill', 'drills', 'drilled', 'curl', 'curls', 'curled', 'blast', 'blasts', 'blasted'
  ],
  titleHeads: ['show', 'shows', 'program', 'programme', 'broadcast', 'newspaper', 'paper', 'edition', 'column', 'magazine', 'host', 'co-host', 'anchor', 'segment', 'studio'],
  mods: {
    about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX', nearly: 'EQUAL_OR_LESS',
    almost: 'EQUAL_OR_LESS', 'more than': 'MORE_THAN', 'at least': 'EQUAL_OR_MORE', 'up to': 'EQUAL_OR_LESS',
    'less than': 'LESS_THAN', under: 'LESS_THAN', 'at most': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS'
  },
  articleTakers: ['past', 'last', 'next', 'following', 'previous', 'coming', 'latest', 'current', 'preceding'],
  unitQualifiers: ['more', 'additional', 'extra', 'further', 'trading', 'business', 'working'],
  determiners: ['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose'],
  prepositions: ['on', 'in', 'at', 'for', 'by', 'with', 'from', 'into', 'of', 'about', 'over', 'under', 'after', 'before'],
  phraseWords: [
    'and', 'or', 'but', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'because', 'than', 'to', 'of', 'in', 'on',
    'at', 'for', 'by', 'with', 'from', 'into', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'who', 'which', 'there'
  ]
}

export function mergeLexicon(extra: Partial<DateLexicon> = {}): DateLexicon {
  return extendLexicon(defaultLexicon, extra)
}
