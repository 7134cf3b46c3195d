import { Tabs } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { PageHeader } from '@/ui/page-header';
import { AuditLog } from '@/features/audit';
import { OrganizationSettings } from '@/features/organizations';
import { type SettingsSearch, SETTINGS_FROM } from '@/features/organizations';
import { TeamSettings } from '@/features/organizations';

const TABS = ['organization', 'team', 'audit'] as const;
type Tab = (typeof TABS)[number];

/**
 * Settings in three tabs. One route with the tab in the URL (not three sub-routes): each route adds to the
 * first-load bundle every page shares, and a tab can still be linked and restored with the back button.
 */
export function SettingsPage() {
  const { t } = useTranslation('orgsetup');
  const access = useOrgAccess();
  const search = useSearch({ from: SETTINGS_FROM }) as SettingsSearch;
  const navigate = useNavigate({ from: '/orgs/$orgId/settings' });
  // The audit log answers owners and admins (and platform staff) only.
  const tabs = TABS.filter((tab) => tab !== 'audit' || access.canManage || access.readOnly);
  const current: Tab = search.tab && tabs.includes(search.tab) ? search.tab : 'organization';
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <Tabs
        value={current}
        onChange={(tab) => tab && void navigate({ search: { tab: tab as Tab } })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`settings.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="organization">
          <OrganizationSettings />
        </Tabs.Panel>
        <Tabs.Panel value="team">
          <TeamSettings />
        </Tabs.Panel>
        {tabs.includes('audit') && (
          <Tabs.Panel value="audit">
            <AuditLog />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
