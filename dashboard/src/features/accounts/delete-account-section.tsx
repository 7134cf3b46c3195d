import { Button, Group, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from './section';

// The dialog and its queries load only when someone actually opens it.
const DeleteAccountModal = lazy(() =>
  import('./delete-account-modal').then((module) => ({ default: module.DeleteAccountModal })),
);

/** The last section of the security page: deleting the account, behind a confirm dialog. */
export function DeleteAccountSection() {
  const { t } = useTranslation('account');
  const [opened, setOpened] = useState(false);
  return (
    <Section title={t('deletion.title')} testId="delete-account">
      <Text size="sm">{t('deletion.description')}</Text>
      <Group>
        <Button color="red" variant="outline" onClick={() => setOpened(true)}>
          {t('deletion.open')}
        </Button>
      </Group>
      {opened && (
        <Suspense fallback={null}>
          <DeleteAccountModal opened={opened} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </Section>
  );
}
