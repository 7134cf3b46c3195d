import { Button, Group, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyTaxStatus } from './queries/tax';
import { QueryState } from '@/ui/query-state';
import { TaxFormEditor } from './tax-form-editor';
import { TaxStatusCard } from './tax-status-card';

/** The state of the affiliate's tax information, and the form: open when none is on file, on request otherwise. */
export function MyTaxInformation({ orgId, advertiser }: { orgId: string; advertiser: string }) {
  const { t } = useTranslation('tax');
  const status = useMyTaxStatus(orgId);
  const [editing, setEditing] = useState(false);
  return (
    <QueryState query={status} skeleton="detail">
      {(view) => (
        <Stack gap="lg">
          <TaxStatusCard orgId={orgId} status={view} advertiser={advertiser} />
          {view.form && !editing ? (
            <Group>
              <Button variant="default" onClick={() => setEditing(true)} data-testid="tax-sign-new">
                {t('mine.signNew')}
              </Button>
            </Group>
          ) : (
            <Paper withBorder p="md" radius="md">
              <TaxFormEditor
                orgId={orgId}
                current={view.form}
                onDone={view.form ? () => setEditing(false) : undefined}
              />
            </Paper>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
