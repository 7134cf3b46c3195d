import { describe, expect, test } from 'vitest';
import { draftBody, draftOf, scheduleOf } from '../../dashboard/src/features/campaigns/campaign-draft';
import type { Campaign } from '../../dashboard/src/features/campaigns/queries/campaigns';
import { brandBody, brandFieldRules, brandToForm } from '../../dashboard/src/features/organizations/brand-form-values';
import type { ProgramWorkflow } from '../../dashboard/src/features/workflows/queries/program-workflows';
import {
  formToWorkflowBody,
  validateWorkflowForm,
  type WorkflowFormValues,
  workflowToForm,
} from '../../dashboard/src/features/workflows/workflow-form-values';

describe('workflow form values', () => {
  const blank = workflowToForm(null, 'USD');
  const withBonus: WorkflowFormValues = { ...blank, name: 'Top sellers', bonus: '25.50' };

  test('a new workflow starts as 20 sales in 30 days, on, with no action yet', () => {
    expect(blank).toMatchObject({ metric: 'sales', op: 'gte', value: '20', windowDays: 30, enabled: true });
    expect(validateWorkflowForm(blank, 'USD')).toEqual({ name: 'name', moveToGroupId: 'action' });
    expect(formToWorkflowBody(blank, 'USD')).toBeNull();
  });

  test('money metrics and the bonus are typed in major units and sent in minor units', () => {
    const body = formToWorkflowBody({ ...withBonus, metric: 'revenue_minor', value: '1000.25' }, 'USD');
    expect(body?.trigger).toEqual({ metric: 'revenue_minor', op: 'gte', value: 100_025, windowDays: 30 });
    expect(body?.actions.bonus).toEqual({ amountMinor: 2550, currency: 'USD' });
    expect(validateWorkflowForm({ ...withBonus, metric: 'revenue_minor', value: '1.234' }, 'USD').value).toBe('money');
    expect(validateWorkflowForm({ ...withBonus, value: '2.5' }, 'USD').value).toBe('value');
    expect(validateWorkflowForm({ ...withBonus, bonus: '0' }, 'USD').bonus).toBe('bonus');
  });

  test('the window: lifetime sends null, days stay within 1..3650', () => {
    expect(formToWorkflowBody({ ...withBonus, lifetime: true }, 'USD')?.trigger.windowDays).toBeNull();
    expect(validateWorkflowForm({ ...withBonus, windowDays: 0 }, 'USD').windowDays).toBe('days');
    expect(validateWorkflowForm({ ...withBonus, windowDays: 3651 }, 'USD').windowDays).toBe('days');
    expect(validateWorkflowForm({ ...withBonus, windowDays: '' }, 'USD').windowDays).toBe('days');
    expect(validateWorkflowForm({ ...withBonus, windowDays: '', lifetime: true }, 'USD').windowDays).toBeUndefined();
  });

  test('moving into the group it watches is refused; a Russian message alone stands in for English', () => {
    const same = { ...blank, name: 'Move', scopeGroupId: 'g1', moveToGroupId: 'g1' };
    expect(validateWorkflowForm(same, 'USD').moveToGroupId).toBe('sameGroup');
    const ru = formToWorkflowBody({ ...blank, name: 'Hello', messageRu: ' Привет ' }, 'USD');
    expect(ru?.actions.message).toEqual({ en: 'Привет', ru: 'Привет' });
    expect(ru?.scopeGroupId).toBeNull();
  });

  test('a saved workflow round-trips through the form', () => {
    const saved = {
      id: 'w1',
      name: 'Big spenders',
      enabled: false,
      trigger: { metric: 'commission_minor', op: 'gte', value: 5000, windowDays: null },
      scopeGroupId: 'g1',
      actions: { moveToGroupId: 'g2', bonus: { amountMinor: 1000, currency: 'EUR' }, message: { en: 'Hi', ru: null } },
    } as unknown as ProgramWorkflow;
    const form = workflowToForm(saved, 'EUR');
    expect(form).toMatchObject({ value: '50.00', lifetime: true, bonus: '10.00', messageEn: 'Hi', messageRu: '' });
    expect(formToWorkflowBody(form, 'EUR')).toEqual({
      name: 'Big spenders',
      enabled: false,
      trigger: saved.trigger,
      scopeGroupId: 'g1',
      actions: saved.actions,
    });
  });
});

describe('campaign draft', () => {
  const draft = { ...draftOf(null), name: ' Spring ', en: { subject: ' Hi ', body: ' Text ' } };

  test('a new draft goes now, to active partners, and is not savable until named with a whole variant', () => {
    expect(draftOf(null)).toMatchObject({ delivery: 'now', statuses: ['active'], trigger: 'approved', triggerDays: 7 });
    expect(draftBody(draftOf(null))).toBeNull();
    expect(draftBody(draft)).toMatchObject({ name: 'Spring', en: { subject: 'Hi', body: 'Text' }, ru: null });
  });

  test('a half-written variant, no audience status, or no_click without 1..365 days is refused', () => {
    expect(draftBody({ ...draft, ru: { subject: 'Тема', body: '' } })).toBeNull();
    expect(draftBody({ ...draft, statuses: [] })).toBeNull();
    expect(draftBody({ ...draft, delivery: 'trigger', trigger: 'no_click', triggerDays: 0 })).toBeNull();
    expect(draftBody({ ...draft, delivery: 'trigger', trigger: 'no_click', triggerDays: '366' })).toBeNull();
    const noClick = draftBody({ ...draft, delivery: 'trigger', trigger: 'no_click', triggerDays: '14' });
    expect(noClick).toMatchObject({ trigger: 'no_click', triggerDays: 14 });
  });

  test('the trigger and its days are sent only for trigger delivery', () => {
    expect(draftBody({ ...draft, delivery: 'now', trigger: 'no_click', triggerDays: 3 })).toMatchObject({
      trigger: null,
      triggerDays: null,
    });
    expect(draftBody({ ...draft, delivery: 'trigger', trigger: 'approved' })).toMatchObject({
      trigger: 'approved',
      triggerDays: null,
    });
  });

  test('a saved triggered campaign opens as a trigger delivery', () => {
    const saved = { name: 'Welcome', trigger: 'approved', triggerDays: null } as unknown as Campaign;
    expect(draftOf(saved)).toMatchObject({ name: 'Welcome', delivery: 'trigger', trigger: 'approved', triggerDays: 7 });
  });

  test('only a future instant is a schedule', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    const at = (scheduledAt: string) => scheduleOf({ ...draft, delivery: 'schedule', scheduledAt }, now);
    expect(at('2026-05-02T12:00:00Z')).toBe('2026-05-02T12:00:00.000Z');
    expect(at('2026-04-30T12:00:00Z')).toBeNull();
    expect(at('not a date')).toBeNull();
    expect(scheduleOf({ ...draft, delivery: 'now', scheduledAt: '2026-05-02T12:00:00Z' }, now)).toBeNull();
  });
});

describe('brand form values', () => {
  const keep = { kind: 'keep' } as const;

  test('the form shows unset fields blank', () => {
    expect(brandToForm({ portalName: null, primaryColor: '#AA0011', supportEmail: null } as never)).toEqual({
      portalName: '',
      primaryColor: '#AA0011',
      supportEmail: '',
    });
  });

  test('each field rule: name up to 100, a #rrggbb colour, an email; blank is fine', () => {
    expect(brandFieldRules.portalName('x'.repeat(100))).toBeNull();
    expect(brandFieldRules.portalName('x'.repeat(101))).toBe('portalNameInvalid');
    expect(brandFieldRules.primaryColor('')).toBeNull();
    expect(brandFieldRules.primaryColor('#a1B2c3')).toBeNull();
    expect(brandFieldRules.primaryColor('red')).toBe('colorInvalid');
    expect(brandFieldRules.supportEmail(' ')).toBeNull();
    expect(brandFieldRules.supportEmail('help@example.com')).toBeNull();
    expect(brandFieldRules.supportEmail('help@')).toBe('supportEmailInvalid');
  });

  test('the body clears blanks, lower-cases the colour and carries only image removals and links', () => {
    const values = { portalName: '  ', primaryColor: '#AA0011', supportEmail: ' help@example.com ' };
    expect(brandBody(values, keep, keep)).toEqual({
      portalName: null,
      primaryColor: '#aa0011',
      supportEmail: 'help@example.com',
    });
    expect(brandBody(values, { kind: 'remove' }, { kind: 'remove' })).toMatchObject({
      logoUrl: null,
      faviconUrl: null,
    });
    expect(brandBody(values, { kind: 'link', url: ' https://cdn.example.com/logo.png ' }, keep)).toMatchObject({
      logoUrl: 'https://cdn.example.com/logo.png',
    });
    expect(brandBody(values, { kind: 'link', url: ' ' }, keep)).not.toHaveProperty('logoUrl');
  });
});
