import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgApp } from '@/features/apps';
import { BillingProviderSection } from '@/features/billing-webhooks';
import { CodeSample } from '@/ui/code-sample';
import { PostbackPanel } from '@/features/postbacks';
import { curlSnippet, nodeSnippet, pythonSnippet, type SnippetValues } from '@/features/organizations';
import { StripeSection } from '@/features/billing-webhooks';

const BILLING_TABS = ['paddle', 'lemon_squeezy', 'generic'] as const;
const TABS = ['curl', 'node', 'python', 'postback', 'stripe', ...BILLING_TABS] as const;

/**
 * The ways to report conversions: the signed API (curl, Node, Python), the S2S postback URL and the
 * billing providers' webhooks (Stripe, Paddle, Lemon Squeezy, the generic signed one), filled with this organization's ids and, right after it was issued, the key and its secret.
 */
export function IntegrationTabs({
  orgId,
  app,
  values,
  canManage,
}: {
  orgId: string;
  app: OrgApp | undefined;
  values: SnippetValues;
  canManage: boolean;
}) {
  const { t } = useTranslation('orgsetup');
  return (
    <Stack gap="sm">
      {values.apiKey === null && (
        <Text size="sm" c="dimmed">
          {t('integrate.placeholders')}
        </Text>
      )}
      <Tabs defaultValue="node" keepMounted={false}>
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`integrate.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="curl" pt="sm">
          <CodeSample code={curlSnippet(values)} label={t('integrate.tabs.curl')} hint={t('integrate.curlHint')} />
        </Tabs.Panel>
        <Tabs.Panel value="node" pt="sm">
          <CodeSample
            code={nodeSnippet(values)}
            label={t('integrate.tabs.node')}
            hint={t('integrate.nodeHint')}
            testId="node-snippet"
          />
        </Tabs.Panel>
        <Tabs.Panel value="python" pt="sm">
          <CodeSample
            code={pythonSnippet(values)}
            label={t('integrate.tabs.python')}
            hint={t('integrate.pythonHint')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="postback" pt="sm">
          <PostbackPanel orgId={orgId} origin={values.origin} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="stripe" pt="sm">
          {app ? (
            <StripeSection orgId={orgId} appId={app.id} canManage={canManage} />
          ) : (
            <Text size="sm">{t('integrate.needApp')}</Text>
          )}
        </Tabs.Panel>
        {BILLING_TABS.map((provider) => (
          <Tabs.Panel key={provider} value={provider} pt="sm">
            {app ? (
              <BillingProviderSection orgId={orgId} appId={app.id} provider={provider} canManage={canManage} />
            ) : (
              <Text size="sm">{t('integrate.needApp')}</Text>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
