import { useTranslation } from 'react-i18next';
import type { OnboardingStep } from './queries/onboarding';

/**
 * A step's title and description in the dashboard's language: built-in steps from the translations, the
 * advertiser's own in the language it wrote (Russian falls back to English when it wrote none).
 */
export function useStepText() {
  const { t, i18n } = useTranslation('onboarding');
  const ru = i18n.language.startsWith('ru');
  return (step: OnboardingStep): { title: string; description: string | null } => {
    if (step.kind !== 'custom')
      return { title: t(`steps.${step.kind}.title`), description: t(`steps.${step.kind}.hint`) };
    const pick = (text: { en: string; ru: string | null } | null) =>
      text ? (ru && text.ru?.trim() ? text.ru : text.en) || null : null;
    return { title: pick(step.title) ?? '', description: pick(step.description) };
  };
}

/** Seconds as the largest whole unit that fits: minutes, hours or days. */
export function useFormatDuration() {
  const { t } = useTranslation('onboarding');
  return (seconds: number): string => {
    if (seconds < 3_600) return t('duration.minutes', { count: Math.max(1, Math.round(seconds / 60)) });
    if (seconds < 86_400) return t('duration.hours', { count: Math.round(seconds / 3_600) });
    return t('duration.days', { count: Math.round(seconds / 86_400) });
  };
}
