import type { RequestIdVariables } from 'hono/request-id';
import type { Actor, ServiceContext, Tenant } from '../context';
import type { Config, Env } from '../env';

export interface AppEnv {
  Bindings: Env;
  Variables: RequestIdVariables & {
    config: Config;
    /** Builds the service context; the database pool is opened on first use only. */
    services: () => ServiceContext;
    actor?: Actor;
    sessionId?: string;
    tenant?: Tenant;
  };
}
