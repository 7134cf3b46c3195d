import { currencyDecimals, formatMinorUnits } from '@domain/format-minor-units';
import { parseMajorUnits } from '@domain/major-units';
import type { WorkflowMetric, WorkflowOp } from '@schema/enums';
import type { CreateProgramWorkflow, ProgramWorkflow } from './queries/program-workflows';

/** A blank number input is '' in Mantine. */
type NumberField = number | string;

/** Money metrics are typed in major units of the program's currency; counts as whole numbers. */
export const MONEY_METRICS: readonly WorkflowMetric[] = ['revenue_minor', 'commission_minor'];

export type WorkflowFormValues = {
  name: string;
  enabled: boolean;
  metric: WorkflowMetric;
  op: WorkflowOp;
  value: string;
  lifetime: boolean;
  windowDays: NumberField;
  /** '' for every group / no move. */
  scopeGroupId: string;
  moveToGroupId: string;
  bonus: string;
  messageEn: string;
  messageRu: string;
};

export type WorkflowFormError = 'name' | 'value' | 'money' | 'days' | 'bonus' | 'action' | 'sameGroup' | 'message';

const NAME_MAX = 200;
const MESSAGE_MAX = 2_000;
const DAYS_MAX = 3_650;

function minorOf(major: string, currency: string): number | null {
  const parsed = parseMajorUnits(major.trim(), currencyDecimals(currency));
  return parsed.ok ? parsed.minor : null;
}

const wholeOf = (text: string): number | null => (/^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : null);

/** The form of a saved workflow, or of a new one: "20 sales in the last 30 days", on. */
export function workflowToForm(w: ProgramWorkflow | null, currency: string): WorkflowFormValues {
  if (!w)
    return {
      name: '',
      enabled: true,
      metric: 'sales',
      op: 'gte',
      value: '20',
      lifetime: false,
      windowDays: 30,
      scopeGroupId: '',
      moveToGroupId: '',
      bonus: '',
      messageEn: '',
      messageRu: '',
    };
  const money = MONEY_METRICS.includes(w.trigger.metric);
  return {
    name: w.name,
    enabled: w.enabled,
    metric: w.trigger.metric,
    op: w.trigger.op,
    value: money ? formatMinorUnits(w.trigger.value, currency) : String(w.trigger.value),
    lifetime: w.trigger.windowDays === null,
    windowDays: w.trigger.windowDays ?? 30,
    scopeGroupId: w.scopeGroupId ?? '',
    moveToGroupId: w.actions.moveToGroupId ?? '',
    bonus: w.actions.bonus ? formatMinorUnits(w.actions.bonus.amountMinor, w.actions.bonus.currency) : '',
    messageEn: w.actions.message?.en ?? '',
    messageRu: w.actions.message?.ru ?? '',
  };
}

/** Field → what is wrong with it, with the API's bounds, so the form says so before sending. */
export function validateWorkflowForm(
  v: WorkflowFormValues,
  currency: string,
): Partial<Record<string, WorkflowFormError>> {
  const out: Partial<Record<string, WorkflowFormError>> = {};
  if (v.name.trim() === '' || v.name.trim().length > NAME_MAX) out.name = 'name';
  if (MONEY_METRICS.includes(v.metric) ? minorOf(v.value, currency) === null : wholeOf(v.value) === null)
    out.value = MONEY_METRICS.includes(v.metric) ? 'money' : 'value';
  if (!v.lifetime) {
    const days = Number(v.windowDays);
    if (v.windowDays === '' || !Number.isInteger(days) || days < 1 || days > DAYS_MAX) out.windowDays = 'days';
  }
  if (v.bonus.trim() !== '') {
    const bonus = minorOf(v.bonus, currency);
    if (bonus === null || bonus < 1) out.bonus = 'bonus';
  }
  if (v.moveToGroupId !== '' && v.moveToGroupId === v.scopeGroupId) out.moveToGroupId = 'sameGroup';
  if (v.messageEn.length > MESSAGE_MAX) out.messageEn = 'message';
  if (v.messageRu.length > MESSAGE_MAX) out.messageRu = 'message';
  if (v.moveToGroupId === '' && v.bonus.trim() === '' && v.messageEn.trim() === '' && v.messageRu.trim() === '')
    out.moveToGroupId = out.moveToGroupId ?? 'action';
  return out;
}

/** The request body, or null while the form does not validate (the preview waits for a whole sentence). */
export function formToWorkflowBody(v: WorkflowFormValues, currency: string): CreateProgramWorkflow | null {
  if (Object.keys(validateWorkflowForm(v, currency)).length > 0) return null;
  const money = MONEY_METRICS.includes(v.metric);
  const bonus = v.bonus.trim() === '' ? null : minorOf(v.bonus, currency);
  const en = v.messageEn.trim();
  const ru = v.messageRu.trim();
  return {
    name: v.name.trim(),
    enabled: v.enabled,
    trigger: {
      metric: v.metric,
      op: v.op,
      value: (money ? minorOf(v.value, currency) : wholeOf(v.value)) ?? 0,
      windowDays: v.lifetime ? null : Number(v.windowDays),
    },
    scopeGroupId: v.scopeGroupId === '' ? null : v.scopeGroupId,
    actions: {
      moveToGroupId: v.moveToGroupId === '' ? null : v.moveToGroupId,
      bonus: bonus === null ? null : { amountMinor: bonus, currency },
      // A Russian text alone stands in for the English one, which the API requires of a message.
      message: en || ru ? { en: en || ru, ru: ru || null } : null,
    },
  };
}
