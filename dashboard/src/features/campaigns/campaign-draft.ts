import type { Campaign, CampaignInput } from './queries/campaigns';

export type Delivery = 'now' | 'schedule' | 'trigger';
export type Trigger = NonNullable<CampaignInput['trigger']>;
export type EnrollmentStatusName = NonNullable<CampaignInput['statuses']>[number];

/** What the editor holds: every field as typed, turned into the API's body by `draftBody`. */
export interface CampaignDraft {
  name: string;
  category: 'marketing' | 'transactional';
  en: { subject: string; body: string };
  ru: { subject: string; body: string };
  programIds: string[];
  groupIds: string[];
  statuses: EnrollmentStatusName[];
  tags: string[];
  delivery: Delivery;
  /** datetime-local value, the browser's zone. */
  scheduledAt: string;
  trigger: Trigger;
  triggerDays: number | string;
}

export function draftOf(c: Campaign | null): CampaignDraft {
  return {
    name: c?.name ?? '',
    category: c?.category ?? 'marketing',
    en: c?.en ?? { subject: '', body: '' },
    ru: c?.ru ?? { subject: '', body: '' },
    programIds: c?.programIds ?? [],
    groupIds: c?.groupIds ?? [],
    statuses: c?.statuses ?? ['active'],
    tags: c?.tags ?? [],
    delivery: c?.trigger ? 'trigger' : 'now',
    scheduledAt: '',
    trigger: c?.trigger ?? 'approved',
    triggerDays: c?.triggerDays ?? 7,
  };
}

const variant = (v: { subject: string; body: string }) =>
  v.subject.trim() && v.body.trim() ? { subject: v.subject.trim(), body: v.body.trim() } : null;

/** The body to save; null while a required part is missing (no variant, a half-written one, no days). */
export function draftBody(d: CampaignDraft): CampaignInput | null {
  const en = variant(d.en);
  const ru = variant(d.ru);
  const half = (v: { subject: string; body: string }) => (v.subject.trim() === '') !== (v.body.trim() === '');
  if (!d.name.trim() || (!en && !ru) || half(d.en) || half(d.ru) || d.statuses.length === 0) return null;
  const trigger = d.delivery === 'trigger' ? d.trigger : null;
  const days = Number(d.triggerDays);
  if (trigger === 'no_click' && !(Number.isInteger(days) && days >= 1 && days <= 365)) return null;
  return {
    name: d.name.trim(),
    category: d.category,
    en,
    ru,
    programIds: d.programIds,
    groupIds: d.groupIds,
    statuses: d.statuses,
    tags: d.tags,
    trigger,
    triggerDays: trigger === 'no_click' ? days : null,
  };
}

/** The schedule as an ISO instant, when it is one in the future. */
export function scheduleOf(d: CampaignDraft, now = new Date()): string | null {
  if (d.delivery !== 'schedule' || !d.scheduledAt) return null;
  const at = new Date(d.scheduledAt);
  return Number.isNaN(at.getTime()) || at <= now ? null : at.toISOString();
}
