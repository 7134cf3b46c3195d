export type { CustomDomain } from '../../../schema';
export { addDomain } from './add-domain';
export { deleteDomain } from './delete-domain';
export { listDomains } from './list-domains';
export { pollDomains } from './poll-domains';
export { releaseClosedDomains } from './release-closed-domains';
export { EDITION_HOSTNAME_GRACE_DAYS, releaseEditionHostnames } from './release-edition-hostnames';
export { reverifyDomain } from './reverify-domain';

// Steps the editions area takes for its custom hosts.
export { addEditionHostname } from './add-edition-hostname';
export { removeEditionHostname } from './remove-edition-hostname';
