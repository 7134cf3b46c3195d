import { rewardRuleSentence, type SentenceRule } from '@domain/reward-rule-sentence';
import type { RuleAudience } from '@domain/rule-sentence-words';
import { useTranslation } from 'react-i18next';
import { formatCountry } from '@/lib/format';

/**
 * A reward rule as one sentence in the UI language (workers/domain/reward-rule-sentence.ts): countries by their
 * names, apps by the names given (an app not among them prints its id).
 */
export function useRuleSentence(
  apps: readonly { id: string; name: string }[] | undefined,
  audience: RuleAudience,
): (rule: SentenceRule, currency: string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('ru') ? 'ru' : 'en';
  return (rule, currency) =>
    rewardRuleSentence(rule, {
      locale,
      currency,
      audience,
      countryName: (code) => formatCountry(code, i18n.language),
      appName: (id) => apps?.find((app) => app.id === id)?.name ?? id,
    });
}
