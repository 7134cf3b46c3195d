import { fileURLToPath } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { dashboardAliases } from './aliases.ts';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The bundle as it is written, for the preload lists below (kept by a plugin that sees it first).
let written: Rollup.OutputBundle = {};
const keepBundle: Plugin = {
  name: 'keep-bundle',
  enforce: 'pre',
  generateBundle: {
    order: 'pre',
    handler(_options, bundle) {
      written = bundle;
    },
  },
};

/** The chunks a chunk imports statically, directly or not: all loaded before any line of it runs. */
function loadedWith(file: string, seen = new Set<string>()): Set<string> {
  const chunk = written[file];
  if (chunk?.type !== 'chunk') return seen;
  for (const imported of chunk.imports) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    loadedWith(imported, seen);
  }
  return seen;
}

export default defineConfig({
  root: fromHere('.'),
  plugins: [
    // The router plugin must run before react() so code-split route chunks still get the JSX transform.
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      routesDirectory: fromHere('./src/routes'),
      generatedRouteTree: fromHere('./src/routeTree.gen.ts'),
    }),
    react(),
    keepBundle,
  ],
  resolve: { alias: dashboardAliases },
  build: {
    outDir: fromHere('../dist/dashboard'),
    emptyOutDir: true,
    // dev/dashboard-bundle-size.ts reads it to find what the login page loads first.
    manifest: true,
    // A lazy chunk's preload list leaves out what the chunk importing it has already loaded: the entry's
    // list for every route named the chunks the entry itself imports again (about 30 a route), which cost
    // the login page's first load bytes for nothing.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostId }) => {
        const loaded = loadedWith(hostId);
        return deps.filter((dep) => !loaded.has(dep));
      },
    },
    rollupOptions: {
      // Shared chunks carry only their hash: the entry lists every lazy chunk's file and its imports (the
      // preload map), and every chunk names the files it imports, so long names like
      // `create-scoped-keydown-handler-…` cost the login page about 2 KB gz. Route chunks keep their
      // name (login-….js); the manifest still maps each file to its source.
      output: {
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/routes/') ? 'assets/[name]-[hash].js' : 'assets/[hash].js',
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8787',
    },
  },
});
