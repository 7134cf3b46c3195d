// What the demo needs from Affiliate Edge, got through its own API as the demo advertiser would: the Podruga
// AI app, its first program, an API key (kept in .data so restarts reuse it) and the demo page's origin
// among the app's embed origins.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface PreparedDemo {
  apiKey: string;
  signingSecret: string;
  programId: string;
}

interface Options {
  apiBaseUrl: string;
  owner: { email: string; password: string };
  /** The demo page's origin, e.g. http://localhost:8796. */
  origin: string;
  /** Where the key is kept between starts. */
  keyFile: string;
}

const APP_NAME = 'Podruga AI';

export async function preparePodrugaDemo(o: Options): Promise<PreparedDemo> {
  const api = async (method: string, path: string, token: string | null, body?: unknown) => {
    const res = await fetch(`${o.apiBaseUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as any;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const { accessToken } = await api('POST', '/auth/login', null, o.owner);
  const [org] = (await api('GET', '/orgs', accessToken)).items;
  const app = (await api('GET', `/orgs/${org.id}/apps`, accessToken)).items.find((a: any) => a.name === APP_NAME);
  if (!app) throw new Error(`the demo advertiser has no app named ${APP_NAME}`);
  const programs = (await api('GET', `/orgs/${org.id}/programs?appId=${app.id}&status=active`, accessToken)).items;
  if (programs.length === 0) throw new Error(`${APP_NAME} has no active program`);
  if (!app.embedOrigins.includes(o.origin))
    await api('PATCH', `/orgs/${org.id}/apps/${app.id}`, accessToken, {
      embedOrigins: [...app.embedOrigins, o.origin],
    });

  const keys = (await api('GET', `/orgs/${org.id}/apps/${app.id}/api-keys`, accessToken)).items as {
    id: string;
    revokedAt: string | null;
  }[];
  type KeptKey = { id: string; apiKey: string; signingSecret: string };
  const kept = existsSync(o.keyFile) ? (JSON.parse(readFileSync(o.keyFile, 'utf8')) as KeptKey) : null;
  let key = kept && keys.some((k) => k.id === kept.id && !k.revokedAt) ? kept : null;
  if (!key) {
    const issued = await api('POST', `/orgs/${org.id}/apps/${app.id}/api-keys`, accessToken, {
      name: 'Podruga demo page',
    });
    key = { id: issued.id, apiKey: issued.key, signingSecret: issued.signingSecret };
    writeFileSync(o.keyFile, JSON.stringify(key), { mode: 0o600 });
  }
  // The seed's 30% recurring program, which the demo page's text describes.
  const program = programs.find((p: any) => p.name === `${APP_NAME} Partners`) ?? programs[0];
  return { apiKey: key.apiKey, signingSecret: key.signingSecret, programId: program.id };
}
