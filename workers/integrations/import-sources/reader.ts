import type { ParsedRow } from '../../domain/import-sources/rows';

/** Where a fetch stands: which of the source's resources, and the source's own cursor for its next page. */
export interface SourceCursor {
  step: number;
  page: string | null;
}

/** A referral code a source lists apart from its affiliate (Tolt's links), added to the affiliate read before. */
export interface ExtraCode {
  affiliateExternalId: string;
  code: string;
}

export type ReadResult =
  | { kind: 'page'; rows: ParsedRow[]; next: SourceCursor | null; resource: string; codes?: ExtraCode[] }
  | { kind: 'wait'; seconds: number };

/**
 * What a reader knows of the job besides the token: the currency of amounts a source gives without
 * one (the target program's) and the link parameter whose codes are kept.
 */
export interface ReaderContext {
  currency: string;
  referralParam: string;
}

/** One source's API, read one page per call; `baseUrl` is configurable, so tests and `npm start` use local servers. */
export interface SourceReader {
  read(cursor: SourceCursor, now: Date): Promise<ReadResult>;
}

/** The cursor after a page: the same resource's next page, else the next resource, else done. */
export function nextCursor(cursor: SourceCursor, nextPage: string | null, steps: number): SourceCursor | null {
  if (nextPage !== null) return { step: cursor.step, page: nextPage };
  return cursor.step + 1 < steps ? { step: cursor.step + 1, page: null } : null;
}
