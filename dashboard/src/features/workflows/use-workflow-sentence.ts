import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '@/lib/format';
import type { CreateProgramWorkflow } from './queries/program-workflows';

/** What a sentence needs of a workflow: its trigger, scope and actions (a saved one or the form's). */
export type WorkflowShape = Pick<CreateProgramWorkflow, 'trigger' | 'scopeGroupId' | 'actions'>;

const MONEY = new Set(['revenue_minor', 'commission_minor']);

/**
 * The workflow in one sentence, as staff read it: "When an affiliate in Default reaches 20 sales in the last
 * 30 days, then move them to Gold and pay a $50.00 bonus". Group ids are named from `groupNames`.
 */
export function useWorkflowSentence(groupNames: Map<string, string>, currency: string) {
  const { t, i18n } = useTranslation('workflows');
  const lang = i18n.language;
  const group = (id: string) => {
    const name = groupNames.get(id);
    return name === undefined ? t('sentence.unknownGroup') : t('sentence.groupName', { name });
  };
  return (w: WorkflowShape): string => {
    const { metric, op, value, windowDays } = w.trigger;
    const window = windowDays === null ? t('sentence.lifetime') : t('sentence.lastDays', { count: windowDays });
    const amount = MONEY.has(metric)
      ? t(`metrics.${metric as 'revenue_minor' | 'commission_minor'}`, { amount: formatMoney(value, currency, lang) })
      : t(`metrics.${metric as 'sales' | 'conversions'}`, { count: value, formatted: formatNumber(value, lang) });
    const trigger =
      op === 'gte'
        ? t('sentence.reaches', { amount, window })
        : value === 1 || (MONEY.has(metric) && value <= 1)
          ? t('sentence.none', { phrase: t(`noneOf.${metric}`), window })
          : t('sentence.below', { amount, window });
    const actions = [
      w.actions.moveToGroupId ? t('sentence.move', { group: group(w.actions.moveToGroupId) }) : null,
      w.actions.bonus
        ? t('sentence.bonus', { amount: formatMoney(w.actions.bonus.amountMinor, w.actions.bonus.currency, lang) })
        : null,
      w.actions.message ? t('sentence.message') : null,
    ].filter((a): a is string => a !== null);
    const joined =
      actions.length > 1
        ? `${actions.slice(0, -1).join(', ')} ${t('sentence.and')} ${actions.at(-1)}`
        : (actions[0] ?? '');
    const who = w.scopeGroupId
      ? `${t('sentence.when')} ${t('sentence.inGroup', { group: group(w.scopeGroupId) })}`
      : t('sentence.when');
    return `${who} ${trigger} → ${joined}`;
  };
}
