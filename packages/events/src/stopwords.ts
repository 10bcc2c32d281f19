/**
 * Words that say nothing about which event an article reports: function words, reporting verbs and
 * the calendar words every dated sentence has. Extend through the `stopWords` option.
 */
export const defaultStopWords: ReadonlySet<string> = new Set(
  (
    'a about above after again against ago all also am an and another any are around as at be because been before being ' +
    'below between both but by can could did do does doing down during each early either even ever every few for from ' +
    'further had has have having he her here hers herself him himself his how however i if in into is it its itself just ' +
    'last late later least less like many may me might more most much must my myself near neither new next no nor not now ' +
    'of off often on once one only or other others our ours out over own per perhaps rather same several she should since ' +
    'so some still such than that the their theirs them themselves then there these they this those though through thus ' +
    'to too two three under until up upon us very was we were what when where whether which while who whom whose why will ' +
    'with within without would yet you your yours ' +
    'said says say saying told tell according added reported reports report statement asked news ' +
    'mr mrs ms dr ' +
    'today yesterday tomorrow week weeks month months year years day days time times morning afternoon evening night ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' ')
)
