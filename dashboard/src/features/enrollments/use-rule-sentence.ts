import { useTranslation } from 'react-i18next';
import { labelIn, type LocalLabel } from '@domain/application-kinds';
import { formatCountry } from '@/lib/format';
import type { AutoApprovalRule } from './queries/applications';

/** One auto-approval rule as a sentence ("Applies from Germany or Austria"); questions name an answer rule's question. */
export function useRuleSentence(): (
  rule: AutoApprovalRule,
  questions?: readonly { id: string; label: LocalLabel }[],
) => string {
  const { t, i18n } = useTranslation('programs', { keyPrefix: 'applications' });
  const list = (items: string[]) => new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(items);
  return (rule, questions = []) => {
    switch (rule.kind) {
      case 'everyone':
        return t('rules.sentence.everyone');
      case 'country':
        return t('rules.sentence.country', {
          countries: list(rule.countries.map((c) => formatCountry(c, i18n.language))),
        });
      case 'email_domain':
        return t('rules.sentence.email_domain', { domains: list(rule.domains) });
      case 'answer': {
        const question = questions.find((q) => q.id === rule.questionId);
        return t('rules.sentence.answer', {
          question: question ? labelIn(question.label, i18n.language) : rule.questionId,
          values: list(rule.values),
        });
      }
    }
  };
}
