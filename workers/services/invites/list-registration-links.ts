import { desc } from 'drizzle-orm';
import { registrationLinks } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { selectRegistrationLinks, toRegistrationLinkRow, type RegistrationLinkRow } from './registration-link-view';

/** Every registration link of the organization, newest first, with uses and state (revoked ones too). */
export async function listRegistrationLinks({ ctx }: ServiceCall<void>): Promise<RegistrationLinkRow[]> {
  const rows = await selectRegistrationLinks({ ctx, input: { organizationId: actingAdvertiser(ctx).organizationId } })
    .orderBy(desc(registrationLinks.createdAt), desc(registrationLinks.id))
    .limit(500);
  return rows.map((r) => toRegistrationLinkRow({ ctx, input: r }));
}
