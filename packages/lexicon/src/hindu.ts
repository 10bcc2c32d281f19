import {type CalendarDay, dayFromNumber} from './days.js'

/**
 * Diwali and Holi, which no ICU calendar computes, from the Moon's phases and the Sun's sidereal
 * place, for any year. The Hindu lunisolar months begin at a new moon and are named by the sign
 * the Sun is in then (sidereal, Lahiri's ayanamsa): the month that begins in Tula (Libra) is
 * Kartika, the one that begins in Meena (Pisces) Chaitra.
 *
 * - Diwali (Lakshmi Puja) is the new moon that ends Ashvin, the first with the Sun in Tula. It is
 *   kept on the evening the dark-moon day (amavasya) holds after sunset: the day of the new moon
 *   when it comes after about 6 p.m. India time, else the day before.
 * - Holi is the day after Holika Dahan, the bonfire lit on the full moon of Phalguna, the last full
 *   moon before Chaitra begins. It is not lit in bhadra, the first half of the full-moon day, which
 *   fills the whole night before a full moon that comes after about 3 p.m. India time: then Holi is
 *   the day after the full moon, else the day of it.
 *
 * The phases come from Meeus, Astronomical Algorithms (2nd ed.), ch. 49, within a few minutes; the
 * Sun's longitude from ch. 25. A phase within minutes of 6 p.m. can move a festival by a day, as
 * almanacs for different cities also do. Checked against the dates India kept in 2017 to 2025.
 */
export type HinduFestival = 'diwali' | 'holi'

const hoursIndia = 5.5
const radians = Math.PI / 180
const found = new Map<string, CalendarDay>()

export function hinduFestivalIn(festival: HinduFestival, year: number): CalendarDay {
  const key = `${festival}:${year}`
  let day = found.get(key)
  if (!day) {
    day = festival === 'diwali' ? diwali(year) : holi(year)
    found.set(key, day)
  }
  return day
}

function diwali(year: number): CalendarDay {
  // The new moons from early October on: the first with the Sun in sidereal Tula (180 to 210 degrees).
  let k = Math.floor((year + 9 / 12 - 2000) * 12.3685)
  while (siderealSun(phase(k, 0)) < 180 || siderealSun(phase(k, 0)) >= 210) k++
  return indiaDay(phase(k, 0), -18)
}

function holi(year: number): CalendarDay {
  // The first new moon with the Sun in sidereal Meena (330 to 360 degrees) begins Chaitra; Holika
  // Dahan is the full moon before it.
  let k = Math.floor((year + 1.5 / 12 - 2000) * 12.3685)
  while (siderealSun(phase(k, 0)) < 330) k++
  return indiaDay(phase(k - 1, 0.5), 9)
}

/** The India calendar day of `julianDay`, with days counted from `hours` past midnight. */
function indiaDay(julianDay: number, hours: number): CalendarDay {
  return dayFromNumber(Math.floor(julianDay - 2_440_587.5 + (hoursIndia + hours) / 24))
}

/** The Julian day (UT within a minute) of new moon `k` (`fraction` 0) or the full moon after it (0.5); k 0 is January 2000's. */
function phase(k: number, fraction: 0 | 0.5): number {
  const lunation = k + fraction
  const t = lunation / 1236.85
  const mean = 2_451_550.097_66 + 29.530_588_861 * lunation + 0.000_154_37 * t * t - 0.000_000_15 * t ** 3 + 0.000_000_000_73 * t ** 4
  const e = 1 - 0.002_516 * t - 0.000_007_4 * t * t
  const sun = (2.5534 + 29.105_356_7 * lunation - 0.000_001_4 * t * t) * radians
  const moon = (201.5643 + 385.816_935_28 * lunation + 0.010_758_2 * t * t + 0.000_012_38 * t ** 3) * radians
  const latitude = (160.7108 + 390.670_502_84 * lunation - 0.001_611_8 * t * t - 0.000_002_27 * t ** 3) * radians
  const node = (124.7746 - 1.563_755_88 * lunation + 0.002_067_2 * t * t) * radians
  const full = fraction === 0.5
  const correction =
    (full ? -0.40614 : -0.4072) * Math.sin(moon) +
    (full ? 0.17302 : 0.17241) * e * Math.sin(sun) +
    (full ? 0.01614 : 0.01608) * Math.sin(2 * moon) +
    (full ? 0.01043 : 0.01039) * Math.sin(2 * latitude) +
    (full ? 0.00734 : 0.00739) * e * Math.sin(moon - sun) -
    (full ? 0.00515 : 0.00514) * e * Math.sin(moon + sun) +
    (full ? 0.00209 : 0.00208) * e * e * Math.sin(2 * sun) -
    0.00111 * Math.sin(moon - 2 * latitude) -
    0.00057 * Math.sin(moon + 2 * latitude) +
    0.00056 * e * Math.sin(2 * moon + sun) -
    0.00042 * Math.sin(3 * moon) +
    0.00042 * e * Math.sin(sun + 2 * latitude) +
    0.00038 * e * Math.sin(sun - 2 * latitude) -
    0.00024 * e * Math.sin(2 * moon - sun) -
    0.00017 * Math.sin(node)
  // Terrestrial time to universal time: about 70 seconds in this century, under the method's error.
  return mean + correction - 70 / 86_400
}

/** The Sun's sidereal longitude in degrees at `julianDay`: tropical longitude less Lahiri's ayanamsa. */
function siderealSun(julianDay: number): number {
  const t = (julianDay - 2_451_545) / 36_525
  const mean = 280.466_46 + 36_000.769_83 * t
  const anomaly = (357.529_11 + 35_999.050_29 * t) * radians
  const centre = (1.914_602 - 0.004_817 * t) * Math.sin(anomaly) + (0.019_993 - 0.000_101 * t) * Math.sin(2 * anomaly) + 0.000_289 * Math.sin(3 * anomaly)
  const ayanamsa = 23.853 + 1.397 * t
  return (((mean + centre - ayanamsa) % 360) + 360) % 360
}
