/**
 * A stage's word lists with a user's entries added, the way every built-in stage takes them
 * through its `lexicon` option: a list gets the extra entries after its own, a record the extra
 * keys over its own. Every key of `defaults` is kept, so a new list needs no line here.
 */
export function extendLexicon<Lexicon extends object>(defaults: Lexicon, extra: Partial<Lexicon> = {}): Lexicon {
  const merged: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(defaults)) {
    const more: unknown = (extra as Record<string, unknown>)[key]
    merged[key] = Array.isArray(value) ? [...value, ...((more as unknown[] | undefined) ?? [])] : wordTable({...value, ...(more as object | undefined)})
  }
  return merged as Lexicon
}

/**
 * `entries` as a table to look words of the text up in: without a prototype, so that a word such as
 * "constructor" or "valueOf" finds nothing instead of a property every object inherits.
 */
export function wordTable<Value>(entries: Record<string, Value>): Record<string, Value> {
  return Object.assign(Object.create(null) as Record<string, Value>, entries)
}

/**
 * `value` matched literally inside a regular expression built from it, with or without the `u`
 * flag: syntax characters escaped, and "-" written as `\x2d`, which `u` mode allows where `\-` is not.
 */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '\\x2d')
}
