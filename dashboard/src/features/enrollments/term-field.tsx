import { Fieldset, Stack, Switch } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type TermFieldProps = {
  legend: string;
  /** The program's value in words, shown while the term is left to it. */
  programValue: string;
  useProgram: boolean;
  onUseProgramChange: (useProgram: boolean) => void;
  /** A rule broken while the term is left to the program (the program has no rate, say). */
  error?: ReactNode;
  /** The group's own value: shown once the switch is off. */
  children: ReactNode;
};

/** One term of a group: "Use the program's" (showing what that is) or the group's own value. */
export function TermField(props: TermFieldProps) {
  const { t } = useTranslation('groups');
  return (
    <Fieldset legend={props.legend} variant="unstyled" p={0}>
      <Stack gap="xs">
        <Switch
          label={t('form.useProgram')}
          description={props.useProgram ? t('form.programValue', { value: props.programValue }) : undefined}
          checked={props.useProgram}
          onChange={(e) => props.onUseProgramChange(e.currentTarget.checked)}
          error={props.error}
        />
        {!props.useProgram && props.children}
      </Stack>
    </Fieldset>
  );
}
