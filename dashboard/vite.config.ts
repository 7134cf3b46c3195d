import { fileURLToPath } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dashboardAliases } from './aliases.ts';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

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
    // No preload map in the entry chunk: it listed every lazy chunk and the files each imports (7.8 KB gz of
    // the login page's 200 KB, growing with every route). A lazy chunk still loads its imports as ES modules,
    // and the router's `defaultPreload: 'intent'` starts a page's chunks on hover or focus of its link, before
    // the click, so the import waterfall is paid ahead of the navigation.
    modulePreload: false,
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
