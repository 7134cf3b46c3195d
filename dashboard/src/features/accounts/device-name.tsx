import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeDevice } from '@/lib/describe-device';

/** The browser and system of a session; the full user agent is one hover (or long press) away. */
export function deviceLabel(userAgent: string | null, t: ReturnType<typeof useTranslation<'account'>>['t']) {
  const device = describeDevice(userAgent);
  return device ? t('sessions.deviceOn', device) : (userAgent ?? t('sessions.unknownDevice'));
}

export function DeviceName({ userAgent }: { userAgent: string | null }) {
  const { t } = useTranslation('account');
  return (
    <Text size="sm" title={userAgent ?? undefined} lineClamp={2} miw={150} maw={360}>
      {deviceLabel(userAgent, t)}
    </Text>
  );
}
