import {COUNTRY, type Gazetteer, REGION} from './gazetteer.js'

/**
 * A region of the world that is no country or division: a continent, or a part of one that news
 * names as a whole ("West Africa", "the Middle East", "Southeast Asia"), read as a continent is: a
 * country's weight, in no country (its `country` is `''`), no division, no town. Or a part of one
 * country that is none of its divisions (an island, "Majorca"; a region, "the Bay Area", "New
 * England", "South Jersey"), with that `country`: read as a division of it, which holds no town.
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
  /** The ISO code of the one country it lies in; none for a region across countries. A code the gazetteer does not know is read as none. */
  country?: string
  /** Its people, for a region in one country: how likely a name is to mean it rather than a namesake. */
  population?: number
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
  {name: 'Caribbean', aliases: ['Caribbean Sea'], lat: 17, lon: -72},
  {name: 'Asia-Pacific', aliases: ['Asia Pacific'], lat: 10, lon: 120},
  {name: 'Pacific Northwest', lat: 46, lon: -121},
  // Seas, gulfs and oceans, where news places what happens at sea. An ocean is read by its whole name only:
  // "the Atlantic" is a magazine, "Pacific" opens the names of banks, highways and regions.
  {name: 'Mediterranean Sea', aliases: ['Mediterranean'], lat: 35, lon: 18},
  {name: 'Eastern Mediterranean', lat: 34, lon: 30},
  {name: 'Black Sea', lat: 43.5, lon: 34},
  {name: 'Red Sea', lat: 20, lon: 38.5},
  {name: 'North Sea', lat: 56, lon: 3},
  {name: 'Baltic Sea', lat: 58, lon: 20},
  {name: 'Caspian Sea', lat: 41.5, lon: 50.5},
  {name: 'Arabian Sea', lat: 15, lon: 65},
  {name: 'South China Sea', lat: 12, lon: 113},
  {name: 'East China Sea', lat: 29, lon: 125},
  {name: 'Yellow Sea', lat: 35.5, lon: 123},
  {name: 'Sea of Japan', lat: 40, lon: 135},
  {name: 'Aegean Sea', aliases: ['Aegean'], lat: 39, lon: 25},
  {name: 'Adriatic Sea', aliases: ['Adriatic'], lat: 43, lon: 15},
  {name: 'Sea of Azov', lat: 46, lon: 36.5},
  {name: 'Gulf of Mexico', lat: 25, lon: -90},
  {name: 'Gulf of Aden', lat: 12, lon: 48},
  {name: 'Bay of Bengal', lat: 15, lon: 88},
  {name: 'Strait of Hormuz', lat: 26.6, lon: 56.5},
  {name: 'English Channel', lat: 50.2, lon: -1},
  {name: 'Atlantic Ocean', lat: 0, lon: -30},
  {name: 'Pacific Ocean', lat: 0, lon: -160},
  {name: 'Indian Ocean', lat: -20, lon: 80},
  {name: 'Arctic Ocean', lat: 85, lon: 0},
  {name: 'Arctic', lat: 75, lon: 0},
  // Parts of the world that news names as a whole across or beside the divisions of countries, at their middle.
  {name: 'Siberia', country: 'RU', lat: 60, lon: 100, population: 33_000_000},
  {name: 'Patagonia', lat: -44, lon: -69},
  {name: 'Anatolia', country: 'TR', lat: 39, lon: 33, population: 60_000_000},
  {name: 'Donbas', aliases: ['Donbass'], country: 'UA', lat: 48.3, lon: 38.6, population: 6_500_000},
  {name: 'West Bank', country: 'PS', lat: 31.95, lon: 35.25, population: 3_200_000},
  {name: 'Golan Heights', lat: 33, lon: 35.75},
  {name: 'Nagorno-Karabakh', aliases: ['Karabakh'], country: 'AZ', lat: 39.8, lon: 46.75, population: 120_000},
  {name: 'Kurdistan Region', aliases: ['Iraqi Kurdistan', 'Kurdistan Region of Iraq'], country: 'IQ', lat: 36.4, lon: 44.3, population: 6_000_000},
  // Parts of a country that local news names as a whole, over or inside its divisions, at their middle, with their people (rounded).
  {name: 'New England', country: 'US', lat: 43.9, lon: -71.6, population: 15_000_000},
  {name: 'Midwest', aliases: ['Middle West'], country: 'US', lat: 42, lon: -90, population: 68_000_000},
  {name: 'Deep South', country: 'US', lat: 32.5, lon: -87.5, population: 25_000_000},
  {name: 'Great Plains', country: 'US', lat: 41, lon: -100, population: 12_000_000},
  {name: 'Appalachia', country: 'US', lat: 37.5, lon: -81.5, population: 26_000_000},
  {name: 'Gulf Coast', country: 'US', lat: 29.8, lon: -91, population: 15_000_000},
  {name: 'Bay Area', aliases: ['San Francisco Bay Area'], country: 'US', lat: 37.75, lon: -122.25, population: 7_700_000},
  {name: 'Silicon Valley', country: 'US', lat: 37.37, lon: -122.04, population: 3_000_000},
  {name: 'Central Valley', country: 'US', lat: 36.7, lon: -119.6, population: 6_500_000},
  {name: 'Inland Empire', country: 'US', lat: 34, lon: -117.3, population: 4_600_000},
  {name: 'Twin Cities', country: 'US', lat: 44.96, lon: -93.2, population: 3_700_000},
  {name: 'Hudson Valley', country: 'US', lat: 41.7, lon: -73.9, population: 2_300_000},
  {name: 'Research Triangle', country: 'US', lat: 35.9, lon: -78.8, population: 2_000_000},
  {name: 'Front Range', country: 'US', lat: 39.7, lon: -105, population: 5_000_000},
  {name: 'Rio Grande Valley', country: 'US', lat: 26.2, lon: -98, population: 1_400_000},
  {name: 'Lowcountry', country: 'US', lat: 32.7, lon: -80.3, population: 1_000_000},
  {name: 'Upper Peninsula', country: 'US', lat: 46.4, lon: -87, population: 300_000},
  {name: 'Outer Banks', country: 'US', lat: 35.55, lon: -75.47, population: 60_000},
  {name: 'Cape Cod', country: 'US', lat: 41.7, lon: -70.3, population: 230_000},
  {name: 'Florida Keys', country: 'US', lat: 24.7, lon: -81.1, population: 80_000},
  {name: 'Jersey Shore', country: 'US', lat: 39.8, lon: -74.1, population: 1_200_000},
  {name: 'South Jersey', country: 'US', lat: 39.6, lon: -74.9, population: 1_900_000},
  {name: 'North Jersey', country: 'US', lat: 40.85, lon: -74.3, population: 6_500_000},
  {name: 'Central Jersey', country: 'US', lat: 40.35, lon: -74.45, population: 1_500_000},
  {name: 'Greater Toronto Area', aliases: ['GTA'], country: 'CA', lat: 43.7, lon: -79.4, population: 6_700_000},
  {name: 'Atlantic Canada', country: 'CA', lat: 46.5, lon: -63, population: 2_400_000},
  {name: 'Midlands', country: 'GB', lat: 52.6, lon: -1.6, population: 10_800_000},
  {name: 'East Anglia', country: 'GB', lat: 52.5, lon: 1, population: 2_500_000},
  {name: 'West Country', country: 'GB', lat: 50.8, lon: -3.6, population: 5_700_000},
  {name: 'Scottish Highlands', aliases: ['Highlands of Scotland'], country: 'GB', lat: 57.3, lon: -4.8, population: 240_000},
  {name: 'Lake District', country: 'GB', lat: 54.5, lon: -3.1, population: 40_000},
  {name: 'Cotswolds', country: 'GB', lat: 51.8, lon: -1.8, population: 140_000},
  // Islands news names that are no division of their country, at their middle, with their people (rounded).
  {name: 'Borneo', lat: 0.5, lon: 114},
  {name: 'New Guinea', lat: -5.5, lon: 141},
  {name: 'Luzon', country: 'PH', lat: 16, lon: 121, population: 53_000_000},
  {name: 'Mindanao', country: 'PH', lat: 7.6, lon: 124.9, population: 27_000_000},
  {name: 'Lombok', country: 'ID', lat: -8.65, lon: 116.35, population: 3_700_000},
  {name: 'Honshu', country: 'JP', lat: 36, lon: 138, population: 104_000_000},
  {name: 'Kyushu', country: 'JP', lat: 33, lon: 131, population: 13_000_000},
  {name: 'Shikoku', country: 'JP', lat: 33.75, lon: 133.5, population: 3_800_000},
  {name: 'Ko Samui', aliases: ['Koh Samui'], country: 'TH', lat: 9.5, lon: 100, population: 65_000},
  {name: 'Phuket', country: 'TH', lat: 7.95, lon: 98.34, population: 420_000},
  {name: 'Socotra', country: 'YE', lat: 12.47, lon: 53.87, population: 60_000},
  {name: 'Majorca', aliases: ['Mallorca'], country: 'ES', lat: 39.6, lon: 2.95, population: 920_000},
  {name: 'Minorca', aliases: ['Menorca'], country: 'ES', lat: 39.95, lon: 4.1, population: 95_000},
  {name: 'Ibiza', country: 'ES', lat: 38.98, lon: 1.43, population: 150_000},
  {name: 'Tenerife', country: 'ES', lat: 28.29, lon: -16.62, population: 930_000},
  {name: 'Gran Canaria', country: 'ES', lat: 27.95, lon: -15.6, population: 850_000},
  {name: 'Lanzarote', country: 'ES', lat: 29.04, lon: -13.63, population: 155_000},
  {name: 'Santorini', country: 'GR', lat: 36.4, lon: 25.43, population: 15_000},
  {name: 'Mykonos', country: 'GR', lat: 37.45, lon: 25.35, population: 10_000},
  {name: 'Rhodes', country: 'GR', lat: 36.17, lon: 27.92, population: 115_000},
  {name: 'Gozo', country: 'MT', lat: 36.04, lon: 14.25, population: 31_000},
  {name: 'Bornholm', country: 'DK', lat: 55.13, lon: 14.92, population: 40_000},
  {name: 'Isle of Wight', country: 'GB', lat: 50.69, lon: -1.3, population: 140_000},
  {name: 'Anglesey', aliases: ['Isle of Anglesey'], country: 'GB', lat: 53.28, lon: -4.35, population: 69_000},
  {name: 'Isle of Skye', aliases: ['Skye'], country: 'GB', lat: 57.3, lon: -6.2, population: 10_000},
  {name: 'Newfoundland', country: 'CA', lat: 48.7, lon: -56, population: 480_000},
  {name: 'Vancouver Island', country: 'CA', lat: 49.65, lon: -125.45, population: 870_000},
  {name: 'Long Island', country: 'US', lat: 40.8, lon: -73.2, population: 7_600_000},
  {name: "Martha's Vineyard", country: 'US', lat: 41.39, lon: -70.64, population: 20_000},
  {name: 'Maui', country: 'US', lat: 20.8, lon: -156.33, population: 165_000},
  {name: 'Oahu', aliases: ["O'ahu"], country: 'US', lat: 21.47, lon: -157.98, population: 1_000_000},
  {name: 'Tahiti', country: 'PF', lat: -17.65, lon: -149.43, population: 190_000},
  {name: 'Svalbard', country: 'SJ', lat: 78.5, lon: 17, population: 2_900}
]

/** The columns of the gazetteer a region fills. */
interface RegionColumns {
  kind: Uint8Array
  geonameId: Int32Array
  lat: Float32Array
  lon: Float32Array
  country: Uint16Array
  region: Int32Array
  population: Float64Array
}

/**
 * Writes a region into entry `entry` of the columns: a point and an id, and, as a continent, a
 * country's kind in no country (`countryIndex('')`), or a division's kind in its country.
 */
export function writeRegion(columns: RegionColumns, entry: number, region: WorldRegion, countryIndex: (code: string) => number): void {
  const country = region.country === undefined ? -1 : countryIndex(region.country)
  columns.kind[entry] = country < 0 ? COUNTRY : REGION
  columns.country[entry] = country < 0 ? countryIndex('') : country
  columns.region[entry] = country < 0 ? -1 : entry
  columns.population[entry] = country < 0 ? 0 : (region.population ?? 0)
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
  const countryIndex = (code: string) => gazetteer.countryCodes.indexOf(code)
  const entries = regions.map((region, index) => {
    writeRegion(columns, size + index, region, countryIndex)
    return size + index
  })
  const name = (entry: number) => (entry < size ? gazetteer.name(entry) : regions[entry - size]!.name)
  const longestName = Math.max(gazetteer.longestName, ...regions.flatMap(regionNames).map((name) => name.split(/\s+/).length))
  return [{...gazetteer, ...columns, size: size + regions.length, longestName, name}, entries]
}
