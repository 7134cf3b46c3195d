import { COUNTRY_CODES } from '@domain/country-codes';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Every country the API takes, named and sorted in the page's language. */
export function useCountryOptions(): { value: string; label: string }[] {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
      a.label.localeCompare(b.label, i18n.language),
    );
  }, [i18n.language]);
}
