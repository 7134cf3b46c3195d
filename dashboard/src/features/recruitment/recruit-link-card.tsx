import { Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { useMyRecruitLink } from './queries/recruitment';
import { CopyValue } from '@/ui/copy-value';
import { QueryState } from '@/ui/query-state';

/** The affiliate's recruit link and code, each with a copy button, and the link as a QR code. */
export function RecruitLinkCard() {
  const { t } = useTranslation('recruit');
  const query = useMyRecruitLink();
  return (
    <Card withBorder radius="md" p="lg">
      <Title order={2} fz="h4" mb="sm">
        {t('link.title')}
      </Title>
      <QueryState query={query}>
        {({ code, link }) => (
          <Group align="flex-start" gap="xl" wrap="wrap">
            <Stack gap="sm" miw={0} style={{ flex: '1 1 280px' }}>
              <Text size="sm" c="dimmed">
                {t('link.description')}
              </Text>
              <div>
                <Text size="sm" fw={600}>
                  {t('link.linkLabel')}
                </Text>
                {/* Wraps on phones: the link takes the line and the copy button goes below it. */}
                <Group gap="xs" wrap="wrap" align="center">
                  <Text
                    ff="monospace"
                    size="sm"
                    miw={0}
                    style={{ overflowWrap: 'anywhere' }}
                    data-testid="recruit-link"
                  >
                    {link}
                  </Text>
                  <CopyValue value={link} label={t('link.linkLabel')} />
                </Group>
              </div>
              <div>
                <Text size="sm" fw={600}>
                  {t('link.codeLabel')}
                </Text>
                <Group gap="xs" wrap="nowrap" align="center">
                  <Text ff="monospace" size="lg" fw={600} data-testid="recruit-code">
                    {code}
                  </Text>
                  <CopyValue value={code} label={t('link.codeLabel')} />
                </Group>
              </div>
            </Stack>
            <Center bg="white" p="xs" style={{ borderRadius: 8 }}>
              <QRCodeSVG value={link} size={144} marginSize={2} title={t('link.qrTitle')} />
            </Center>
          </Group>
        )}
      </QueryState>
    </Card>
  );
}
