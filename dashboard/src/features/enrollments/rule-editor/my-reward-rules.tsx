import { useTranslation } from 'react-i18next';
import type { MyEnrollment } from '../queries/my-programs';
import { RuleSentences } from './rule-sentences';

/** The affiliate's own group's reward rules, as they pay it, in sentences addressed to "you". */
export function MyRewardRules({ enrollment }: { enrollment: MyEnrollment }) {
  const { t } = useTranslation('rules');
  return (
    <RuleSentences
      title={t('mine.title')}
      intro={t('mine.intro')}
      rules={enrollment.group.rewardRules}
      currency={enrollment.program.currency}
      apps={enrollment.group.apps}
      audience="affiliate"
    />
  );
}
