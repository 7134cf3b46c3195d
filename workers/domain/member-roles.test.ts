import { describe, expect, it } from 'vitest';
import { canManageRole, leavesNoOwner } from './member-roles';

describe('canManageRole', () => {
  it.each([
    ['owner', 'owner', true],
    ['owner', 'admin', true],
    ['owner', 'finance', true],
    ['admin', 'owner', false],
    ['admin', 'admin', true],
    ['admin', 'finance', true],
    ['finance', 'finance', false],
    ['support', 'finance', false],
    ['platform_staff', 'owner', true],
  ] as const)('%s manages %s: %s', (actor, role, expected) => {
    expect(canManageRole(actor, role)).toBe(expected);
  });
});

describe('leavesNoOwner', () => {
  it.each([
    ['demoting the only owner', 1, 'owner', 'admin', true],
    ['removing the only owner', 1, 'owner', null, true],
    ['demoting one of two owners', 2, 'owner', 'finance', false],
    ['keeping the only owner an owner', 1, 'owner', 'owner', false],
    ['removing an admin', 1, 'admin', null, false],
  ] as const)('%s', (_label, owners, current, next, expected) => {
    expect(leavesNoOwner(owners, current, next)).toBe(expected);
  });
});
