export { LinkAnalytics } from './link-analytics';
export { emptyLinkForm, formToBody, linkToForm } from './link-form-values';
export { LinkForm } from './link-form';
export { LinksTable } from './links-table';
export { useCreateLink, useLink, useLinkPerformance, useLinks, useUpdateLink } from './queries/links';
export { TrackingLinksPanel } from './tracking-links-panel';
