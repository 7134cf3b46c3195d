import { createExecutionContext, env } from 'cloudflare:test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderRequest } from '../../workers/contracts/render-request';
import type { Db } from '../../workers/db/client';
import worker from '../../workers/index';
import renderer from '../../workers/renderer-worker';
import { createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { testDb } from '../fixtures';
import { signedW9 } from '../tax-forms';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const document = {
  title: 'Квитанция 7',
  blocks: [{ kind: 'rows', rows: [{ label: 'Payee', value: 'Анна Смирнова' }] }],
  footer: 'Affiliate Edge',
  createdAt: '2026-03-04T05:06:07.000Z',
} satisfies Extract<RenderRequest, { kind: 'pdf' }>['document'];

/** A request as the renderer receives one (a test's has no `cf` properties, as a service binding's has none). */
const incoming = (url: string, init?: RequestInit) =>
  new Request(url, init) as Request<unknown, IncomingRequestCfProperties>;
const render = (body: unknown, init: RequestInit = {}) =>
  renderer.fetch(incoming('https://renderer/render', { method: 'POST', body: JSON.stringify(body), ...init }));

describe('the renderer Worker', () => {
  it('renders a PDF and a PNG from a typed request, the same bytes for the same document', async () => {
    const pdf = await render({ kind: 'pdf', document });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(new Uint8Array(await (await render({ kind: 'pdf', document })).arrayBuffer())).toEqual(bytes);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><text y="9">Привет</text></svg>';
    const png = await render({ kind: 'png', svg, width: 40 });
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const head = new Uint8Array(await png.arrayBuffer());
    expect([...head.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    // The IHDR's width: fitted to the width asked for.
    expect(new DataView(head.buffer).getUint32(16)).toBe(40);
  });

  it('refuses what is not a render request with a code, and answers nothing but POST /render', async () => {
    for (const body of [
      { kind: 'pdf', document: { ...document, createdAt: 'yesterday' } },
      { kind: 'png', svg: '<svg/>', width: 0 },
      { kind: 'gif' },
    ]) {
      const res = await render(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'validation_failed' } });
    }
    expect((await render('not json', { body: '{' })).status).toBe(400);
    const get = await renderer.fetch(incoming('https://renderer/render'));
    expect(get.status).toBe(405);
    const elsewhere = await renderer.fetch(incoming('https://renderer/', { method: 'POST', body: '{}' }));
    expect(elsewhere.status).toBe(404);
  });

  it('answers an SVG resvg cannot read with render_failed, not a crash', async () => {
    const res = await render({ kind: 'png', svg: '<not-svg', width: 10 });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: { code: 'render_failed' } });
  });
});

describe('the API Worker without its renderer', () => {
  it('answers 503 renderer_unavailable when the binding is absent or the renderer fails, and renders once it is back', async () => {
    const org = await createAdvertiser(db);
    const form = await call(org.affiliateSession, 'POST', `/affiliate/orgs/${org.org.id}/tax/forms`, signedW9());
    expectStatus(form, 201);
    const url = `https://api.test/api/affiliate/orgs/${org.org.id}/tax/forms/${form.body.id}/pdf`;
    const download = async (bindings: Partial<typeof env>) => {
      const res = await worker.fetch(
        new Request(url, { headers: { authorization: org.affiliateSession.headers.authorization! } }),
        { ...env, ...bindings },
        createExecutionContext(),
      );
      const body = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
      return { status: res.status, headers: res.headers, body };
    };
    const failing = { fetch: async () => Response.json({ error: { code: 'render_failed' } }, { status: 500 }) };
    const unreachable = {
      fetch: async () => {
        throw new Error('Network connection lost.');
      },
    };
    for (const RENDERER of [undefined, failing, unreachable]) {
      const res = await download({ RENDERER: RENDERER as unknown as Fetcher });
      expectStatus(res, 503, 'renderer_unavailable');
    }
    expect((await download({})).status).toBe(200);
  });
});
