import type { MemberRole, PlatformRole } from '../schema/enums';
import type { Db, Executor } from './db/client';
import type { ServiceLimit } from './domain/rate-limit-fields';
import type { Config } from './env';
import type { Logger } from './logging';

/** The signed-in user making the request, as loaded fresh from the database. */
export interface Actor {
  userId: string;
  platformRole: PlatformRole;
  /**
   * Set when the session started on an advertiser's white-label portal: it acts in that
   * organization only (workers/api/middleware/portal-scope.ts). Absent or null: the platform's host.
   */
  portalOrganizationId?: string | null;
  /** Whether the account has two-step verification on (loaded with the actor on every request). */
  twoFactorEnabled?: boolean;
  /** When the grace period to set up a required 2FA began; null until a rule first applied. */
  twoFactorGraceStartedAt?: Date | null;
}

/** The advertiser's white-label portal a request came in on: its host decides the brand and the session scope. */
export interface RequestPortal {
  organizationId: string;
  /** The portal name, else the organization's name. */
  name: string;
  /** Scheme, host and port the request used, for links in the emails it sends. */
  origin: string;
}

/**
 * The tenant a request works in. Advertiser staff act with their membership role (platform
 * staff with an implied one); an affiliate acts in one advertiser's context at a time.
 */
export type Tenant =
  | {
      kind: 'advertiser';
      organizationId: string;
      role: MemberRole | 'platform_staff' | 'support';
      /** The organization requires 2FA of its members (read with the membership). */
      requiresTwoFactor?: boolean;
    }
  | { kind: 'affiliate'; organizationId: string; affiliateId: string };

/** Where a request came from, for the audit log and rate limits. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
  requestId: string | undefined;
}

/** What every service verb receives: `fn({ ctx, input })`. */
export interface ServiceContext {
  db: Executor;
  config: Config;
  now: Date;
  /** Bound to what the work answers to: the request id, the queue message, the cron job. */
  log: Logger;
  requestId?: string;
  actor?: Actor;
  tenant?: Tenant;
  origin?: RequestOrigin;
  /** The portal host the request came in on; null or absent on the platform's own host and off-request work. */
  portal?: RequestPortal | null;
  /** A request's rate limits spent so far, for its RateLimit fields; absent off-request (queues, crons). */
  reportRateLimit?: (limit: ServiceLimit) => void;
}

export interface ServiceCall<I> {
  ctx: ServiceContext;
  input: I;
}

/** Runs `fn` in one transaction; the context it receives writes through that transaction. */
export function inTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction((db) => fn({ ...ctx, db }));
}

export type { Db };
