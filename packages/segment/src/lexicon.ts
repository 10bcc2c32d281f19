/**
 * Words that open a phrase and that no headline or caption ends with: a line that ends with one
 * ("rescued by the", "a tug and") stops mid-sentence, and runs on to the next line when no blank
 * line follows. Matched as written, so in lower case: the other lists segment decides with are
 * shared with other stages, in `@tidings/lexicon`.
 */
export const defaultPhraseOpeners: string[] = ['a', 'an', 'the', 'and', 'or', 'but', 'of']
