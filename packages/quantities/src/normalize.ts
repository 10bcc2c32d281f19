import convert from 'convert-units'
import {siUnits, type UnitDefinition} from './units.js'

/** The value in its dimension's SI unit (currencies: their ISO code, cents and pence in their currency). */
export function normalize(value: number, unit: UnitDefinition): {value: number; unit: string} | undefined {
  if (unit.currency) return {value: withoutFloatNoise(value * (unit.factor ?? 1)), unit: unit.currency}
  const si = siUnits[unit.dimension]
  if (!si) return undefined
  if (unit.factor !== undefined) return {value: withoutFloatNoise(value * unit.factor), unit: si}
  if (!unit.convert) return undefined
  // Temperatures have an offset; every other unit is a factor, asked of convert-units once.
  if (unit.dimension === 'temperature') return {value: withoutFloatNoise(convert(value).from(unit.convert as never).to(si as never)), unit: si}
  let factor = convertFactors.get(unit.convert)
  if (factor === undefined) {
    factor = convert(1).from(unit.convert as never).to(si as never)
    convertFactors.set(unit.convert, factor)
  }
  return {value: withoutFloatNoise(value * factor), unit: si}
}

const convertFactors = new Map<string, number>()

/** Metric conversions and magnitudes multiply by powers of ten; twelve digits drop the binary noise (0.30000000000000004). */
export function withoutFloatNoise(value: number): number {
  // A whole number of twelve digits at most has none, and is most figures: no string to make.
  if (Number.isInteger(value) && Math.abs(value) < 1e12 && value !== 0) return value
  return Number(value.toPrecision(12))
}
