import { describe, expect, it } from 'vitest';
import { EditionStatus } from '../../schema/enums';
import {
  type EditionAction,
  type EditionChangeKind,
  editionStatusAfterChange,
  editionTransition,
  isEditionEditable,
  isEditionResolvable,
} from './edition-status';

describe('editionTransition', () => {
  it.each<[EditionStatus, EditionAction, boolean | undefined, EditionStatus | null]>([
    ['draft', 'submit', true, 'pending'],
    ['draft', 'submit', false, 'active'],
    ['rejected', 'submit', true, 'pending'],
    ['pending', 'submit', true, null],
    ['active', 'submit', true, null],
    ['pending', 'approve', undefined, 'active'],
    ['draft', 'approve', undefined, null],
    ['pending', 'reject', undefined, 'rejected'],
    ['active', 'reject', undefined, null],
    ['active', 'suspend', undefined, 'suspended'],
    ['suspended', 'suspend', undefined, null],
    ['suspended', 'reinstate', undefined, 'active'],
    ['active', 'reinstate', undefined, null],
    ['suspended', 'delete', undefined, 'deleted'],
    ['deleted', 'delete', undefined, null],
    ['deleted', 'reinstate', undefined, null],
  ])('%s --%s (approval %s)--> %s', (from, action, requiresApproval, to) => {
    expect(editionTransition(from, action, requiresApproval === undefined ? {} : { requiresApproval })).toBe(to);
  });

  it('leaves deleted final and only active resolvable', () => {
    for (const action of ['submit', 'approve', 'reject', 'suspend', 'reinstate', 'delete'] as const)
      expect(editionTransition('deleted', action)).toBeNull();
    expect(EditionStatus.filter(isEditionResolvable)).toEqual(['active']);
    expect(EditionStatus.filter(isEditionEditable)).toEqual(['draft', 'pending', 'active', 'rejected', 'suspended']);
  });
});

describe('editionStatusAfterChange', () => {
  it.each<[EditionStatus, EditionChangeKind, boolean, EditionStatus | null]>([
    ['active', 'identity', true, 'pending'],
    ['active', 'identity', false, 'active'],
    ['active', 'look', true, 'active'],
    ['suspended', 'identity', true, 'suspended'],
    ['suspended', 'look', false, 'suspended'],
    ['draft', 'identity', true, 'draft'],
    ['pending', 'identity', true, 'pending'],
    ['rejected', 'look', true, 'rejected'],
    ['deleted', 'look', false, null],
    ['deleted', 'identity', true, null],
  ])('%s changed (%s, approval %s) → %s', (from, change, requiresApproval, to) => {
    expect(editionStatusAfterChange(from, change, { requiresApproval })).toBe(to);
  });
});
