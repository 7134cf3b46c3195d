import { ApiError } from '@/lib/api/api-error';

export type LinkErrorKind = 'used' | 'expired' | 'invalid' | 'changed' | 'other';

/** What went wrong with an emailed link, in the terms the pages explain to people. */
export function linkErrorKind(error: unknown): LinkErrorKind {
  if (!(error instanceof ApiError)) return 'other';
  if (error.code === 'link_used') return 'used';
  if (error.code === 'link_expired') return 'expired';
  if (error.code === 'bad_request' || error.code === 'validation_failed') return 'invalid';
  if (error.status === 409) return 'changed';
  return 'other';
}
