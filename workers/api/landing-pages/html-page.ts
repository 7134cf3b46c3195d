import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ProgramPage } from '../../services/landing-pages';
import type { AppEnv } from '../types';
import { pageRequest } from './page-request';
import { renderProgramPage } from './render-program-page';
import type { programPageQuery } from './schemas';

/**
 * What a page may load: its own inline style, images (https, and our uploads) and nothing else, so even markup
 * that slipped past the renderer could run no script, load no frame and post no form elsewhere. Inline style is
 * allowed because the stylesheet is ours, inlined to keep a page one request.
 */
export function pageCsp(uploadsBaseUrl: string): string {
  return [
    "default-src 'none'",
    `img-src 'self' https: ${new URL(uploadsBaseUrl).origin}`,
    "style-src 'unsafe-inline'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Answers a page with its HTML; a short public cache, as the terms it shows change rarely and take effect at once. */
export function htmlPage(c: Context<AppEnv>, page: ProgramPage, query: z.infer<typeof programPageQuery>) {
  const origin = new URL(c.req.url).origin;
  const body = renderProgramPage(page, pageRequest(origin, query, page.terms.currency, page.blocks));
  return c.html(body, 200, {
    'cache-control': 'public, max-age=300',
    'content-security-policy': pageCsp(page.uploadsBaseUrl),
  });
}
