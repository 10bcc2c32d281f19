import {createRequire} from 'node:module'
import type {EventPlace} from '@tidings/core'
import type {GeometryCollection, MultiPolygon, Polygon, Topology} from 'topojson-specification'

/**
 * Small maps drawn in the page itself: the world's land and borders once, as an SVG group in plate
 * carrée (x = longitude + 180, y = 90 - latitude, in degrees), and each event's map a view of it
 * around its places. Natural Earth's 1:110m outlines (world-atlas, merged with topojson-client)
 * keep the page some 50 KB heavier, once, whatever the number of maps.
 */
export const worldId = 'tidings-world'

let world: string | undefined

/** The hidden SVG that holds the world for every map of the page. */
export function worldDefinition(): string {
  world ??= drawWorld()
  return world
}

function drawWorld(): string {
  const require = createRequire(import.meta.url)
  const {merge, mesh} = require('topojson-client') as typeof import('topojson-client')
  const topology = require('world-atlas/countries-110m.json') as Topology<{countries: GeometryCollection & {geometries: Array<Polygon | MultiPolygon>}}>
  const land = merge(topology, topology.objects.countries.geometries)
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b)
  return `<svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs><g id="${worldId}"><path class="land" d="${svgPath(land.coordinates.flat(), true)}"/><path class="borders" d="${svgPath(borders.coordinates, false)}"/></g></defs></svg>`
}

/** Rings as an SVG path at a tenth of a degree, each point relative to the one before: short. */
function svgPath(rings: ReadonlyArray<ReadonlyArray<number[]>>, closed: boolean): string {
  let path = ''
  for (const ring of rings) {
    let previousX = 0
    let previousY = 0
    let steps = ''
    for (const [index, [lon = 0, lat = 0]] of ring.entries()) {
      const x = Math.round((lon + 180) * 10)
      const y = Math.round((90 - lat) * 10)
      if (index === 0) path += `M${decimal(x)} ${decimal(y)}`
      else if (x !== previousX || y !== previousY) steps = append(append(steps, decimal(x - previousX)), decimal(y - previousY))
      previousX = x
      previousY = y
    }
    path += `${steps ? `l${steps}` : ''}${closed ? 'z' : ''}`
  }
  return path
}

/** Tenths as the shortest number SVG reads: 0.5 is ".5", -0.5 is "-.5". */
function decimal(tenths: number): string {
  return String(tenths / 10).replace(/^(-?)0\./, '$1.')
}

/** A separator only where the next number would run into the last. */
function append(numbers: string, number: string): string {
  return numbers === '' || number.startsWith('-') ? numbers + number : `${numbers} ${number}`
}

const width = 400
const height = 200

/**
 * The event's places on a map: the region around them when they lie close together, the whole
 * world when they do not. Longitudes are shrunk by the cosine of the middle latitude, so a
 * region far from the equator keeps its shape.
 */
/** `describe` gives a place's label as HTML, escaped. */
export function placeMap(places: ReadonlyArray<EventPlace>, describe: (place: EventPlace) => string): string {
  const view = viewAround(places)
  const labelled: Array<[number, number]> = []
  const dots = places
    .map((place) => {
      const x = ((place.lon + 180 - view.x) / view.width) * width
      const y = ((90 - place.lat - view.y) / view.height) * height
      // A label only where it has room: the list beside the map names every place anyway.
      const crowded = labelled.some(([otherX, otherY]) => Math.abs(otherY - y) < 14 && Math.abs(otherX - x) < 120)
      let label = ''
      if (!crowded && labelled.length < 6) {
        labelled.push([x, y])
        const leftward = x > width * 0.7
        label = `<text x="${round(leftward ? x - 7 : x + 7)}" y="${round(y + 4)}"${leftward ? ' text-anchor="end"' : ''}>${escapeText(place.name)}</text>`
      }
      return `<circle cx="${round(x)}" cy="${round(y)}" r="4.5"><title>${describe(place)}</title></circle>${label}`
    })
    .join('')
  const names = places.map(describe).join(', ')
  return `<figure class="map"><svg viewBox="0 0 ${width} ${height}" role="img" aria-label="Map: ${names}"><svg width="${width}" height="${height}" viewBox="${round(view.x)} ${round(view.y)} ${round(view.width)} ${round(view.height)}" preserveAspectRatio="none"><rect class="sea" x="-360" y="-180" width="1080" height="540"/><use href="#${worldId}"/></svg><g class="places">${dots}</g></svg></figure>`
}

interface View {
  x: number
  y: number
  width: number
  height: number
}

function viewAround(places: ReadonlyArray<EventPlace>): View {
  const lons = places.map((place) => place.lon)
  const lats = places.map((place) => place.lat)
  const west = Math.min(...lons)
  const east = Math.max(...lons)
  const south = Math.min(...lats)
  const north = Math.max(...lats)
  const middle = (south + north) / 2
  // A degree of longitude is this much of a degree of latitude on the ground.
  const shrink = Math.max(Math.cos((middle * Math.PI) / 180), 0.35)
  let spanLon = Math.max((east - west) * 1.4 + 6, 24)
  let spanLat = Math.max((north - south) * 1.4 + 3, 10)
  if (spanLon * shrink < (width / height) * spanLat) spanLon = ((width / height) * spanLat) / shrink
  else spanLat = (spanLon * shrink) / (width / height)
  // The world from 84° N to 60° S, where little news happens beyond, unless a place lies there.
  const top = Math.min(Math.max(84, north + 5), 90)
  const bottom = Math.max(Math.min(-60, south - 5), -90)
  const shown = {y: 90 - top, height: top - bottom}
  if (spanLon >= 200 || spanLat >= shown.height) return {x: 0, ...shown, width: 360}
  const x = Math.min(Math.max((west + east) / 2 + 180 - spanLon / 2, 0), 360 - spanLon)
  const y = Math.min(Math.max(90 - middle - spanLat / 2, shown.y), shown.y + shown.height - spanLat)
  return {x, y, width: spanLon, height: spanLat}
}

function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (character) => `&#${character.charCodeAt(0)};`)
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
