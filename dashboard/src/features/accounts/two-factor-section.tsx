import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from './queries/me';
import { useSetUpTwoFactor } from './queries/two-factor';
import { ErrorState } from '@/ui/error-state';
import { DisableTwoFactorModal } from './disable-two-factor-modal';
import { RecoveryCodes } from './recovery-codes';
import { RegenerateCodesModal } from './regenerate-codes-modal';
import { Section } from './section';
import { TwoFactorSetup } from './two-factor-setup';

/** Off → set up (QR + first code) → recovery codes once → on, with new codes and turning off behind dialogs. */
export function TwoFactorSection({ me }: { me: Profile }) {
  const { t } = useTranslation('account');
  const setUp = useSetUpTwoFactor();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [regenerating, regenerateModal] = useDisclosure(false);
  const [disabling, disableModal] = useDisclosure(false);
  const inSetup = setUp.isSuccess && !me.twoFactorEnabled;
  const requirement = me.twoFactorRequirement;
  const requiredBy =
    [
      ...(requirement.platform ? [t('security.requiredByPlatform')] : []),
      ...requirement.organizations.map((o) => o.name),
    ].join(', ') || null;

  const status = (
    <Badge color={me.twoFactorEnabled ? 'green' : 'gray'} variant="light" size="lg" data-testid="two-factor-state">
      {t(me.twoFactorEnabled ? 'security.on' : 'security.off')}
    </Badge>
  );
  return (
    <Section
      title={
        <Group gap="sm" component="span">
          {t('security.twoFactor')}
          {status}
        </Group>
      }
      description={t(me.twoFactorEnabled ? 'security.tfa.onHint' : 'security.tfa.offHint')}
      testId="two-factor-section"
    >
      {codes ? (
        <RecoveryCodes codes={codes} email={me.email} onDone={() => setCodes(null)} />
      ) : inSetup ? (
        <TwoFactorSetup
          secret={setUp.data.secret}
          otpauthUrl={setUp.data.otpauthUrl}
          onEnabled={(recoveryCodes) => {
            setUp.reset();
            setCodes(recoveryCodes);
          }}
          onCancel={() => setUp.reset()}
        />
      ) : me.twoFactorEnabled ? (
        <Stack gap="xs">
          <Group gap="sm" wrap="wrap">
            <Button variant="default" onClick={regenerateModal.open}>
              {t('security.tfa.regenerate')}
            </Button>
            {/* The API refuses to turn a required 2FA off; the page says so instead of offering it. */}
            {!requiredBy && (
              <Button variant="light" color="red" onClick={disableModal.open}>
                {t('security.tfa.turnOff')}
              </Button>
            )}
          </Group>
          {requiredBy && (
            <Text size="sm" c="dimmed" data-testid="two-factor-required-hint">
              {t('security.requiredHint', { by: requiredBy })}
            </Text>
          )}
        </Stack>
      ) : (
        <>
          {setUp.isError && <ErrorState error={setUp.error} />}
          <Group>
            <Button onClick={() => setUp.mutate()} loading={setUp.isPending}>
              {t('security.tfa.turnOn')}
            </Button>
          </Group>
        </>
      )}
      <RegenerateCodesModal opened={regenerating} onClose={regenerateModal.close} onCodes={setCodes} />
      <DisableTwoFactorModal opened={disabling} onClose={disableModal.close} />
    </Section>
  );
}
