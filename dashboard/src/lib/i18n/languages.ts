import type { components } from '../api/schema.gen';

/** The profile's `locale` values, which are also the dashboard's languages. */
export type Language = components['schemas']['Profile']['locale'];

export const LANGUAGES = ['en', 'ru'] as const satisfies readonly Language[];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}
