import { describe, expect, test } from 'vitest';
import { ProgramStatus } from '../../schema/enums';
import { canChangeProgramStatus, isProgramDeletable, isProgramFinal, PROGRAM_TRANSITIONS } from './program-status';

const allowed = [
  ['draft', 'active'],
  ['draft', 'archived'],
  ['active', 'paused'],
  ['active', 'archived'],
  ['paused', 'active'],
  ['paused', 'archived'],
] as const;

describe('program status transitions', () => {
  test.each(allowed)('%s → %s is allowed', (from, to) => expect(canChangeProgramStatus(from, to)).toBe(true));

  // Every other pair, generated, so a transition added by mistake fails here.
  const refused = ProgramStatus.flatMap((from) => ProgramStatus.map((to) => [from, to] as const)).filter(
    ([from, to]) => !allowed.some(([f, t]) => f === from && t === to),
  );
  test.each(refused)('%s → %s is refused', (from, to) => expect(canChangeProgramStatus(from, to)).toBe(false));

  test('archived is final', () => expect(PROGRAM_TRANSITIONS.archived).toEqual([]));
  test('nothing returns to draft', () =>
    expect(ProgramStatus.some((s) => canChangeProgramStatus(s, 'draft'))).toBe(false));
});

describe('program status predicates', () => {
  test.each(ProgramStatus)('%s', (status) => {
    expect(isProgramFinal(status)).toBe(status === 'archived');
    expect(isProgramDeletable(status)).toBe(status === 'draft');
  });
});
