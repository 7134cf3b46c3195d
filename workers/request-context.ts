import type { Actor, RequestPortal, ServiceContext, Tenant } from './context';
import { type DbHandle, openDb } from './db/client';
import { parseIpAddress } from './contracts/ip-address';
import type { ServiceLimit } from './domain/rate-limit-fields';
import type { Config } from './env';
import type { Logger } from './logging';

/** What a request knows about itself when a service is called; read at each call, as it changes along the way. */
export interface RequestFacts {
  requestId: string | undefined;
  ip: string | undefined;
  userAgent: string | undefined;
  actor: Actor | undefined;
  tenant: Tenant | undefined;
  portal: RequestPortal | null | undefined;
  reportRateLimit?: (limit: ServiceLimit) => void;
}

export interface RequestScope {
  /** Builds a service context; the database pool is opened on the first call only. */
  context(facts: RequestFacts): ServiceContext;
  /** Ends the pool if one was opened; the caller hands it to waitUntil. */
  close(): Promise<void> | undefined;
}

/** The database and service contexts of one HTTP request. */
export function openRequestScope(config: Config, log: Logger): RequestScope {
  let handle: DbHandle | undefined;
  return {
    context(facts) {
      handle ??= openDb(config);
      // Validated: it lands in inet columns (audit log, login history), and locally anyone can send it.
      const origin = {
        ip: parseIpAddress(facts.ip),
        userAgent: facts.userAgent ?? null,
        requestId: facts.requestId,
      };
      return {
        db: handle.db,
        config,
        now: new Date(),
        log,
        requestId: facts.requestId,
        actor: facts.actor,
        tenant: facts.tenant,
        origin,
        portal: facts.portal ?? null,
        reportRateLimit: facts.reportRateLimit,
      };
    },
    close: () => handle?.close(),
  };
}
