// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Typed lint rules plus the import boundaries that keep the architecture honest:
 * - api/, flows/ and domain/ are pure (no Node, DOM-only or Electron code): they run everywhere;
 * - the renderer reaches the Node side only through the KioskApi, never by importing it;
 * - only electron/ may import 'electron';
 * - production code never imports the provincial simulator or a test harness: simulators are loaded only by
 *   the demo module (kiosk/demo/, by dynamic import() in demo mode), harnesses live in tests/support/.
 */
const NODE_SIDE = [
  'devices',
  'db',
  'sync',
  'host',
  'kiosk',
  'config',
  'province-sim',
  'media',
  'security',
  'electron',
];
const nodeSideGroups = NODE_SIDE.map((dir) => `**/${dir}/**`);
const NATIVE = [
  'serialport',
  '@serialport/*',
  'better-sqlite3',
  'node-hid',
  'sharp',
  'ws',
  'sm-crypto',
  'sm-crypto-v2',
  'iconv-lite',
];

/** Everything that ships: all code except tests, benchmarks, scripts, the demo module and the simulator itself. */
const NOT_PRODUCTION = [
  '**/*.test.ts',
  '**/*.test.tsx',
  'tests/**',
  'bench/**',
  'scripts/**',
  'kiosk/demo/**',
  'province-sim/**',
];
const TEST_ONLY = {
  group: [
    '**/province-sim/**',
    '**/contract-harness',
    '**/worker-harness',
    '**/test-cases',
    '**/flows/testing/**',
    '**/testing/**',
    '**/tests/**',
  ],
  message:
    'Production code never imports the provincial simulator or test harnesses (demo code goes in kiosk/demo/, loaded by import() in demo mode).',
};
const ELECTRON_ONLY = {
  group: ['electron', '**/electron/**'],
  message: 'Only electron/ may depend on Electron.',
};
const NO_RENDERER = { group: ['**/renderer/**'], message: 'Node-side code never imports the renderer.' };
/** SQLite is reached through db/driver/ (SqliteDatabase), so node:sqlite can replace better-sqlite3. */
const SQLITE_DRIVER_ONLY = {
  group: ['better-sqlite3'],
  message: 'Only db/driver/ may import better-sqlite3: open databases through db/driver/ (or db/sqlite.ts).',
};
/**
 * Digest and cipher names node:crypto accepts under plain Node (OpenSSL) but not inside Electron (BoringSSL):
 * the call throws only in the packaged kiosk ("Digest method not supported", electron/electron#34925, #35857).
 * Kept equal to BANNED_ALGORITHMS in security/electron-crypto.ts (a test checks it); SM2/SM3/SM4 come from
 * sm-crypto-v2 instead.
 */
const BANNED_ALGORITHMS = [
  'sm3',
  'sm4',
  'sm2',
  'ripemd160',
  'rmd160',
  'md4',
  'mdc2',
  'whirlpool',
  'blake2b512',
  'blake2s256',
  'sha3-224',
  'sha3-256',
  'sha3-384',
  'sha3-512',
  'shake128',
  'shake256',
  'sha512-224',
  'sha512-256',
  'chacha20',
  'chacha20-poly1305',
  'aes-128-ccm',
  'aes-192-ccm',
  'aes-256-ccm',
  'aes-128-ocb',
  'aes-192-ocb',
  'aes-256-ocb',
  'id-aes256-wrap',
  'aes128-wrap',
  'aes256-wrap',
  'camellia-256-cbc',
  'aria-256-gcm',
  'bf-cbc',
];
const CRYPTO_CALLS =
  'createHash|createHmac|createCipheriv|createDecipheriv|createSign|createVerify|sign|verify|hkdf|hkdfSync|pbkdf2|pbkdf2Sync';
// Names are letters, digits and hyphens only, so they go into the selector's regex as they are.
const bannedName = `/^(${BANNED_ALGORITHMS.join('|')})(-.*)?$/i`;
const electronCryptoMessage =
  'Electron (BoringSSL) has no such algorithm: this call works under Node and throws in the kiosk. Use sm-crypto-v2 (security/sm3.ts, sync/sm2-signature.ts) or an algorithm in security/electron-crypto.ts.';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'artifacts/**',
      'playwright-report/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.renderer.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/only-throw-error': 'error',
      // Parsing untrusted JSON and third-party bindings yields `any`; zod schemas guard those edges instead.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off', // handlers are async by contract even when they need not wait
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeSideGroups,
              message: 'The renderer talks to the Node side only through the KioskApi.',
            },
            {
              group: ['node:*', 'electron', ...NATIVE],
              message: 'Node and Electron modules never run in the renderer.',
            },
            TEST_ONLY,
          ],
        },
      ],
    },
  },
  {
    files: ['api/**/*.ts', 'flows/**/*.ts', 'domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeSideGroups, '**/renderer/**'],
              message: 'api/, flows/ and domain/ are pure and depend on nothing above them.',
            },
            {
              group: ['node:*', 'electron', 'react', 'react-dom', ...NATIVE],
              message: 'Pure modules use no Node, DOM framework or native code.',
            },
            TEST_ONLY,
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    ignores: [
      'electron/**',
      'renderer/**',
      'api/**',
      'flows/**',
      'domain/**',
      'tests/contract/ipc.contract.test.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ELECTRON_ONLY, NO_RENDERER, SQLITE_DRIVER_ONLY] }],
    },
  },
  {
    // The same boundaries for the Node side that ships, plus no simulator or harness (a later block wins).
    files: ['**/*.ts'],
    ignores: [...NOT_PRODUCTION, 'electron/**', 'renderer/**', 'api/**', 'flows/**', 'domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [ELECTRON_ONLY, NO_RENDERER, TEST_ONLY, SQLITE_DRIVER_ONLY] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: NOT_PRODUCTION,
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_RENDERER, TEST_ONLY, SQLITE_DRIVER_ONLY] }],
    },
  },
  {
    // The engine adapters: the one place better-sqlite3 (and node:sqlite) is loaded.
    files: ['db/driver/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ELECTRON_ONLY, NO_RENDERER, TEST_ONLY] }],
    },
  },
  {
    // The provincial simulator is a second, independent reading of the contract: it shares no code with the
    // kiosk, so a client bug cannot hide behind a simulator built on the same assumptions. Only node
    // builtins, npm packages and its own files: the folder is flat, so any '../' leaves it and is refused.
    // (So it opens SQLite with better-sqlite3 itself, not through db/driver/.)
    files: ['province-sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message:
                "province-sim/ imports nothing outside its folder (it must not share the kiosk's code).",
            },
            { group: ['electron'], message: 'Only electron/ may depend on Electron.' },
          ],
        },
      ],
    },
  },
  {
    name: 'zizhu/electron-crypto',
    files: ['**/*.ts'],
    ignores: ['renderer/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[`callee.name=/^(${CRYPTO_CALLS})$/`, `callee.property.name=/^(${CRYPTO_CALLS})$/`].map(
          (callee) => ({
            selector: `CallExpression[${callee}] > Literal[value=${bannedName}]`,
            message: electronCryptoMessage,
          }),
        ),
      ],
    },
  },
  {
    // The voice build (scripts/voice/) renders the renderer's own strings: it reads the locale files and the
    // renderer's prompt set, at build time only (nothing of it ships on the Node side).
    files: ['scripts/voice/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ELECTRON_ONLY] }] },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' }, // e2e tests read locale files to assert what the screen shows
  },
);
