import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useParams, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { type CreatedApiKey, useCreateApiKey, useCreateApp, useOrgApps } from '@/features/apps';
import { useProgramLookup } from '@/features/organizations';
import { useOnboarding } from '@/features/onboarding';
import { ErrorState } from '@/ui/error-state';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { AppForm } from '@/features/apps';
import { IntegrationTabs } from './integration-tabs';
import { InviteAffiliates } from '@/features/onboarding';
import { NewKeyModal } from '@/features/apps';
import { ONBOARDING_STEPS, settledSteps } from '@/features/onboarding';
import { StepSection } from '@/features/onboarding';
import { TestEventWatch } from '@/features/onboarding';
import { notifyDone } from '@/lib/notify-done';

const FROM = '/_app/orgs/$orgId/getting-started' as const;

/**
 * The getting-started checklist in full: each step's state comes from the organization's data, and the page
 * waits (polling) for the first event so the integration step ticks as soon as it arrives.
 */
export function GettingStartedPage() {
  const { t } = useTranslation('orgsetup');
  const { orgId } = useParams({ from: FROM });
  const { organization } = useRouteContext({ from: FROM });
  const access = useOrgAccess();
  const manage = access.canManage && !access.readOnly;
  const progress = useOnboarding(orgId, { waitForEvent: true });
  const apps = useOrgApps(orgId);
  const programs = useProgramLookup(orgId);
  const createApp = useCreateApp(orgId);
  const [appId, setAppId] = useState<string | null>(null);
  // The key and secret exist only in this answer; kept in memory so the snippets below are ready to run.
  const [issued, setIssued] = useState<CreatedApiKey | null>(null);
  const [showKey, setShowKey] = useState(false);
  const appList = apps.data ?? [];
  const app = appList.find((a) => a.id === appId) ?? appList[0];
  const createKey = useCreateApiKey(orgId, app?.id ?? '');

  return (
    <>
      <PageHeader title={t('gettingStarted.title')} description={t('gettingStarted.description')} />
      <QueryState query={progress}>
        {(data) => {
          const steps = data.steps;
          return (
            <Stack gap="md">
              <Text fw={600} data-testid="steps-progress">
                {t('checklist.progress', { done: settledSteps(steps), total: ONBOARDING_STEPS.length })}
              </Text>
              <StepSection step="app" index={0} state={steps.app}>
                {appList.length > 0 ? (
                  <Text size="sm">
                    {t('steps.app.doneText', { count: appList.length })}{' '}
                    <RouterAnchor to="/orgs/$orgId/apps" params={{ orgId }}>
                      {t('steps.app.manage')}
                    </RouterAnchor>
                  </Text>
                ) : (
                  manage && (
                    <AppForm
                      submitLabel={t('apps.form.create')}
                      pending={createApp.isPending}
                      error={createApp.error}
                      onSubmit={(body) =>
                        createApp.mutate(body, {
                          onSuccess: (created) => notifyDone(t('apps.created', { name: created.name })),
                        })
                      }
                    />
                  )
                )}
              </StepSection>
              <StepSection step="apiKey" index={1} state={steps.apiKey}>
                {app === undefined ? (
                  <Text size="sm">{t('steps.apiKey.needApp')}</Text>
                ) : (
                  <Stack gap="sm">
                    {appList.length > 1 && (
                      <Select
                        label={t('steps.apiKey.app')}
                        data={appList.map((a) => ({ value: a.id, label: a.name }))}
                        value={app.id}
                        onChange={setAppId}
                        allowDeselect={false}
                        maw={360}
                      />
                    )}
                    {data.activeApiKeys > 0 && (
                      <Text size="sm">{t('steps.apiKey.doneText', { count: data.activeApiKeys })}</Text>
                    )}
                    {steps.apiKey === 'not_needed' && data.lastEvent && (
                      <Text size="sm" data-testid="api-key-not-needed">
                        {t('steps.apiKey.notNeeded', { source: t(`integrate.source.${data.lastEvent.source}`) })}
                      </Text>
                    )}
                    {steps.apiKey === 'todo' && data.lastEvent?.source === 'api' && (
                      <Text size="sm">{t('steps.apiKey.allRevoked')}</Text>
                    )}
                    {createKey.isError && <ErrorState error={createKey.error} />}
                    {manage && (
                      <Group gap="sm">
                        <Button
                          variant={steps.apiKey === 'todo' ? 'filled' : 'light'}
                          loading={createKey.isPending}
                          onClick={() =>
                            createKey.mutate(t('keys.defaultName'), {
                              onSuccess: (key) => {
                                setIssued(key);
                                setShowKey(true);
                              },
                            })
                          }
                        >
                          {t('steps.apiKey.create', { app: app.name })}
                        </Button>
                        <RouterAnchor to="/orgs/$orgId/apps/$appId" params={{ orgId, appId: app.id }} size="sm">
                          {t('steps.apiKey.manage')}
                        </RouterAnchor>
                      </Group>
                    )}
                  </Stack>
                )}
              </StepSection>
              <StepSection step="integrate" index={2} state={steps.integrate}>
                <IntegrationTabs
                  orgId={orgId}
                  app={app}
                  canManage={manage}
                  values={{
                    origin: window.location.origin,
                    apiKey: issued?.key ?? null,
                    signingSecret: issued?.signingSecret ?? null,
                  }}
                />
                <TestEventWatch event={data.lastEvent} />
              </StepSection>
              <StepSection step="program" index={3} state={steps.program}>
                {steps.program === 'done' ? (
                  <Text size="sm">{t('steps.program.doneText', { count: data.programs })}</Text>
                ) : (
                  <RouterAnchor to="/orgs/$orgId/programs/new" params={{ orgId }} size="sm" fw={600}>
                    {t('steps.program.create')}
                  </RouterAnchor>
                )}
              </StepSection>
              <StepSection step="affiliates" index={4} state={steps.affiliates}>
                {steps.affiliates === 'done' && (
                  <Text size="sm" data-testid="affiliates-joined">
                    {t('steps.affiliates.doneText', { count: data.affiliates })}
                  </Text>
                )}
                {data.applicants > 0 && (
                  <Text size="sm">
                    {t('steps.affiliates.applicants', { count: data.applicants })}{' '}
                    <RouterAnchor to="/orgs/$orgId/affiliates" params={{ orgId }}>
                      {t('steps.affiliates.review')}
                    </RouterAnchor>
                  </Text>
                )}
                <InviteAffiliates organizationName={organization.name} programs={programs.data ?? []} />
              </StepSection>
            </Stack>
          );
        }}
      </QueryState>
      <NewKeyModal created={showKey ? issued : null} onClose={() => setShowKey(false)} />
    </>
  );
}
