/**
 * The short public paths of program pages, their sitemap and the unsubscribe page of marketing email,
 * answered by the API's /api/pages routes.
 */
const PUBLIC_PAGE = /^\/(?:programs\/[^/]+(?:\/groups\/[^/]+)?|sitemap\.xml|unsubscribe)$/;

export function isPublicPagePath(pathname: string): boolean {
  return PUBLIC_PAGE.test(pathname);
}

/** The same request (method, headers, host) addressed to /api/pages/…, so the page's origin stays the visitor's host. */
export function publicPageRequest<R extends Request>(request: R): R {
  const url = new URL(request.url);
  url.pathname = `/api/pages${url.pathname}`;
  // The copy keeps the incoming request's cf properties; the constructor's type only knows outgoing ones.
  return new Request(url, request) as unknown as R;
}
