import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { creativeSnippet } from '../../domain/creative-snippet';
import { shortLinkUrl } from '../../domain/tracking-links';
import { prepareCreativeLink } from '../../services/creatives';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { creativeLink, creativeParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'prepareCreativeLink',
  path: '/affiliate/orgs/{orgId}/programs/{programId}/creatives/{creativeId}/link',
  tags: ['affiliate'],
  summary: 'Your tracking link, embed snippet and rendered banners for one creative (made on first use)',
  description:
    'The link is one of your short links, counted per creative. For a template, each size has an SVG and a PNG ' +
    'with your coupon code, link, QR code and name, public so your pages can show them.',
  security: bearer,
  request: { params: creativeParams },
  responses: {
    200: { description: 'The link and banners', content: { 'application/json': { schema: creativeLink } } },
    ...errorResponses,
  },
});

export const prepareCreativeLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const { programId, creativeId } = c.req.valid('param');
  const { creative, link } = await prepareCreativeLink({ ctx, input: { programId, creativeId } });
  const href = shortLinkUrl(ctx.config.APP_BASE_URL, link.slug);
  const bannerUrl = (size: { width: number; height: number }, ext: string) =>
    new URL(`/api/banners/${link.slug}/${size.width}x${size.height}.${ext}`, ctx.config.APP_BASE_URL).toString();
  const banners = (creative.kind === 'template' ? (creative.sizes ?? []) : []).map((size) => ({
    ...size,
    svgUrl: bannerUrl(size, 'svg'),
    pngUrl: bannerUrl(size, 'png'),
    snippet: creativeSnippet({ href, alt: creative.name, image: { src: bannerUrl(size, 'png'), ...size } }),
  }));
  const fixedImage =
    creative.kind === 'banner' && creative.imageUrl && creative.width && creative.height
      ? { src: creative.imageUrl, width: creative.width, height: creative.height }
      : null;
  const snippet =
    banners[0]?.snippet ?? creativeSnippet({ href, alt: creative.name, image: fixedImage, text: creative.body });
  return c.json({ linkId: link.id, shortUrl: href, snippet, banners }, 200);
});
