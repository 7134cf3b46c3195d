import { Tabs } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { Form1099YearView } from '@/features/tax';
import { InvoiceList } from '@/features/tax';
import { TaxRegister } from '@/features/tax';
import { TaxSettingsForm, TaxSettingsText } from '@/features/tax';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useTaxSettings } from '@/features/tax';

// Not '1099': the router reads a numeric search value as a number, which the enum would refuse.
const TABS = ['forms', 'form1099', 'invoices', 'settings'] as const;
type Tab = (typeof TABS)[number];

// zod/mini, as every route's search schema: the route tree is part of the login page's first load.
export const Route = createFileRoute('/_app/orgs/$orgId/finance/tax')({
  validateSearch: z.object({
    tab: z.catch(z.optional(z.enum(TABS)), undefined),
    year: z.catch(z.optional(z.number().check(z.int(), z.gte(2020), z.lte(2100))), undefined),
    missing: z.catch(z.optional(z.boolean()), undefined),
  }),
  component: TaxPage,
});

/** Year-end work is about the year that ended, so the 1099 page opens on last year. */
const lastYear = () => new Date().getUTCFullYear() - 1;

function TaxPage() {
  const { t } = useTranslation('tax');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/finance/tax' });
  const search = useSearch({ from: '/_app/orgs/$orgId/finance/tax' });
  const navigate = useNavigate({ from: '/orgs/$orgId/finance/tax' });
  const access = useOrgAccess();
  const canEdit = access.canPay && !access.readOnly;
  const tab: Tab = search.tab ?? 'forms';
  const setSearch = (next: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  return (
    <>
      <PageHeader title={t('finance.title')} description={t('finance.description')} />
      <Tabs
        value={tab}
        onChange={(next) => setSearch({ tab: next === 'forms' ? undefined : (next as Tab) })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`tax-tab-${value}`}>
              {t(`finance.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="forms">
          <TaxRegister
            orgId={orgId}
            missing={search.missing ?? false}
            onMissing={(missing) => setSearch({ missing: missing || undefined })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="form1099">
          <Form1099YearView
            orgId={orgId}
            year={search.year ?? lastYear()}
            onYear={(year) => setSearch({ year })}
            canSend={canEdit}
          />
        </Tabs.Panel>
        <Tabs.Panel value="invoices">
          <InvoiceList orgId={orgId} />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <TaxSettingsTab orgId={orgId} canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function TaxSettingsTab({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const query = useTaxSettings(orgId);
  return (
    <QueryState query={query} skeleton="detail">
      {(settings) =>
        canEdit ? <TaxSettingsForm orgId={orgId} settings={settings} /> : <TaxSettingsText settings={settings} />
      }
    </QueryState>
  );
}
