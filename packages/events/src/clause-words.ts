/**
 * Words that open a clause hanging off the main one: the event is said before them ("Storm floods
 * the harbour as crews work through the night", "Mayor resigns after the vote", "Ferry sinks
 * while towing a barge"). Lower case; the words match whole.
 */
export const defaultSubordinators: ReadonlySet<string> = new Set([
  'after',
  'although',
  'amid',
  'as',
  'because',
  'before',
  'but',
  'despite',
  'following',
  'since',
  'though',
  'until',
  'whereas',
  'while'
])

/**
 * Words after "to" that make it a preposition, not the start of a purpose clause: "flew to the
 * capital" keeps its place, "flew to meet the minister" ends at "flew".
 */
export const nounOpeners: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'some', 'all'])

/**
 * Words that say how long before or after: with the subordinator they open the dependent clause
 * ("Senate passes bill hours before deadline", "Mayor resigns two weeks after vote", "Ferry sinks
 * shortly after leaving port"). A number in digits stays with the main clause: "Storm kills 5 days
 * before election" may count the dead.
 */
export const timeLeadIns = {
  nouns: new Set(['moments', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year']),
  counts: new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'many']),
  adverbs: new Set(['just', 'shortly', 'soon', 'right', 'only', 'immediately', 'long'])
} as const

/**
 * Words that end a headline's count of the dead or hurt, which says what it cost, not what
 * happened: the clause after "as" or "after" does ("At least 12 dead as bus falls into gorge",
 * "Two hurt after tram overturns", "Dozens missing as ferry sinks"), and stays with it.
 */
export const casualtyWords: ReadonlySet<string> = new Set(['dead', 'killed', 'injured', 'hurt', 'wounded', 'missing', 'die', 'dies', 'died'])
