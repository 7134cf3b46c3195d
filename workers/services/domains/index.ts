export type { CustomDomain } from '../../../schema';
export { addDomain } from './add-domain';
export { deleteDomain } from './delete-domain';
export { listDomains } from './list-domains';
export { pollDomains } from './poll-domains';
export { releaseClosedDomains } from './release-closed-domains';
export { reverifyDomain } from './reverify-domain';
