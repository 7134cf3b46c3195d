import type { EditionStatus } from '../../schema/enums';

/** What moves an edition: the affiliate submits or deletes; the advertiser decides, suspends, reinstates, deletes. */
export type EditionAction = 'submit' | 'approve' | 'reject' | 'suspend' | 'reinstate' | 'delete';

/**
 * The moves each action allows and where they lead. Submitting leads to pending, or straight to active when
 * the app needs no approval (the service passes that). Deleted is final: its host is free for someone else.
 */
const MOVES: Readonly<Record<EditionAction, Partial<Record<EditionStatus, EditionStatus>>>> = {
  submit: { draft: 'pending', rejected: 'pending' },
  approve: { pending: 'active' },
  reject: { pending: 'rejected' },
  suspend: { active: 'suspended', pending: 'suspended' },
  reinstate: { suspended: 'active' },
  delete: { draft: 'deleted', pending: 'deleted', active: 'deleted', rejected: 'deleted', suspended: 'deleted' },
};

/**
 * Where `action` takes an edition in `from`, or null when it may not. A submission to an app that needs no
 * approval goes live at once.
 */
export function editionTransition(
  from: EditionStatus,
  action: EditionAction,
  opts: { requiresApproval?: boolean } = {},
): EditionStatus | null {
  const to = MOVES[action][from] ?? null;
  if (action === 'submit' && to === 'pending' && opts.requiresApproval === false) return 'active';
  return to;
}

/** The affiliate may change brand, host and prices of any edition not deleted, a live or suspended one too. */
export const isEditionEditable = (status: EditionStatus): boolean => status !== 'deleted';

/**
 * What an affiliate's change may alter. Identity (name, a new logo or favicon, the host) is what an approval
 * judged; colours, prices inside the offer's bounds and removing an image (the app's own then shows) are not.
 */
export type EditionChangeKind = 'identity' | 'look';

/**
 * The status an edition has after its affiliate changed it, or null when it may not be changed. A live
 * edition whose identity changed goes back to the advertiser (pending, not resolving) when the app needs
 * approval; every other change keeps the status (a suspended edition stays suspended until reinstated).
 */
export function editionStatusAfterChange(
  from: EditionStatus,
  change: EditionChangeKind,
  opts: { requiresApproval: boolean },
): EditionStatus | null {
  if (!isEditionEditable(from)) return null;
  if (from === 'active' && change === 'identity' && opts.requiresApproval) return 'pending';
  return from;
}

/** Changes to an edition the advertiser has seen live are audited and told to the advertiser and the app. */
export const isEditionLiveOrSuspended = (status: EditionStatus): boolean =>
  status === 'active' || status === 'suspended';

/** Only an active edition answers the resolution API; the others send visitors to the app's main site. */
export const isEditionResolvable = (status: EditionStatus): boolean => status === 'active';

/** Editions that count against the plan and hold their host: every one not deleted. */
export const isEditionCounted = (status: EditionStatus): boolean => status !== 'deleted';
