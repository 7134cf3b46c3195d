// The renderer Worker (wrangler.renderer.toml) behind the RENDERER service binding: PDFs and banner PNGs.
export { RendererUnavailableError, renderRemote } from './render-remote';
