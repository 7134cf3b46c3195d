import { Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/ui/page-header';
import { ProgramInvitationsSection } from './program-invitations-section';
import { RegistrationLinkForm } from './registration-link-form';
import { RegistrationLinksTable } from './registration-links-table';

/** The advertiser's recruiting page: invite links (create, list, copy, revoke) and invitations by email. */
export function InvitesPage() {
  const { t } = useTranslation('invites');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/invites' });
  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <Stack gap="xl">
        <RegistrationLinkForm orgId={orgId} />
        <RegistrationLinksTable orgId={orgId} />
        <ProgramInvitationsSection orgId={orgId} />
      </Stack>
    </>
  );
}
