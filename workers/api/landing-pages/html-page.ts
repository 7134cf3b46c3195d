import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ProgramPage } from '../../services/landing-pages';
import type { AppEnv } from '../types';
import { pageRequest } from './page-request';
import { renderProgramPage } from './render-program-page';
import type { programPageQuery } from './schemas';

/** Answers a page with its HTML; a short public cache, as the terms it shows change rarely and take effect at once. */
export function htmlPage(c: Context<AppEnv>, page: ProgramPage, query: z.infer<typeof programPageQuery>) {
  const origin = new URL(c.req.url).origin;
  const body = renderProgramPage(page, pageRequest(origin, query, page.terms.currency));
  return c.html(body, 200, { 'cache-control': 'public, max-age=300' });
}
