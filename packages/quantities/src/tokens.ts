import type {Token} from '@tidings/lexicon'

export {type Token, tokenize} from '@tidings/lexicon'

export const capitalized = (token: Token | undefined): boolean => token?.kind === 'word' && token.text[0] !== token.lower[0]
/** The token at `index`, none before the first: a negative index is read as a property, far slower than an element. */
export const tokenAt = (tokens: readonly Token[], index: number): Token | undefined => (index >= 0 ? tokens[index] : undefined)
/** "a" or "an": compared, as it is asked at most words a quantity may start with. */
export const isArticle = (word: string | undefined): boolean => word === 'a' || word === 'an'
export const glued = (left: Token | undefined, right: Token | undefined): boolean => left !== undefined && right !== undefined && left.end === right.start
/** Letters with case: a one-letter symbol in them ("m", "C") is ambiguous; "元" is not. */
export const letters = /^[\p{Lu}\p{Ll}]$/u
