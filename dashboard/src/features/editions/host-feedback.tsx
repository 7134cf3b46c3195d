import { Group, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type HostCheckInput, useEditionHostCheck } from './queries/my-editions';

const KNOWN_ISSUES = ['hostname_not_allowed', 'edition_host_taken', 'edition_lookalike'] as const;
const issueKey = (code: string | undefined) => KNOWN_ISSUES.find((known) => known === code) ?? 'hostname_not_allowed';

/**
 * Live word on the host being typed: free, taken, not allowed, or too close to the advertiser's own brand
 * (a lookalike). Asked 400 ms after typing stops; a polite live region reads the answer out once.
 */
export function HostFeedback({ orgId, check: input, id }: { orgId: string; check: HostCheckInput; id: string }) {
  const { t } = useTranslation('editions');
  const { host } = input;
  // Primitives only: a debounced object would be new on every render and never settle.
  const [debouncedHost] = useDebouncedValue(host, 400);
  const [debouncedName] = useDebouncedValue(input.name, 400);
  const check = useEditionHostCheck(orgId, { ...input, host: debouncedHost, name: debouncedName });
  const settled = debouncedHost === host && debouncedName === input.name;
  let body: ReactNode = null;
  if (!host) body = null;
  else if (!settled || check.isPending || (check.isFetching && check.isPlaceholderData))
    body = (
      <Group gap={6} wrap="nowrap">
        <Loader size={14} />
        <Text size="sm" c="dimmed">
          {t('wizard.domain.checking', { host })}
        </Text>
      </Group>
    );
  else if (check.isError)
    body = (
      <Text size="sm" c="dimmed">
        {t('wizard.domain.checkFailed')}
      </Text>
    );
  else if (check.data?.available)
    body = (
      <Group gap={6} wrap="nowrap" c="teal.9">
        <IconCircleCheck size={16} aria-hidden />
        <Text size="sm" c="teal.9" data-testid="host-available">
          {t('wizard.domain.available', { host })}
        </Text>
      </Group>
    );
  else if (check.data)
    body = (
      <Group gap={6} wrap="nowrap" align="flex-start" c="red.8">
        <IconAlertTriangle size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
        <Text size="sm" c="red.8" data-testid="host-refused" style={{ overflowWrap: 'anywhere' }}>
          {check.data.issue?.code === 'edition_lookalike' && check.data.issue.resembles
            ? t(check.data.issue.field === 'host' ? 'wizard.lookalike.host' : 'wizard.lookalike.name', {
                brand: check.data.issue.resembles,
              })
            : t(`wizard.domain.refused.${issueKey(check.data.issue?.code)}`, { host })}
        </Text>
      </Group>
    );
  return (
    <div id={id} aria-live="polite" style={{ minHeight: 22 }}>
      {body}
    </div>
  );
}
