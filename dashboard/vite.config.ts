import { fileURLToPath } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
  resolve: {
    // API schemas imported for form validation come without their OpenAPI generator (see the shim).
    alias: { '@hono/zod-openapi': fromHere('./src/lib/forms/zod-openapi-shim.ts') },
  },
  build: {
    outDir: fromHere('../dist/dashboard'),
    emptyOutDir: true,
    // dev/dashboard-bundle-size.ts reads it to find what the login page loads first.
    manifest: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8787',
    },
  },
});
