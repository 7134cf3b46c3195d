import type { SourceReader } from './reader';
import { rewardfulReader } from './rewardful';

export type { ReadResult, SourceCursor, SourceReader } from './reader';
export { SourceError } from './source-request';

/** The API sources an import can read, by name; CSV imports need no reader. */
export type ApiSource = 'rewardful' | 'firstpromoter' | 'tolt' | 'partnerstack';

export interface SourceBaseUrls {
  REWARDFUL_API_BASE_URL: string;
  FIRSTPROMOTER_API_BASE_URL: string;
  TOLT_API_BASE_URL: string;
  PARTNERSTACK_API_BASE_URL: string;
}

/** The reader of `source` with the advertiser's token, or NULL for a source not built yet. */
export function sourceReader(source: ApiSource, urls: SourceBaseUrls, token: string): SourceReader | null {
  switch (source) {
    case 'rewardful':
      return rewardfulReader(urls.REWARDFUL_API_BASE_URL, token);
    default:
      return null;
  }
}
