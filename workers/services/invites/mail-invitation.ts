import type { Invitation } from '../../../schema';
import type { Locale } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { type EmailTemplate, renderEmail } from '../../domain/email-templates';
import { recordAudit } from '../audit';
import { emailBrand, sendEmail } from '../email';

type InvitationTemplate = Extract<EmailTemplate, { name: 'invitation' | 'program_invitation' }>;
type WithoutLink<T> = T extends unknown ? Omit<T, 'link'> : never;

/**
 * Queues the mail of a new invitation, a team one or a program one, and audits its creation, inside the
 * transaction that wrote it (the caller delivers the outbox row after the commit). The link opens under the
 * advertiser's white-label brand when it has a portal: the invitee joins it there.
 */
export async function mailInvitation({
  ctx,
  input,
}: ServiceCall<{
  invitation: Pick<Invitation, 'id' | 'organizationId' | 'email'>;
  token: string;
  locale: Locale | undefined;
  template: WithoutLink<InvitationTemplate>;
  audited: Record<string, unknown>;
}>): Promise<{ outboxId: string }> {
  const { invitation } = input;
  const brand = await emailBrand({ ctx, input: { organizationId: invitation.organizationId } });
  const link = `${brand.baseUrl}/invitations/accept?token=${encodeURIComponent(input.token)}`;
  const { subject, text } = renderEmail(
    { ...input.template, link } as InvitationTemplate,
    input.locale ?? 'en',
    brand.name,
  );
  const { outboxId } = await sendEmail({
    ctx,
    input: { to: invitation.email, subject, text, template: input.template.name, fromName: brand.fromName },
  });
  await recordAudit({
    ctx,
    input: {
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: invitation.id,
      organizationId: invitation.organizationId,
      after: { email: invitation.email, ...input.audited },
    },
  });
  return { outboxId };
}
