import type { TFunction } from 'i18next';

/**
 * Wise's account-requirement words in the reader's language. Wise sends its labels in English only: English
 * readers get Wise's own words; other languages get our translation of the common field keys, option keys and
 * account types, and Wise's label for anything we have not translated. Country choices are named by the browser.
 */
export function wiseWords(t: TFunction<'payoutmethods'>, language: string) {
  const english = language.startsWith('en');
  const regions = english ? null : new Intl.DisplayNames([language], { type: 'region' });
  // A Wise key may be dotted (address.country); our keys join the parts with _ so i18next does not nest them.
  const word = (group: 'field' | 'option' | 'type', key: string, wise: string) =>
    english ? wise : t(`wise.${group}.${key.replaceAll('.', '_')}` as 'wise.title', { defaultValue: wise });
  return {
    field: (key: string, wise: string) => word('field', key, wise),
    type: (type: string, wise: string) => word('type', type, wise),
    option: (fieldKey: string, key: string, wise: string) => {
      if (fieldKey === 'address.country' && regions && /^[A-Z]{2}$/.test(key)) return regions.of(key) ?? wise;
      return word('option', key, wise);
    },
  };
}
