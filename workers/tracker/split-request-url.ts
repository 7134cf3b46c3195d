import type { RequestUrl } from '../contracts/request-url';

const fromUrl = (url: URL): RequestUrl => ({
  href: url.href,
  origin: url.origin,
  hostname: url.hostname,
  pathname: url.pathname,
  search: url.search,
});

/**
 * Cuts request.url into its parts without parsing it again. The runtime hands the URL over
 * already parsed and serialized (host lower-cased, path and query percent-encoded, no dot
 * segments), so its parts are where the serializer put them; a redirect pays for every URL
 * object it builds. Anything unusual (userinfo, no path) goes through the WHATWG parser.
 */
export function splitRequestUrl(href: string): RequestUrl {
  const authority = href.indexOf('://') + 3;
  const hash = href.indexOf('#', authority);
  const end = hash < 0 ? href.length : hash;
  const path = href.indexOf('/', authority);
  if (authority < 3 || path < 0 || path > end || href.lastIndexOf('@', path) >= authority)
    return fromUrl(new URL(href));
  const query = href.indexOf('?', path);
  const pathEnd = query < 0 || query > end ? end : query;
  const host = href.slice(authority, path);
  const port = host.startsWith('[') ? host.indexOf(':', host.indexOf(']')) : host.lastIndexOf(':');
  return {
    href,
    origin: href.slice(0, path),
    hostname: port < 0 ? host : host.slice(0, port),
    pathname: href.slice(path, pathEnd),
    search: pathEnd < end && end - pathEnd > 1 ? href.slice(pathEnd, end) : '',
  };
}
