import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { renderBanner } from '../../services/creatives';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';

const FILE = /^([1-9][0-9]{0,4})x([1-9][0-9]{0,4})\.(svg|png)$/;

const route = createRoute({
  method: 'get',
  operationId: 'getBanner',
  security: publicAccess,
  path: '/banners/{slug}/{file}',
  tags: ['creatives'],
  summary: 'An affiliate’s banner rendered from a template, as SVG or PNG at one of its sizes; public',
  description:
    'The slug is the affiliate’s banner link for the creative (prepareCreativeLink answers these URLs). ' +
    'PNGs are rendered once per template version and size (by the renderer Worker; 503 renderer_unavailable when ' +
    'it cannot), then served from storage.',
  request: {
    params: z.object({
      slug: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/)
        .openapi({ param: { name: 'slug', in: 'path' } }),
      file: z
        .string()
        .regex(FILE)
        .openapi({ param: { name: 'file', in: 'path' }, example: '300x250.png' }),
    }),
  },
  responses: {
    200: {
      description: 'The banner',
      content: {
        'image/png': { schema: z.string().openapi({ format: 'binary' }) },
        'image/svg+xml': { schema: z.string() },
      },
    },
    ...declareErrorResponses(400, 404, 503),
  },
});

export const getBannerRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { slug, file } = c.req.valid('param');
  const [, width, height, format] = FILE.exec(file)!;
  const banner = await renderBanner({
    ctx: c.var.services(),
    input: { slug, width: Number(width), height: Number(height), format: format as 'svg' | 'png' },
  });
  return new Response(banner.body, {
    status: 200,
    headers: {
      'content-type': banner.contentType,
      // Short: a changed template or coupon code shows within minutes where the banner is embedded.
      'cache-control': 'public, max-age=300',
      'x-content-type-options': 'nosniff',
      // An SVG opened directly may neither run nor load anything (the template checker already refuses both).
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'cross-origin-resource-policy': 'cross-origin',
    },
  });
});
