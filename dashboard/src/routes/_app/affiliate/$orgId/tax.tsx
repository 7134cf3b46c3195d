import { Stack } from '@mantine/core';
import { createFileRoute, useParams, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/ui/page-header';
import { MyTaxInformation } from '@/features/tax';
import { MyTaxDocuments } from '@/features/tax';
import { QueryState } from '@/ui/query-state';
import { VatIdCard } from '@/features/tax';
import { useMyVatId } from '@/features/tax';

export const Route = createFileRoute('/_app/affiliate/$orgId/tax')({
  component: MyTaxPage,
});

function MyTaxPage() {
  const { t } = useTranslation('tax');
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId/tax' });
  const { advertiser } = useRouteContext({ from: '/_app/affiliate/$orgId/tax' });
  const vat = useMyVatId();
  return (
    <>
      <PageHeader title={t('mine.title')} description={t('mine.description', { advertiser: advertiser.name })} />
      <Stack gap="lg">
        <MyTaxInformation orgId={orgId} advertiser={advertiser.name} />
        <QueryState query={vat} skeleton="detail">
          {(view) => <VatIdCard view={view} />}
        </QueryState>
        <MyTaxDocuments orgId={orgId} advertiser={advertiser.name} />
      </Stack>
    </>
  );
}
