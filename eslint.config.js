// Lint for what tests cannot see well: regexes that could backtrack catastrophically on user text.
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default [
  {ignores: ['**/dist/**', '**/node_modules/**', '.eval/**', '.bench/**']},
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    languageOptions: {parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module'},
    plugins: {regexp},
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-unicode-character': 'error',
      'regexp/no-useless-quantifier': 'error',
      'regexp/no-dupe-disjunctions': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-useless-assertions': 'error',
      'regexp/optimal-quantifier-concatenation': 'error'
    }
  }
]
