import type { ProgramStatus } from '../../schema/enums';

/**
 * A program starts as a draft, goes live, may be paused and resumed, and ends archived. Archived
 * is final: its enrollments, links and history stay, but it never takes traffic again.
 */
export const PROGRAM_TRANSITIONS: Readonly<Record<ProgramStatus, readonly ProgramStatus[]>> = {
  draft: ['active', 'archived'],
  active: ['paused', 'archived'],
  paused: ['active', 'archived'],
  archived: [],
};

export function canChangeProgramStatus(from: ProgramStatus, to: ProgramStatus): boolean {
  return PROGRAM_TRANSITIONS[from].includes(to);
}

/** Statuses that count against a plan's program limit. */
export const LIVE_PROGRAM_STATUSES = ['draft', 'active', 'paused'] as const satisfies readonly ProgramStatus[];

/** Archived is final: nothing about the program changes any more. */
export const isProgramFinal = (status: ProgramStatus): boolean => PROGRAM_TRANSITIONS[status].length === 0;

/** Only a draft never took traffic, so only a draft can be deleted; any other program is archived instead. */
export const isProgramDeletable = (status: ProgramStatus): boolean => status === 'draft';
