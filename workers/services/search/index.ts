// The command palette's server side: records matching typed text, each within the caller's tenancy.
export { SEARCH_HIT_KINDS, type SearchHit, type SearchHitKind } from './search-hit';
export { searchAffiliate } from './search-affiliate';
export { searchOrganization } from './search-organization';
export { searchPlatform } from './search-platform';
