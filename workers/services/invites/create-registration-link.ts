import { and, eq } from 'drizzle-orm';
import { programGroups, programs, registrationLinks } from '../../../schema';
import type { JoinApproval } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { randomJoinCode } from '../../domain/join-link';
import { NotFoundError, ValidationError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { selectRegistrationLinks, toRegistrationLinkRow, type RegistrationLinkRow } from './registration-link-view';

export interface CreateRegistrationLinkInput {
  programId?: string | null | undefined;
  label: string;
  expiresAt?: Date | null | undefined;
  maxUses?: number | null | undefined;
  rateOverrideBps?: number | null | undefined;
  holdDaysOverride?: number | null | undefined;
  /** The partner group of the program joiners go into; absent: its default group. Needs programId. */
  groupId?: string | null | undefined;
  approval: JoinApproval;
}

/**
 * Makes a registration link for one program of the organization (invite-only ones included) or, with no
 * program, for the whole organization. Another organization's program is not_found. Audited.
 */
export async function createRegistrationLink({
  ctx,
  input,
}: ServiceCall<CreateRegistrationLinkInput>): Promise<RegistrationLinkRow> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  if (input.expiresAt && input.expiresAt <= ctx.now)
    throw new ValidationError('The expiry must be in the future', [{ path: 'expiresAt', message: 'In the past' }]);
  const id = await inTransaction(ctx, async (tx) => {
    if (input.programId) {
      const [program] = await tx.db
        .select({ id: programs.id })
        .from(programs)
        .where(and(eq(programs.id, input.programId), eq(programs.organizationId, organizationId)));
      if (!program) throw new NotFoundError('program', input.programId);
    }
    if (input.groupId) {
      if (!input.programId)
        throw new ValidationError('A partner group belongs to one program: choose the program too', [
          { path: 'groupId', message: 'Needs programId' },
        ]);
      const [group] = await tx.db
        .select({ id: programGroups.id })
        .from(programGroups)
        .where(and(eq(programGroups.id, input.groupId), eq(programGroups.programId, input.programId)));
      if (!group) throw new NotFoundError('group', input.groupId);
    }
    const [row] = await tx.db
      .insert(registrationLinks)
      .values({
        organizationId,
        programId: input.programId ?? null,
        code: randomJoinCode(),
        label: input.label,
        expiresAt: input.expiresAt ?? null,
        maxUses: input.maxUses ?? null,
        rateOverrideBps: input.rateOverrideBps ?? null,
        holdDaysOverride: input.holdDaysOverride ?? null,
        groupId: input.groupId ?? null,
        approval: input.approval,
        createdById: tx.actor?.userId ?? null,
      })
      .returning();
    const { code: _code, ...audited } = row!;
    await recordAudit({
      ctx: tx,
      input: {
        action: 'registration_link.created',
        targetType: 'registration_link',
        targetId: row!.id,
        after: audited,
      },
    });
    return row!.id;
  });
  const [created] = await selectRegistrationLinks({ ctx, input: { organizationId, linkId: id } });
  return toRegistrationLinkRow({ ctx, input: created! });
}
