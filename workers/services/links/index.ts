export type { Link } from '../../../schema';
export { createLink } from './create-link';
export { deleteLink } from './delete-link';
export { getLink } from './get-link';
export { type Breakdown, getLinkAnalytics, type LinkAnalytics } from './get-link-analytics';
export { type LinkPerformance, listLinkPerformance } from './list-link-performance';
export { type LinkPeriod, resolveLinkPeriod } from './link-period';
export { listLinks } from './list-links';
export { updateLink } from './update-link';
