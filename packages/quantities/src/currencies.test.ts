import {describe, expect, it} from 'vitest'
import {brief, found} from './test-helpers.js'

describe('currencies', () => {
  it('reads currency signs and codes written against the number, minor units, and the word "magnitude" before a figure', async () => {
    expect(await brief('The buyer paid US$5 million, $A2.5m, EUR40m, 300 MUSD and 12,34,567 rupees; shares were priced at NZ $12 a share and 470 pence.')).toEqual([
      ['US$5 million', 5e6, 'dollar', 'exact'],
      ['$A2.5m', 2.5e6, 'australian dollar', 'exact'],
      ['EUR40m', 4e7, 'euro', 'exact'],
      ['300 MUSD', 3e8, 'dollar', 'exact'],
      ['12,34,567 rupees', 1_234_567, 'rupee', 'exact'],
      ['NZ $12 a share', 12, 'new zealand dollar per share', 'exact'],
      ['470 pence', 470, 'penny', 'exact']
    ])
    const record = await found('It cost 4 dollars 25 cents, then 15 €.')
    expect(record.quantities?.map((q) => [q.text, q.value, q.normalized])).toEqual([
      ['4 dollars 25 cents', 4.25, {value: 4.25, unit: 'USD'}],
      ['15 €', 15, {value: 15, unit: 'EUR'}]
    ])
    expect(await brief('A magnitude 6.4 earthquake and a 5.1-magnitude aftershock hit; the magnitude of the loss grew.')).toEqual([
      ['magnitude 6.4', 6.4, 'magnitude', 'exact'],
      ['5.1-magnitude', 5.1, 'magnitude', 'exact']
    ])
    expect(await brief('Its GDP is $2.174T and it mined 5t of gold.')).toEqual([
      ['$2.174T', 2.174e12, 'dollar', 'exact'],
      ['5t', 5, 'tonne', 'exact']
    ])
  })

  it('reads a minus sign before a currency sign as a negative amount, not the hyphen of a range', async () => {
    expect(await brief('The balance is -$5, cash flow −€20m and tickets $5-$10.')).toEqual([
      ['-$5', -5, 'dollar', 'exact'],
      ['−€20m', -20_000_000, 'euro', 'exact'],
      ['$5-$10', 5, 'dollar', 'exact', [5, 10]]
    ])
  })

  it('reads the dollar and the pound of talk, the buck only in lower case', async () => {
    expect(await brief('Lunch was 12 bucks, the cab twenty quid and the tip one buck.')).toEqual([
      ['12 bucks', 12, 'dollar', 'exact'],
      ['twenty quid', 20, 'pound sterling', 'exact'],
      ['one buck', 1, 'dollar', 'exact']
    ])
    expect(await brief('He scored 30 Bucks points.')).toEqual([['30 Bucks points', 30, 'Bucks points', 'exact']])
  })

  it('reads every ISO 4217 code written in capitals, before or after the amount, and ISO names and signs', async () => {
    expect(await brief('They paid 42 KWD and KWD 15 for 3,000 kuwaiti dinars and 500 zł.')).toEqual([
      ['42 KWD', 42, 'kuwaiti dinar', 'exact'],
      ['KWD 15', 15, 'kuwaiti dinar', 'exact'],
      ['3,000 kuwaiti dinars', 3000, 'kuwaiti dinar', 'exact'],
      ['500 zł', 500, 'zloty', 'exact']
    ])
    expect(await brief('The fee is 250 THB, or THB 250, and 12 kwd in lower case is no code.')).toEqual([
      ['250 THB', 250, 'baht', 'exact'],
      ['THB 250', 250, 'baht', 'exact'],
      ['12', 12, null, 'exact']
    ])
    // Codes that spell a word, and codes in a line written in capitals, name no currency.
    expect(await brief('TOP 10 songs and ALL 3 FANS CHEERED.')).toEqual([['10 songs', 10, 'songs', 'exact']])
  })

  it('reads a currency\'s own sign before or after the amount when it is no plain word and no other currency\'s', async () => {
    expect(await brief('A tram ticket costs 40 Kč. Rent is ₼ 300, a coffee 900 ֏ and a bus fare 35 ден.')).toEqual([
      ['40 Kč', 40, 'czech koruna', 'exact'],
      ['₼ 300', 300, 'azerbaijan manat', 'exact'],
      ['900 ֏', 900, 'armenian dram', 'exact'],
      ['35 ден', 35, 'denar', 'exact']
    ])
    // "Ft" (the forint's sign) is the foot in English; "lei" and "₨" belong to several currencies.
    expect(await brief('The mast is 600 Ft tall; it cost 80 lei and 500 ₨.')).toEqual([
      ['600 Ft', 600, 'foot', 'exact'],
      ['80', 80, null, 'exact'],
      ['500', 500, null, 'exact']
    ])
  })

  it('reads a measure named before its figure after "of" or hyphenated to it, not the word alone', async () => {
    expect(await brief('The quake had a magnitude of 6.4; a magnitude-5.2 aftershock followed.')).toEqual([
      ['magnitude of 6.4', 6.4, 'magnitude', 'exact'],
      ['magnitude-5.2', 5.2, 'magnitude', 'exact']
    ])
    expect(await brief('The magnitude of the 2 fires and the magnitude-scale shocked us.')).toEqual([['2 fires', 2, 'fires', 'exact']])
  })

  it('reads a currency named by a common word after a magnitude of millions or more only', async () => {
    expect(await brief('The chipmaker earned 5 trillion won, up from 300 billion won.')).toEqual([
      ['5 trillion won', 5e12, 'south korean won', 'exact'],
      ['300 billion won', 3e11, 'south korean won', 'exact']
    ])
    expect(await brief('The club has 12 won and 3 lost; in all, 1,200 won.')).toEqual([
      ['12', 12, null, 'exact'],
      ['3', 3, null, 'exact'],
      ['1,200', 1200, null, 'exact']
    ])
  })

  it('reads a magnitude written after a currency code, as tables of figures do', async () => {
    expect(await brief('The fund holds 40 EUR million and 3 GBP billion; he paid 5 dollars, a million thanks.')).toEqual([
      ['40 EUR million', 4e7, 'euro', 'exact'],
      ['3 GBP billion', 3e9, 'pound sterling', 'exact'],
      ['5 dollars', 5, 'dollar', 'exact'],
      ['a million thanks', 1e6, 'thanks', 'exact']
    ])
  })

  it('gives a spaced currency sign to the number before it, and a sign glued to a number to that number', async () => {
    expect(await brief('The tip was 5 € 20 cent and the fare 12 € 40 €.')).toEqual([
      ['5 € 20 cent', 5.2, 'euro', 'exact'],
      ['12 €', 12, 'euro', 'exact'],
      ['40 €', 40, 'euro', 'exact']
    ])
    expect(await brief('He had 3 $10 bills.')).toEqual([
      ['3', 3, null, 'exact'],
      ['$10', 10, 'dollar', 'exact']
    ])
  })

  it('reads a country letter before a spaced dollar sign, but not the last letter of an abbreviation', async () => {
    expect(await brief('Fares are HK $ 16, S $ 5 and c $ 100.')).toEqual([
      ['HK $ 16', 16, 'hong kong dollar', 'exact'],
      ['S $ 5', 5, 'singapore dollar', 'exact'],
      ['c $ 100', 100, 'canadian dollar', 'exact']
    ])
    expect(await brief('The fund holds u.s $ 40 million, then U.S $5 more and a U.S $ 12 fee.')).toEqual([
      ['$ 40 million', 40_000_000, 'dollar', 'exact'],
      ['$5', 5, 'dollar', 'exact'],
      ['$ 12', 12, 'dollar', 'exact']
    ])
  })

  it('reads the currency signs that are words apart from their figure, in the case news writes them', async () => {
    expect(await brief('He paid Rs 4 crore. The loan was Rs. 500. Fees rose to RM 50.')).toEqual([
      ['Rs 4 crore', 40_000_000, 'rupee', 'exact'],
      ['Rs. 500', 500, 'rupee', 'exact'],
      ['RM 50', 50, 'malaysian ringgit', 'exact']
    ])
    expect(await brief('The Audi RS 5 sold. Ms Rm 4 left. The rm 2 key is broken.')).toEqual([['2', 2, null, 'exact']])
  })

  it('reads currency signs in letters glued to their figure, and the rand only before an amount written as money', async () => {
    expect(await brief('The farm sold for R1 250 000, after a R2.5bn deal and a R500 fine.')).toEqual([
      ['R1 250 000', 1_250_000, 'south african rand', 'exact'],
      ['R2.5bn', 2.5e9, 'south african rand', 'exact'],
      ['R500', 500, 'south african rand', 'exact']
    ])
    expect(await brief('Fares rose to KSh 5 000 in Nairobi, Rp50,000 in Bali and Tk 300 in Dhaka.')).toEqual([
      ['KSh 5 000', 5000, 'kenyan shilling', 'exact'],
      ['Rp50,000', 50_000, 'rupiah', 'exact'],
      ['Tk 300', 300, 'taka', 'exact']
    ])
    expect(await brief('A ticket was GH₵500 in Accra and N$300 in Windhoek.')).toEqual([
      ['GH₵500', 500, 'ghana cedi', 'exact'],
      ['N$300', 300, 'namibia dollar', 'exact']
    ])
  })

  it('reads no rand in a name or a code written with an R', async () => {
    expect(await brief('The R0 of the virus is high, and his Yamaha R1 beat a Cinebench R20 run.')).toEqual([])
    expect(await brief('The r500 code and R 500 more are typos, and rp 20 is too.')).toEqual([['20', 20, null, 'exact']])
    expect(await brief('Take the R1 to exit 4, or the R10 bus.')).toEqual([])
  })
})
