// Next.js's own rules (core web vitals and TypeScript), as in Payload's website template.
// eslint-config-next 16 ships flat configs, so no FlatCompat is needed.
import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Relaxed as in Payload's template: a leading underscore marks a parameter or binding kept
      // on purpose, and `const { _id, __v, ...rest } = doc` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Issue 8: no `x as unknown as T`. It silences the type checker; type the value or narrow it.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'TSAsExpression > TSAsExpression.expression[typeAnnotation.type="TSUnknownKeyword"]',
          message: 'No `as unknown as`: use the generated types, a type guard or a typed helper.',
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests read REST, GraphQL and Mailpit answers as JSON and check fields of their choosing;
      // typing every answer would repeat the schemas the assertions already pin down.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // Generated files (never hand-edited), build output, embedded servers and their data.
  globalIgnores([
    'src/payload-types.ts',
    'app/(payload)/**',
    '**/importMap.js',
    'next-env.d.ts',
    '.next*/**',
    '.tools/**',
    '.data/**',
    'coverage/**',
    'test-results/**',
  ]),
])
