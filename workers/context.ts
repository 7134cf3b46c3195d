import type { Config } from './env';
import type { Db } from './db/client';

/** What every service verb receives: `fn({ ctx, input })`. Tenant and actor arrive with accounts. */
export interface ServiceContext {
  db: Db;
  config: Config;
  now: Date;
  requestId?: string;
}

export interface ServiceCall<I> {
  ctx: ServiceContext;
  input: I;
}
