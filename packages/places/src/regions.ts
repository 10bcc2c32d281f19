import {COUNTRY, type Gazetteer} from './gazetteer.js'

/**
 * A region of the world that is no country or division: a continent, or a part of one that news
 * names as a whole ("West Africa", "the Middle East", "Southeast Asia"). It is read as a
 * continent is: a country's weight, in no country (its `country` is `''`), no division, no town.
 */
export interface WorldRegion {
  /** The name the records give it. */
  name: string
  /** Other names news writes for it ("South-East Asia"). */
  aliases?: string[]
  lat: number
  lon: number
  /** GeoNames' id, where GeoNames has the region; 0 where it has none. */
  geonameId?: number
}

/**
 * The continents, with GeoNames' ids and points (its "CONT" entries), and the parts of continents
 * news names, which no package holds, at the middle of the countries news means by each name.
 * "America" is left out: news means the United States by it; Antarctica is a country of
 * `world-countries` already. "The Gulf" and "the Gulf states" are left out too: local news in the
 * United States means the Gulf of Mexico and its coast by them, world news the Persian Gulf.
 */
export const defaultRegions: ReadonlyArray<WorldRegion> = [
  {name: 'Africa', geonameId: 6255146, lat: 7.1881, lon: 21.0936},
  {name: 'Asia', geonameId: 6255147, lat: 29.8406, lon: 89.2969},
  {name: 'Europe', geonameId: 6255148, lat: 48.6908, lon: 9.1406},
  {name: 'North America', geonameId: 6255149, lat: 46.0732, lon: -100.5469},
  {name: 'South America', geonameId: 6255150, lat: -14.6048, lon: -57.6563},
  {name: 'Oceania', geonameId: 6255151, lat: -18.3128, lon: 138.5156},
  {name: 'West Africa', aliases: ['Western Africa'], lat: 12, lon: -3},
  {name: 'East Africa', aliases: ['Eastern Africa'], lat: 1, lon: 37},
  {name: 'Central Africa', lat: 3, lon: 19},
  {name: 'Southern Africa', lat: -24, lon: 25},
  {name: 'North Africa', aliases: ['Northern Africa'], lat: 28, lon: 12},
  {name: 'Sub-Saharan Africa', lat: 2, lon: 21},
  {name: 'Horn of Africa', lat: 8, lon: 45},
  {name: 'Sahel', lat: 15, lon: 3},
  {name: 'Middle East', aliases: ['Mideast'], lat: 29, lon: 45},
  {name: 'Persian Gulf', aliases: ['Arabian Gulf'], lat: 26.5, lon: 51.5},
  {name: 'Levant', lat: 33, lon: 36},
  {name: 'South Asia', lat: 23, lon: 78},
  {name: 'Southeast Asia', aliases: ['South-East Asia', 'South East Asia'], lat: 6, lon: 110},
  {name: 'East Asia', lat: 37, lon: 115},
  {name: 'Central Asia', lat: 43, lon: 65},
  {name: 'Caucasus', lat: 42.5, lon: 44.5},
  {name: 'Western Europe', lat: 49, lon: 5},
  {name: 'Eastern Europe', lat: 50, lon: 28},
  {name: 'Central Europe', lat: 49, lon: 15},
  {name: 'Northern Europe', lat: 60, lon: 15},
  {name: 'Southern Europe', lat: 41, lon: 14},
  {name: 'Scandinavia', lat: 63, lon: 15},
  {name: 'Balkans', lat: 43, lon: 21},
  {name: 'Americas', lat: 10, lon: -80},
  {name: 'Latin America', lat: -8, lon: -65},
  {name: 'Central America', lat: 13, lon: -86},
  {name: 'Caribbean', lat: 17, lon: -72}
]

/** The columns of the gazetteer a region fills. */
interface RegionColumns {
  kind: Uint8Array
  geonameId: Int32Array
  lat: Float32Array
  lon: Float32Array
}

/** Writes a region into entry `entry` of the columns: a country's kind, a point and an id, as a continent. */
export function writeRegion(columns: RegionColumns, entry: number, region: WorldRegion): void {
  columns.kind[entry] = COUNTRY
  columns.geonameId[entry] = region.geonameId ?? 0
  columns.lat[entry] = region.lat
  columns.lon[entry] = region.lon
}

/** Every name of a region. */
export function regionNames(region: WorldRegion): string[] {
  return [region.name, ...(region.aliases ?? [])]
}

/**
 * The gazetteer with more regions after its entries, in no country: the columns are copied once,
 * when a pipeline is built with regions of its own. Returns the gazetteer and each region's entry.
 */
export function withRegions(gazetteer: Gazetteer, regions: ReadonlyArray<WorldRegion>): [Gazetteer, number[]] {
  if (regions.length === 0) return [gazetteer, []]
  const {size} = gazetteer
  const grown = <Column extends Uint8Array | Uint16Array | Int32Array | Float32Array | Float64Array>(column: Column, fill = 0): Column => {
    const copy = new (column.constructor as new (length: number) => Column)(size + regions.length)
    copy.set(column)
    copy.fill(fill, size)
    return copy
  }
  const columns = {
    kind: grown(gazetteer.kind),
    geonameId: grown(gazetteer.geonameId),
    lat: grown(gazetteer.lat),
    lon: grown(gazetteer.lon),
    population: grown(gazetteer.population),
    country: grown(gazetteer.country, gazetteer.countryCodes.indexOf('')),
    region: grown(gazetteer.region, -1),
    seat: grown(gazetteer.seat)
  }
  const entries = regions.map((region, index) => {
    writeRegion(columns, size + index, region)
    return size + index
  })
  const name = (entry: number) => (entry < size ? gazetteer.name(entry) : regions[entry - size]!.name)
  const longestName = Math.max(gazetteer.longestName, ...regions.flatMap(regionNames).map((name) => name.split(/\s+/).length))
  return [{...gazetteer, ...columns, size: size + regions.length, longestName, name}, entries]
}
