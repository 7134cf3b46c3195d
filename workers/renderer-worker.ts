let handler: Promise<typeof import('./renderer/handle-render')> | undefined;

/**
 * The renderer Worker (wrangler.renderer.toml): PDFs (pdf-lib, fontkit, the DejaVu fonts) and banner PNGs (resvg's
 * WebAssembly) in a Worker of their own, so the API Worker's upload holds none of them. It has no route and no
 * workers.dev address: only the API Worker's RENDERER service binding reaches it (workers/services/render-file.ts).
 * Nothing is evaluated at startup: zod and each renderer load on the first request that needs them.
 */
export default {
  async fetch(request) {
    handler ??= import('./renderer/handle-render');
    return (await handler).handleRender(request);
  },
} satisfies ExportedHandler;
