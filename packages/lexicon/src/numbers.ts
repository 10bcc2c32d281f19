import {extendLexicon} from './extend.js'

/**
 * The words English spells numbers with, as data; `readNumber` reads them and every list is
 * extendable (`numberWordsWith`). Keys are lower case.
 */
export interface NumberWords {
  /** Zero to nineteen and the tens: the words a spelled cardinal is built from ("twenty-three"). */
  cardinals: Record<string, number>
  /** Ordinal words to their value: "first" to "nineteenth", the tens ("twentieth"), "hundredth" and up. */
  ordinals: Record<string, number>
  /** Words that multiply the number before them ("two hundred", "3 million", "a dozen"). */
  magnitudes: Record<string, number>
  /**
   * Short magnitudes written after figures only ("5bn", "$3m", "40k"): as words they are letters or
   * other words ("m" for metres, "t" for tonnes), so spelled numbers never take them.
   */
  figureMagnitudes: Record<string, number>
  /** Denominators of spoken fractions: "a third", "two-thirds", "three quarters". */
  fractions: Record<string, number>
  /** Vulgar fraction characters ("½"), alone or after a figure ("2½"). */
  fractionSymbols: Record<string, number>
  /** Words before a number that give its sign ("minus 5", "negative two"). */
  signs: Record<string, number>
}

// Through `extendLexicon`, as every stage's lists are, so that its tables have no prototype.
export const numberWords: NumberWords = extendLexicon({
  cardinals: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
    forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
  },
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
    twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
    twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
    hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9
  },
  magnitudes: {
    dozen: 12, score: 20, hundred: 100, thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, crore: 1e7, crores: 1e7, billion: 1e9,
    trillion: 1e12
  },
  figureMagnitudes: {k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12},
  fractions: {
    half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6,
    sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10
  },
  fractionSymbols: {'½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8},
  signs: {minus: -1, negative: -1, plus: 1, positive: 1}
})
