import { fileURLToPath } from 'node:url';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * The dashboard's import aliases, for Vite and for the node tests that load its modules (the paths of
 * tsconfig.json and dashboard/tsconfig.json say the same). `@/` is dashboard/src; the other three are
 * the only parts of the backend the browser may load (biome.json forbids reaching workers/ or schema/
 * any other way).
 */
export const dashboardAliases = [
  { find: /^@\//, replacement: `${fromRoot('dashboard/src')}/` },
  { find: /^@domain\//, replacement: `${fromRoot('workers/domain')}/` },
  { find: /^@contracts\//, replacement: `${fromRoot('workers/contracts')}/` },
  { find: /^@schema\/enums$/, replacement: fromRoot('schema/enums.ts') },
];
