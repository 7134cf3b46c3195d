import { env } from 'cloudflare:workers';
import * as s from '../schema';
import type { Db } from '../workers/db/client';
import { fingerprint } from '../workers/domain/fingerprint';
import { uuidv7, uuidv7Time } from '../workers/contracts/ids';
import { loadConfig } from '../workers/env';
import type { ConversionEvent } from '../workers/contracts/conversion-event';
import { createLogger } from '../workers/logging';
import { recordConversion } from '../workers/services/conversions';
import type { createTenant } from './tenant';

type Tenant = Awaited<ReturnType<typeof createTenant>>;

export const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

let eventCounter = 0;
/** A unique event id per call, so tests never collide on (app_id, event_id) by accident. */
export const nextEventId = (prefix = 'evt') => `${prefix}-${Date.now().toString(36)}-${(eventCounter++).toString(36)}`;

/** A service context on this test file's database, as the API builds one. */
export function serviceCtx(db: Db, now = new Date()) {
  return { db, config: loadConfig(env), now, log: createLogger() };
}

/** Writes a click row as the ingest consumer would, for the tenant's enrollment. */
export async function insertClick(
  db: Db,
  tenant: Tenant,
  opts: {
    id?: string;
    at?: Date;
    userAgent?: string;
    acceptLanguage?: string;
    ip?: string;
    isBot?: boolean;
    rejectReason?: (typeof s.ClickRejectReason)[number];
    sub1?: string;
    asn?: number;
    enrollmentId?: string;
    affiliateId?: string;
  } = {},
) {
  const id = opts.id ?? uuidv7((opts.at ?? new Date()).getTime());
  const userAgent = opts.userAgent ?? BROWSER_UA;
  const [row] = await db
    .insert(s.clicks)
    .values({
      id,
      clickedAt: new Date(uuidv7Time(id)),
      linkForm: 'aff_path',
      code: tenant.enrollment.refCode,
      status: opts.rejectReason ? 'rejected' : 'accepted',
      rejectReason: opts.rejectReason ?? null,
      organizationId: tenant.org.id,
      appId: tenant.app.id,
      programId: tenant.program.id,
      enrollmentId: opts.enrollmentId ?? tenant.enrollment.id,
      affiliateId: opts.affiliateId ?? tenant.affiliate.id,
      ip: opts.ip ?? '198.51.100.7',
      userAgent,
      fingerprint: await fingerprint(userAgent, opts.acceptLanguage ?? 'en-US'),
      asn: opts.asn ?? 3320,
      isBot: opts.isBot ?? false,
      sub1: opts.sub1 ?? null,
      landingUrl: 'https://app.example/',
    })
    .returning();
  return row!;
}

/** Records an event for the tenant's app through the same service every inbound path uses. */
export function record(
  db: Db,
  tenant: Tenant,
  event: Partial<ConversionEvent> & Pick<ConversionEvent, 'type'>,
  extra: { declaredPayoutMinor?: number; now?: Date } = {},
) {
  return recordConversion({
    ctx: serviceCtx(db, extra.now),
    input: {
      appId: tenant.app.id,
      organizationId: tenant.org.id,
      source: 'api',
      event: { event_id: nextEventId(), ...event },
      ...(extra.declaredPayoutMinor !== undefined ? { declaredPayoutMinor: extra.declaredPayoutMinor } : {}),
    },
  });
}
