import { firstpromoterReader } from './firstpromoter';
import { partnerstackReader } from './partnerstack';
import type { ReaderContext, SourceReader } from './reader';
import { rewardfulReader } from './rewardful';
import { toltReader } from './tolt';

export type { ExtraCode, ReadResult, ReaderContext, SourceCursor, SourceReader } from './reader';
export { SourceError } from './source-request';
export { tokenProblem } from './token-pair';

/** The API sources an import can read, by name; CSV imports need no reader. */
export type ApiSource = 'rewardful' | 'firstpromoter' | 'tolt' | 'partnerstack';

export interface SourceBaseUrls {
  REWARDFUL_API_BASE_URL: string;
  FIRSTPROMOTER_API_BASE_URL: string;
  TOLT_API_BASE_URL: string;
  PARTNERSTACK_API_BASE_URL: string;
}

/** The reader of `source` with the advertiser's token. */
export function sourceReader(source: ApiSource, urls: SourceBaseUrls, token: string, ctx: ReaderContext): SourceReader {
  switch (source) {
    case 'rewardful':
      return rewardfulReader(urls.REWARDFUL_API_BASE_URL, token);
    case 'firstpromoter':
      return firstpromoterReader(urls.FIRSTPROMOTER_API_BASE_URL, token, ctx);
    case 'tolt':
      return toltReader(urls.TOLT_API_BASE_URL, token, ctx);
    case 'partnerstack':
      return partnerstackReader(urls.PARTNERSTACK_API_BASE_URL, token, ctx);
  }
}
