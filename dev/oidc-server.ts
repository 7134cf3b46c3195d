// A local identity provider for npm start and tests: Google's OpenID Connect (discovery, authorize,
// token, userinfo, JWKS with an RS256 key made at start) and GitHub's OAuth shape (/login/oauth/*,
// /user, /user/emails) on one origin. Authorize shows a page of demo people (dev/oidc-server/identities.ts),
// or signs one in at once with `identity=ada` (tests: `sub=…&email=…&email_verified=false`, and
// `fault=` one of ID_TOKEN_FAULTS (dev/oidc-server/state.ts) for a bad ID token).
// Run alone with `npx tsx dev/oidc-server.ts` (OIDC_PORT).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { authorize } from './oidc-server/authorize';
import { githubAccessToken, githubUser } from './oidc-server/github';
import { discovery, googleToken, userinfo } from './oidc-server/google';
import { json, send, type Reply } from './oidc-server/reply';
import { newState, type OidcServerOptions, type ServerState } from './oidc-server/state';

export { DEMO_IDENTITIES } from './oidc-server/identities';
export type { OidcServerOptions } from './oidc-server/state';

export interface OidcServer {
  /** http://127.0.0.1:port — the issuer, and GITHUB_BASE_URL / GITHUB_API_BASE_URL. */
  url: string;
  /** GOOGLE_DISCOVERY_URL. */
  discoveryUrl: string;
  close(): Promise<void>;
}

export async function startOidcServer(opts: OidcServerOptions): Promise<OidcServer> {
  const state = await newState();
  let url = '';
  const server = createServer((req, res) => {
    handle(state, opts, url, req, res).catch((err: unknown) => {
      console.error('oidc-server:', err);
      if (!res.headersSent) send(res, json(500, { error: 'server_error' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    discoveryUrl: `${url}/.well-known/openid-configuration`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  state: ServerState,
  opts: OidcServerOptions,
  issuer: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', issuer);
  send(res, await route(state, opts, issuer, `${req.method ?? 'GET'} ${url.pathname}`, url, req));
}

function route(
  state: ServerState,
  opts: OidcServerOptions,
  issuer: string,
  key: string,
  url: URL,
  req: IncomingMessage,
): Reply | Promise<Reply> {
  switch (key) {
    case 'GET /.well-known/openid-configuration':
      return json(200, discovery(issuer));
    case 'GET /jwks':
      return json(200, { keys: [state.publicJwk] });
    case 'GET /authorize':
      return authorize(state, 'google', opts.google, url);
    case 'POST /token':
      return googleToken(state, opts, issuer, req);
    case 'GET /userinfo':
      return userinfo(state, req);
    case 'GET /login/oauth/authorize':
      return authorize(state, 'github', opts.github, url);
    case 'POST /login/oauth/access_token':
      return githubAccessToken(state, opts, req);
    case 'GET /user':
      return githubUser(state, req, false);
    case 'GET /user/emails':
      return githubUser(state, req, true);
    default:
      return json(404, { error: 'not_found' });
  }
}

/** The credentials npm start gives the Worker and this server alike. */
export const LOCAL_OIDC_CLIENTS = {
  google: { clientId: 'local-google-client-id', clientSecret: 'local-google-client-secret' },
  github: { clientId: 'local-github-client-id', clientSecret: 'local-github-client-secret' },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startOidcServer({ port: Number(process.env.OIDC_PORT ?? 8798), ...LOCAL_OIDC_CLIENTS });
  console.log(`local identity provider on ${server.url} (Google discovery: ${server.discoveryUrl})`);
}
