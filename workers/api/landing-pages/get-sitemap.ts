import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import { listPublicPages } from '../../services/landing-pages';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { pagePath } from './render-program-page';
import { xmlResponse } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getSitemap',
  security: publicAccess,
  path: '/pages/sitemap.xml',
  tags: ['landing-pages'],
  summary: 'The sitemap of the host’s public program pages; public',
  description: 'Served at /sitemap.xml. On an advertiser’s portal host, only its own programs.',
  responses: { 200: xmlResponse('The sitemap'), ...declareErrorResponses(404) },
});

export const getSitemapRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const origin = new URL(c.req.url).origin;
  const pages = await listPublicPages({ ctx: c.var.services(), input: undefined });
  const urls = pages.map(
    (p) =>
      html`<url><loc>${origin}${pagePath(p.programId, p.groupId)}</loc><lastmod>${p.updatedAt.toISOString()}</lastmod></url>`,
  );
  const body = html`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`;
  return c.body(body.toString(), 200, {
    'content-type': 'application/xml; charset=utf-8',
    'cache-control': 'public, max-age=3600',
  });
});
