import {currencies, currencyWords} from '@tidings/lexicon'
import type {UnitDefinition} from './units.js'

// Currency names that are everyday words too ("real problems", "won 5 games"): read only as a code.
const everydayNames = new Set(['real', 'won', 'pound', 'pounds'])

/** ISO codes that spell an English word, which a heading may write in capitals ("TOP 10", "ALL 3 TEAMS"): no code alone. */
export const codesThatAreWords = new Set(['ALL', 'BAM', 'BOB', 'CUP', 'GEL', 'MAD', 'MOP', 'PEN', 'SOS', 'TOP'])

/**
 * A unit for every ISO 4217 currency the hand-named units leave out ("42 KWD", "3,000 kuwaiti
 * dinars", "500 zł"): named by its ISO name, read after an amount by that name and the names and
 * signs news writes for it, and by its code wherever the code is written in capitals (`codes`).
 */
export function isoCurrencyUnits(named: ReadonlyArray<UnitDefinition>): UnitDefinition[] {
  const covered = new Set(named.map((unit) => unit.currency))
  // A surface names one unit: the first to claim it keeps it.
  const taken = new Set(named.flatMap((unit) => unit.surfaces))
  const namesByCode = groupByCode(currencyWords.names)
  const signsByCode = groupByCode(currencyWords.symbols)
  const ownSigns = ownSignsByCode()
  const units: UnitDefinition[] = []
  for (const currency of Object.values(currencies)) {
    if (covered.has(currency.code)) continue
    const name = currency.name.toLowerCase()
    const plain = /^[\p{L} ]+$/u.test(name)
    const signs = [...(signsByCode.get(currency.code) ?? []), ...(ownSigns.get(currency.code) ?? [])]
    const surfaces = [...(plain ? [name, `${name}s`] : []), ...(namesByCode.get(currency.code) ?? []), ...signs]
    units.push({
      id: currency.code.toLowerCase(),
      name: plain ? name : currency.code,
      symbol: currency.symbol,
      dimension: 'currency',
      surfaces: [...new Set(surfaces)].filter((surface) => !everydayNames.has(surface) && !taken.has(surface)),
      prefixes: signs,
      currency: currency.code
    })
    for (const surface of units.at(-1)!.surfaces) taken.add(surface)
  }
  return units
}

/**
 * A currency's own sign ("Kč", "₼", "֏", "ден") stands before or after its amount when no English
 * word or other currency can be meant by it: written with a letter or sign outside ASCII, one word,
 * and used by this currency alone ("lei" and "₨" are shared, "Ft" and "Kz" are plain letters).
 */
function ownSignsByCode(): Map<string, string[]> {
  const users = new Map<string, number>()
  for (const currency of Object.values(currencies)) users.set(currency.symbol, (users.get(currency.symbol) ?? 0) + 1)
  const own = new Map<string, string[]>()
  for (const {code, symbol} of Object.values(currencies)) {
    if (symbol !== code && users.get(symbol) === 1 && distinctSign.test(symbol) && nonAscii.test(symbol)) own.set(code, [symbol.toLowerCase()])
  }
  return own
}

const distinctSign = /^[\p{L}\p{Sc}]+$/u
const nonAscii = /[^\u0000-\u007f]/

function groupByCode(words: Record<string, string>): Map<string, string[]> {
  const byCode = new Map<string, string[]>()
  for (const [word, code] of Object.entries(words)) byCode.set(code, [...(byCode.get(code) ?? []), word])
  return byCode
}
