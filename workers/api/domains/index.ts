import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { addDomainRoute } from './add-domain';
import { deleteDomainRoute } from './delete-domain';
import { listDomainsRoute } from './list-domains';
import { reverifyDomainRoute } from './reverify-domain';

/** Custom domains (Cloudflare for SaaS custom hostnames); each operation lives in its own file. */
export const domainsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listDomainsRoute)
  .route('/', addDomainRoute)
  .route('/', reverifyDomainRoute)
  .route('/', deleteDomainRoute);
