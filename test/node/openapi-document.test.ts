import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { createApi } from '../../workers/api/app';
import { openApiDocumentConfig } from '../../workers/api/openapi-document';

// The API's OpenAPI document, built in-process from the same registry /api/openapi.json serves, linted
// with Redocly's recommended rules: an error fails the test, and so does a warning, since each rule
// left on is one we follow. A rule turned off says why, here.
const RULES_OFF = {
  // The project has not chosen a licence (package.json names none); the document must not invent one.
  'info-license': 'off',
  'info-license-strict': 'off',
} as const;

/** Single findings accepted where they are, each with its reason (rule and pointer, as describeProblem writes them). */
const ACCEPTED = new Set([
  // The health check has no client error to report: it answers 200, or 503 when a dependency is down.
  'operation-4xx-response at #/paths/~1api~1health/get/responses',
]);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
}
type Document = { paths: Record<string, Partial<Record<(typeof HTTP_METHODS)[number], Operation>>> };

const documentObject = () => createApi().getOpenAPI31Document(openApiDocumentConfig('dev', null));
const operationsOf = (doc: Document) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) =>
      item[method] ? [{ label: `${method.toUpperCase()} ${path}`, op: item[method] }] : [],
    ),
  );

const describeProblem = (p: NormalizedProblem) =>
  `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(', ')}`;
const accepted = (p: NormalizedProblem) =>
  p.location.length === 1 && ACCEPTED.has(`${p.ruleId} at ${p.location[0]!.pointer}`);

let doc: Document;
// Building the document loads every route module: seconds on a busy runner, beyond the 10 s default hook timeout.
beforeAll(() => {
  doc = documentObject() as unknown as Document;
}, 120_000);

test('passes the Redocly recommended lint, errors and warnings alike', async () => {
  const config = await createConfig({ extends: ['recommended'], rules: RULES_OFF });
  const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: '/openapi.json', config });
  expect(problems.filter((p) => !accepted(p)).map(describeProblem)).toEqual([]);
}, 60_000);

test('the lint can fail: a document without operationIds, servers and security is refused', async () => {
  const config = await createConfig({ extends: ['recommended'], rules: RULES_OFF });
  const broken = structuredClone(doc) as Document & { servers?: unknown };
  delete broken.servers;
  for (const { op } of operationsOf(broken)) {
    delete op.operationId;
    delete op.security;
  }
  const problems = await lintFromString({ source: JSON.stringify(broken), absoluteRef: '/openapi.json', config });
  const rules = new Set(problems.map((p) => p.ruleId));
  expect([...rules].sort()).toEqual(
    expect.arrayContaining(['no-empty-servers', 'operation-operationId', 'security-defined']),
  );
}, 60_000);

describe('operations', () => {
  test('every operation has an operationId, unique across the document, in lowerCamelCase', () => {
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThan(150);
    expect(ops.filter(({ op }) => !op.operationId).map((o) => o.label)).toEqual([]);
    const ids = ops.map(({ op }) => op.operationId!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][a-zA-Z0-9]*$/.test(id))).toEqual([]);
  });

  test('operationIds are stable: the route files name them (a few known ones)', () => {
    const idOf = (label: string) => operationsOf(doc).find((o) => o.label === label)?.op.operationId;
    expect(idOf('GET /api/orgs/{orgId}/apps')).toBe('listApps');
    expect(idOf('GET /api/health')).toBe('getHealth');
    expect(idOf('POST /api/auth/login')).toBe('logIn');
    expect(idOf('GET /api/me/notifications')).toBe('listMyNotifications');
    expect(idOf('GET /api/orgs/{orgId}/webhooks')).toBe('listOrgWebhookEndpoints');
    expect(idOf('GET /api/affiliate/webhooks')).toBe('listAffiliateWebhookEndpoints');
    expect(idOf('GET /api/platform/exports/clicks.csv')).toBe('exportPlatformClicks');
  });

  test('every operation declares its security; public ones say so with security: []', () => {
    const ops = operationsOf(doc);
    expect(ops.filter(({ op }) => op.security === undefined).map((o) => o.label)).toEqual([]);
    const publicOps = ops.filter(({ op }) => op.security?.length === 0).map((o) => o.label);
    expect(publicOps).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'POST /api/auth/signup',
        'POST /api/auth/login',
        'POST /api/auth/refresh',
        'GET /api/join-links/{code}',
        'GET /api/uploads/{key}',
        'GET /api/portal',
      ]),
    );
    // Nothing under the signed-in prefixes is public.
    expect(publicOps.filter((l) => /^\w+ \/api\/(orgs|me|affiliate|platform)(\/|$)/.test(l))).toEqual([]);
  });

  test('names the server: the origin serving it, or / when built offline', () => {
    expect((doc as unknown as { servers: { url: string }[] }).servers).toEqual([
      { url: '/', description: expect.any(String) },
    ]);
    const served = openApiDocumentConfig('1.2.3', 'https://api.example.net');
    expect(served.servers).toEqual([{ url: 'https://api.example.net', description: expect.any(String) }]);
  });
});
