import { PinInput, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type TotpCodeInputProps = { value: string; onChange: (value: string) => void; error?: string | undefined };

/** The six digits of the authenticator app, labelled for screen readers and filled by one-time-code autofill. */
export function TotpCodeInput({ value, onChange, error }: TotpCodeInputProps) {
  const { t } = useTranslation('account');
  const id = useId();
  return (
    <Stack gap={6}>
      <Text component="label" htmlFor={`${id}-1`} size="sm" fw={500}>
        {t('security.tfa.code')}
      </Text>
      <PinInput
        id={id}
        length={6}
        type="number"
        oneTimeCode
        value={value}
        onChange={onChange}
        ariaLabel={t('security.tfa.code')}
        error={Boolean(error)}
        data-testid="totp-input"
      />
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
