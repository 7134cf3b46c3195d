import { Button } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/lib/i18n/languages';
import { useChangeLanguage } from '@/lib/i18n/use-change-language';
import { PHONE_QUERY } from '@/ui/data-table';
import { LanguageSwitch } from './language-switch';

/** Each language's own name, written in it: a reader who cannot read the current one still finds theirs. */
const NATIVE = { en: 'English', ru: 'Русский' } as const;

/**
 * The signed-in header's language control. EN/RU side by side from `sm` up; on a phone the header has no room
 * for two 44 px targets beside search, the bell and the menu, so one 44 px button names the other language.
 */
export function HeaderLanguageSwitch() {
  const { t, i18n } = useTranslation('nav');
  const changeLanguage = useChangeLanguage();
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  if (!phone) return <LanguageSwitch />;
  const next = LANGUAGES.find((language) => language !== (i18n.resolvedLanguage ?? 'en')) ?? 'en';
  return (
    <Button
      variant="subtle"
      color="gray"
      px={0}
      data-testid="language-switch"
      lang={next}
      aria-label={t('language.switchTo', { code: next.toUpperCase(), name: NATIVE[next] })}
      onClick={() => void changeLanguage(next)}
    >
      {next.toUpperCase()}
    </Button>
  );
}
