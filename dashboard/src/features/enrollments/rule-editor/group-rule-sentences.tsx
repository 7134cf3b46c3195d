import { useTranslation } from 'react-i18next';
import { useProgramApps } from '@/features/programs';
import type { ProgramGroup } from '../queries/program-groups';
import { RuleSentences } from './rule-sentences';

type Props = { orgId: string; program: { currency: string }; rules: ProgramGroup['rewardRules'] };

/** A group's rules on its card, as sentences: what every role reads, and all that read-only roles get. */
export function GroupRuleSentences({ orgId, program, rules }: Props) {
  const { t } = useTranslation('rules');
  // Rules name apps by id; every card shares the one cached list.
  const apps = useProgramApps(orgId);
  return (
    <RuleSentences
      title={t('list.title')}
      rules={rules}
      currency={program.currency}
      apps={apps.data}
      audience="advertiser"
    />
  );
}
