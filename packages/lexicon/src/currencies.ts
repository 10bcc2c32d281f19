import currencyCodes from 'currency-codes'
import symbolOf from 'currency-symbol-map'
import {extendLexicon, wordTable} from './extend.js'

/** One ISO 4217 currency: its code, its official name and minor digits, and the signs written for it. */
export interface Currency {
  code: string
  /** The ISO 4217 name ("US Dollar", "Euro"). */
  name: string
  /** Digits after the decimal point of the minor unit (2 for cents; 0 for the yen). */
  digits: number
  /** Its usual symbol, where it has one of its own ("€", "₹"), else its code. */
  symbol: string
}

/**
 * Every currency of ISO 4217, from `currency-codes` (the ISO's published list) with symbols from
 * `currency-symbol-map`; both are maintained packages, so a new code comes with an update.
 */
export const currencies: Record<string, Currency> = wordTable(Object.fromEntries(
  currencyCodes.data.map((entry) => [
    entry.code,
    {code: entry.code, name: entry.currency, digits: entry.digits, symbol: symbolOf(entry.code) ?? entry.code}
  ])
))

/**
 * What news writes for money, to ISO 4217 codes. Names are lower case. A sign that several
 * currencies write ("$", "¥", "kr", "£") goes to the one most news means by it (the first
 * code), and `ambiguousSymbols` lists the others it may mean, for a stage that reads the place.
 */
export interface CurrencyWords {
  /** Currency names, singular and plural, with their country when one name is shared ("canadian dollars"). */
  names: Record<string, string>
  /** Signs and prefixes written before or after an amount ("$", "US$", "€", "Rs"). */
  symbols: Record<string, string>
  /** Signs that several currencies use, to every code they may mean, the default first. */
  ambiguousSymbols: Record<string, string[]>
}

// Through `extendLexicon`, as every stage's lists are, so that its tables have no prototype.
export const currencyWords: CurrencyWords = extendLexicon({
  names: {
    dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD', 'u.s. dollar': 'USD', 'u.s. dollars': 'USD', cent: 'USD', cents: 'USD',
    'australian dollar': 'AUD', 'australian dollars': 'AUD', 'canadian dollar': 'CAD', 'canadian dollars': 'CAD',
    'new zealand dollar': 'NZD', 'new zealand dollars': 'NZD', 'hong kong dollar': 'HKD', 'hong kong dollars': 'HKD',
    'singapore dollar': 'SGD', 'singapore dollars': 'SGD', 'taiwan dollar': 'TWD', 'taiwan dollars': 'TWD', 'new taiwan dollars': 'TWD',
    euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', 'pound sterling': 'GBP', 'pounds sterling': 'GBP',
    'british pound': 'GBP', 'british pounds': 'GBP', pence: 'GBP', penny: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY',
    rupee: 'INR', rupees: 'INR', 'indian rupee': 'INR', 'indian rupees': 'INR', 'pakistani rupee': 'PKR', 'pakistani rupees': 'PKR',
    'sri lankan rupee': 'LKR', 'sri lankan rupees': 'LKR', 'nepalese rupee': 'NPR', 'nepalese rupees': 'NPR',
    ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', franc: 'CHF', francs: 'CHF', 'swiss franc': 'CHF', 'swiss francs': 'CHF',
    shekel: 'ILS', shekels: 'ILS', 'new shekel': 'ILS', 'new shekels': 'ILS', 'danish krone': 'DKK', 'danish kroner': 'DKK',
    'swedish krona': 'SEK', 'swedish kronor': 'SEK', 'norwegian krone': 'NOK', 'norwegian kroner': 'NOK', ringgit: 'MYR',
    rand: 'ZAR', peso: 'MXN', pesos: 'MXN', 'mexican peso': 'MXN', 'mexican pesos': 'MXN', 'philippine peso': 'PHP', 'philippine pesos': 'PHP',
    'argentine peso': 'ARS', 'argentine pesos': 'ARS', 'chilean peso': 'CLP', 'chilean pesos': 'CLP', 'colombian peso': 'COP', 'colombian pesos': 'COP',
    real: 'BRL', reais: 'BRL', 'brazilian real': 'BRL', 'brazilian reais': 'BRL', lira: 'TRY', liras: 'TRY', 'turkish lira': 'TRY',
    won: 'KRW', 'korean won': 'KRW', 'south korean won': 'KRW', naira: 'NGN', hryvnia: 'UAH', hryvnias: 'UAH', zloty: 'PLN', zlotys: 'PLN',
    forint: 'HUF', forints: 'HUF', koruna: 'CZK', baht: 'THB', dong: 'VND', rupiah: 'IDR', riyal: 'SAR', riyals: 'SAR', 'saudi riyal': 'SAR',
    'saudi riyals': 'SAR', dirham: 'AED', dirhams: 'AED', 'egyptian pound': 'EGP', 'egyptian pounds': 'EGP', shilling: 'KES', shillings: 'KES',
    'kenyan shilling': 'KES', 'kenyan shillings': 'KES', cedi: 'GHS', cedis: 'GHS', taka: 'BDT', tenge: 'KZT', lari: 'GEL', dram: 'AMD',
    bitcoin: 'BTC', bitcoins: 'BTC'
  },
  symbols: {
    $: 'USD', us$: 'USD', '$us': 'USD', 'a$': 'AUD', au$: 'AUD', 'c$': 'CAD', ca$: 'CAD', can$: 'CAD', nz$: 'NZD', hk$: 'HKD',
    's$': 'SGD', nt$: 'TWD', 'r$': 'BRL', mex$: 'MXN', '€': 'EUR', '£': 'GBP', '¥': 'JPY', 'cn¥': 'CNY', '元': 'CNY', '円': 'JPY',
    '₹': 'INR', rs: 'INR', 'rs.': 'INR', '₽': 'RUB', '₪': 'ILS', '₩': 'KRW', '₺': 'TRY', '₦': 'NGN', '₱': 'PHP', '₴': 'UAH', '₫': 'VND',
    '฿': 'THB', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', '₸': 'KZT', 'zł': 'PLN', kr: 'SEK', rm: 'MYR', '₿': 'BTC', '¢': 'USD',
    'n$': 'NAD', 'gh₵': 'GHS', '₵': 'GHS', '৳': 'BDT'
  },
  ambiguousSymbols: {
    $: ['USD', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'MXN', 'ARS', 'CLP', 'COP', 'TWD'],
    '¥': ['JPY', 'CNY'],
    '£': ['GBP', 'EGP', 'LBP', 'SYP'],
    kr: ['SEK', 'NOK', 'DKK', 'ISK'],
    rs: ['INR', 'PKR', 'LKR', 'NPR'],
    'rs.': ['INR', 'PKR', 'LKR', 'NPR']
  }
})
