// The demo app's own backend: a Node HTTP server that plays Podruga AI. For each page view it asks
// Affiliate Edge for an embed token through the SDK (server side, with the app's key and signing secret)
// and renders its settings page with our referral dashboard in an iframe. On an affiliate's edition host
// (the Host header, or ?host= locally) it resolves the edition through the SDK and serves the edition's page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AffiliateEdgeError, createClient } from '../../sdk/typescript/src/index';
import { renderEditionPage } from './render-edition-page';
import { type DemoLang, type DemoMode, renderSettingsPage } from './render-settings-page';

export interface PodrugaDemoOptions {
  /** 0 picks a free port. */
  port: number;
  /** The Affiliate Edge Worker, e.g. http://localhost:8787. */
  apiBaseUrl: string;
  apiKey: string;
  signingSecret: string;
  programId: string;
  /** The signed-in user of the demo app. */
  user: { id: string; email: string; name: string };
  /** The app's main site, where a host that is no edition is sent. */
  mainSiteUrl: string;
}

/** The hosts the demo itself answers on; any other Host header (or ?host=) is asked about as an edition. */
const OWN_HOSTS = new Set(['localhost', '127.0.0.1']);

export interface PodrugaDemo {
  url: string;
  close(): Promise<void>;
}

// Podruga's brand colour and font, passed to the dashboard so it looks like part of the app.
const THEME = { light: '#b5175a', dark: '#ff8fbf' } as const;

export async function startPodrugaDemo(options: PodrugaDemoOptions): Promise<PodrugaDemo> {
  const sdk = createClient({
    apiKey: options.apiKey,
    signingSecret: options.signingSecret,
    baseUrl: options.apiBaseUrl,
    retries: 1,
  });
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' || url.pathname !== '/') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const host = (url.searchParams.get('host') ?? req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
    if (host && !OWN_HOSTS.has(host)) {
      try {
        const edition = await sdk.resolveEdition(host);
        if (!edition) {
          // No edition here (unknown, suspended or deleted): the visitor goes to the app itself.
          res.writeHead(302, { location: options.mainSiteUrl }).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(renderEditionPage(edition));
      } catch (err) {
        const why = err instanceof AffiliateEdgeError ? `${err.code} (${err.status ?? 'no answer'})` : String(err);
        res
          .writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
          .end(`The edition could not be resolved: ${why}`);
      }
      return;
    }
    const lang: DemoLang = url.searchParams.get('lang') === 'ru' ? 'ru' : 'en';
    const mode: DemoMode = url.searchParams.get('mode') === 'dark' ? 'dark' : 'light';
    let embed: { url: string } | { error: string };
    let embedOrigin = new URL(options.apiBaseUrl).origin;
    try {
      const issued = await sdk.createEmbedToken({
        program_id: options.programId,
        user: options.user,
        theme: { primaryColor: THEME[mode], mode, locale: lang, font: 'Inter, system-ui, sans-serif' },
      });
      embed = { url: issued.url };
      // The dashboard's own origin (the platform's public URL), which its size messages come from.
      embedOrigin = new URL(issued.url).origin;
    } catch (err) {
      embed = { error: err instanceof AffiliateEdgeError ? `${err.code} (${err.status ?? 'no answer'})` : String(err) };
    }
    const html = renderSettingsPage({ lang, mode, user: options.user, embed, embedOrigin });
    // The token is in the page: never cache it.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
