import { Alert, Button, Code, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppName } from '@/lib/portal/portal';
import { CopyValue } from '@/ui/copy-value';

type RecoveryCodesProps = { codes: string[]; email: string; onDone: () => void };

/** Shown once after 2FA is turned on or the codes are renewed: copy, download, then confirm they are saved. */
export function RecoveryCodes({ codes, email, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation('account');
  const app = useAppName();
  const text = `${t('security.tfa.fileHeader', { email, app })}\n\n${codes.join('\n')}\n`;
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Stack gap="md" data-testid="recovery-codes">
      <Title order={3} fz="h5">
        {t('security.tfa.codesTitle')}
      </Title>
      <Alert color="yellow" variant="light">
        {t('security.tfa.codesWarning')}
      </Alert>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {codes.map((code) => (
          <li key={code}>
            <Code fz="md" data-testid="recovery-code">
              {code}
            </Code>
          </li>
        ))}
      </SimpleGrid>
      <Group gap="sm" wrap="wrap">
        <CopyValue value={codes.join('\n')} label={t('security.tfa.codesLabel')} />
        <Button variant="default" size="xs" onClick={download}>
          {t('security.tfa.download')}
        </Button>
        <Button size="xs" onClick={onDone} ml="auto">
          {t('security.tfa.saved')}
        </Button>
      </Group>
    </Stack>
  );
}
