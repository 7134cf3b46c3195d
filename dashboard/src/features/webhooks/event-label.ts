import type { TFunction } from 'i18next';

/**
 * An event's label. New events may reach the API before their translation: the raw name then
 * stands in, rather than a missing-key string.
 */
export const eventLabel = (t: TFunction<'webhooks'>, event: string): string =>
  t(`events.${event}` as 'events.conversion', { defaultValue: event });

/** Machine-readable error codes worth their own sentence; anything else is a generic failure. */
export function errorKey(code: string | undefined): 'errors.refused' | 'errors.limit' | 'errors.failed' {
  if (code === 'validation_failed') return 'errors.refused';
  if (code === 'conflict') return 'errors.limit';
  return 'errors.failed';
}
