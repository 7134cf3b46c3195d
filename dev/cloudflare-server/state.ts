import { randomBytes, randomUUID } from 'node:crypto';

export interface CloudflareServerOptions {
  port?: number;
  /** The API token the server accepts as `Authorization: Bearer …`. */
  token: string;
  /** The one zone it serves. */
  zoneId: string;
  /** A pending hostname becomes active on its Nth GET; 0 = only on POST /__control/activate. */
  activateAfterPolls?: number;
}

/** One custom hostname as the server keeps it; `view()` renders Cloudflare's object. */
export interface Hostname {
  id: string;
  hostname: string;
  method: 'http' | 'txt';
  status: string;
  sslStatus: string;
  verificationErrors: string[];
  sslErrors: string[];
  ownershipValue: string;
  validationToken: string;
  validationValue: string;
  polls: number;
  createdAt: string;
}

export interface ServerState {
  hostnames: Map<string, Hostname>;
  /** Per hostname id: how many more API calls on it answer 503 (an outage, for retry tests). */
  outages: Map<string, number>;
}

export const emptyState = (): ServerState => ({ hostnames: new Map(), outages: new Map() });

export function newHostname(hostname: string, method: 'http' | 'txt'): Hostname {
  return {
    id: randomUUID(),
    hostname,
    method,
    status: 'pending',
    sslStatus: 'pending_validation',
    verificationErrors: ['custom hostname does not CNAME to this zone.'],
    sslErrors: [],
    ownershipValue: randomUUID(),
    validationToken: randomBytes(16).toString('hex'),
    validationValue: randomBytes(24).toString('base64url'),
    polls: 0,
    createdAt: new Date().toISOString(),
  };
}

export function activate(h: Hostname): void {
  h.status = 'active';
  h.sslStatus = 'active';
  h.verificationErrors = [];
  h.sslErrors = [];
}

/** Cloudflare's custom hostname object, with the fields its API documents. */
export function view(h: Hostname): Record<string, unknown> {
  const record =
    h.method === 'txt'
      ? { txt_name: `_acme-challenge.${h.hostname}`, txt_value: h.validationValue }
      : {
          http_url: `http://${h.hostname}/.well-known/acme-challenge/${h.validationToken}`,
          http_body: h.validationValue,
        };
  const pending = h.sslStatus !== 'active';
  return {
    id: h.id,
    hostname: h.hostname,
    status: h.status,
    ...(h.verificationErrors.length ? { verification_errors: h.verificationErrors } : {}),
    ownership_verification: { type: 'txt', name: `_cf-custom-hostname.${h.hostname}`, value: h.ownershipValue },
    ownership_verification_http: {
      http_url: `http://${h.hostname}/.well-known/cf-custom-hostname-challenge/${h.id}`,
      http_body: h.ownershipValue,
    },
    ssl: {
      id: h.id.replace(/-/g, '').slice(0, 32),
      type: 'dv',
      method: h.method,
      status: h.sslStatus,
      certificate_authority: 'google',
      ...(pending ? { validation_records: [{ status: 'pending', ...record }] } : {}),
      ...(h.sslErrors.length ? { validation_errors: h.sslErrors.map((message) => ({ message })) } : {}),
    },
    created_at: h.createdAt,
  };
}
