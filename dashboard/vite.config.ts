import { fileURLToPath } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dashboardAliases } from './aliases.ts';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The chunks the code-splitting groups below make, named as the groups are (login-….js, text-en-….js). */
const GROUP_NAMES = /^(boot|login|text-\w+|charts|libs|app)$/;
const NODE_MODULES = /[\\/]node_modules[\\/]/;
const CHARTS = /[\\/]node_modules[\\/](recharts|d3-|victory-vendor|@mantine[\\/]charts)/;
const LOCALE = /[\\/]locales[\\/](\w+)[\\/]/;
/** Translations only signed-in pages use: every namespace but those the public pages (login, status, join) load. */
const SIGNED_IN_TEXT = /[\\/]locales[\\/]\w+[\\/](?!(common|auth|access|status|brand)\.json)\w+\.json$/;

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
  ],
  resolve: { alias: dashboardAliases },
  build: {
    outDir: fromHere('../dist/dashboard'),
    emptyOutDir: true,
    // dev/dashboard-bundle-size.ts reads it to find what the login page loads first.
    manifest: true,
    // One stylesheet for the whole app: split, a reload of a console page fetched six (the entry's, libs, app, the
    // route's, the notifications' and the charts'), each a request even from the cache (bench/dashboard.ts). The
    // signed-in pages' styles are small beside Mantine's own, which the login page loads anyway.
    cssCodeSplit: false,
    // No preload map in the entry chunk: it listed every lazy chunk and the files each imports (7.8 KB gz of
    // the login page's 200 KB, growing with every route). A lazy chunk still loads its imports as ES modules,
    // and the router's `defaultPreload: 'intent'` starts a page's chunks on hover or focus of its link, before
    // the click, so the import waterfall is paid ahead of the navigation.
    modulePreload: false,
    // The groups below make a few larger chunks on purpose (the entry ~540 kB minified, ~165 kB gz); the login
    // page's budget is checked in gzipped bytes by dev/dashboard-bundle-size.ts.
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      // Routes and features import a feature through its index.ts, which re-exports the whole feature. The
      // modules of features/, ui/ and pages/ only declare (no top-level effect: the areas rules keep it so),
      // so Rollup may leave out every re-exported module a chunk does not use; otherwise a top-level call such
      // as lazy() or createColumnHelper() would pull the whole feature into the login page.
      treeshake: {
        moduleSideEffects: (id) => !/\/dashboard\/src\/(features|ui|pages)\/.*\.tsx?$/.test(id),
      },
      // Shared chunks carry only their hash: the entry lists every lazy chunk's file and its imports (the
      // preload map), and every chunk names the files it imports, so long names like
      // `create-scoped-keydown-handler-…` cost the login page about 2 KB gz. Route chunks keep their
      // name (login-….js); the manifest still maps each file to its source.
      output: {
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/routes/') || GROUP_NAMES.test(chunk.name)
            ? 'assets/[name]-[hash].js'
            : 'assets/[hash].js',
        // Left to itself the bundler cuts a chunk for every set of routes sharing a module: a reload of a console
        // page fetched ~190 files (bench/dashboard.ts), each a request even from the cache. These groups make a
        // page a handful: what the entry needs (the login page loads it anyway), the libraries and the app's
        // shared code of the signed-in pages, the charts, and the translations of the signed-in app per language.
        codeSplitting: {
          groups: [
            { name: 'boot', tags: ['$initial'], priority: 50 },
            // The login page's own code (its lazy sign-in buttons too) and the libraries it needs, so that the
            // groups below (all the signed-in pages') are never among what it loads.
            {
              name: 'login',
              test: /[\\/](routes[\\/]_public[\\/](route|login)\.tsx|features[\\/]access[\\/]provider-buttons\.tsx)/,
              priority: 45,
            },
            // The namespaces the public pages ask for stay on their own, so the login page loads no more text.
            { name: (id) => `text-${LOCALE.exec(id)?.[1]}`, debugName: 'text', test: SIGNED_IN_TEXT, priority: 40 },
            // The libraries shared by signed-in pages, but the charts', which only the reports need: those come
            // after, so what both use (clsx, react-is…) stays here and the libraries never import the charts.
            { name: 'libs', test: (id) => NODE_MODULES.test(id) && !CHARTS.test(id), minShareCount: 2, priority: 20 },
            { name: 'charts', test: CHARTS, priority: 15 },
            {
              name: 'app',
              test: /[\\/]dashboard[\\/]src[\\/](?!routes[\\/]|locales[\\/])/,
              minShareCount: 2,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8787',
    },
  },
});
