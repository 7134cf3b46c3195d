import { addDomainRoute } from './add-domain';
import { deleteDomainRoute } from './delete-domain';
import { listDomainsRoute } from './list-domains';
import { reverifyDomainRoute } from './reverify-domain';
import { mountRoutes } from '../mount-routes';

/** Custom domains (Cloudflare for SaaS custom hostnames); each operation lives in its own file. */
export const domainsRoutes = mountRoutes([listDomainsRoute, addDomainRoute, reverifyDomainRoute, deleteDomainRoute]);
