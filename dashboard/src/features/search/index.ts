export { useSearchHits } from './queries/search';
export type { SearchHit, SearchScope } from './queries/search';
