import type { RequestIdVariables } from 'hono/request-id';
import type { Actor, RequestPortal, ServiceContext, Tenant } from '../context';
import type { EmbedSession } from '../services/embed';
import type { Config, Env } from '../env';
import type { Logger } from '../logging';

export interface AppEnv {
  Bindings: Env;
  Variables: RequestIdVariables & {
    config: Config;
    /** This request's logger: every line carries its requestId. */
    log: Logger;
    /** Builds the service context; the database pool is opened on first use only. */
    services: () => ServiceContext;
    actor?: Actor;
    sessionId?: string;
    tenant?: Tenant;
    /** The white-label portal the request's host belongs to (null: the platform's host); set by requestPortal or, on signed-in routes, by authenticate. */
    portal?: RequestPortal | null;
    /** The embed token's session on the embedded dashboard's routes; set by embedSession. */
    embed?: EmbedSession;
  };
}
