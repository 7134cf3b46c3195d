import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LookupProgram } from '@/features/organizations';
import { CodeSample } from '@/ui/code-sample';

/**
 * What to send affiliates: where to sign up and which program to apply to in the marketplace. Affiliates join
 * through the marketplace (public programs at once, approval programs after the advertiser approves).
 */
export function InviteAffiliates({
  organizationName,
  programs,
}: {
  organizationName: string;
  programs: LookupProgram[];
}) {
  const { t } = useTranslation('orgsetup');
  const open = programs.filter((p) => p.status === 'active' && p.visibility !== 'invite_only');
  const message = t('invite.message', {
    organization: organizationName,
    programs: open.map((p) => p.name).join(', ') || organizationName,
    signUp: `${window.location.origin}/sign-up`,
    marketplace: `${window.location.origin}/affiliate/marketplace`,
  });
  return (
    <Stack gap="xs">
      {open.length === 0 && programs.length > 0 && <Text size="sm">{t('invite.noOpenProgram')}</Text>}
      <CodeSample
        code={message}
        label={t('invite.messageLabel')}
        hint={t('invite.messageHint')}
        testId="invite-message"
      />
    </Stack>
  );
}
