import { Button, Fieldset, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from './action-error';
import { BasicsSection } from './basics-section';
import { CommissionSection } from './commission-section';
import { GeoSection } from './geo-section';
import { LeaderboardSection } from './leaderboard-section';
import { LimitsSection } from './limits-section';
import { OnboardingSection } from './onboarding-section';
import { type ProgramFormValues, validateProgramForm } from './program-form-values';
import { RecurringSection } from './recurring-section';
import { DiscountSection } from './discount-section';
import { TrackingSection } from './tracking-section';
import classes from './read-only-form.module.css';

type SubmitAction = { id: string; label: string; variant?: 'filled' | 'default' | 'light' };

type ProgramFormProps = {
  initialValues: ProgramFormValues;
  /** The organization's apps when creating; null when editing (a program keeps its app). */
  apps: { id: string; name: string }[] | null;
  /** One button per way to save (e.g. "save as draft" and "create and go live"); the first is the default. */
  actions: [SubmitAction, ...SubmitAction[]];
  submitting: string | null;
  error: unknown;
  onSubmit: (values: ProgramFormValues, actionId: string) => void;
  onCancel?: () => void;
  /** Platform support: every setting shows, nothing can be changed or saved. */
  readOnly?: boolean;
};

/** Every program setting in readable sections; the API's own rules validate it before it is sent. */
export function ProgramForm(props: ProgramFormProps) {
  const { t } = useTranslation('orgprograms');
  const chosen = useRef(props.actions[0].id);
  const form = useForm<ProgramFormValues>({
    validateInputOnBlur: true,
    initialValues: props.initialValues,
    validate: (values) => {
      const found = validateProgramForm(values);
      return Object.fromEntries(Object.entries(found).map(([field, key]) => [field, t(`errors.${key ?? 'required'}`)]));
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => props.onSubmit(values, chosen.current), focusFirstError)}>
      <Stack gap="lg" maw={960}>
        <Fieldset
          variant="unstyled"
          disabled={props.readOnly}
          className={props.readOnly ? classes.readOnly : undefined}
          p={0}
          m={0}
        >
          <Stack gap="lg">
            <BasicsSection form={form} apps={props.apps} />
            <CommissionSection form={form} />
            <RecurringSection form={form} readOnly={props.readOnly} />
            <TrackingSection form={form} readOnly={props.readOnly} />
            <DiscountSection form={form} />
            <LeaderboardSection form={form} />
            <GeoSection form={form} />
            <LimitsSection form={form} />
            <OnboardingSection form={form} />
          </Stack>
        </Fieldset>
        <ActionError error={props.error} />
        {!props.readOnly && (
          <Group gap="sm">
            {props.actions.map((action) => (
              <Button
                key={action.id}
                type="submit"
                variant={action.variant ?? 'filled'}
                loading={props.submitting === action.id}
                disabled={props.submitting !== null && props.submitting !== action.id}
                onClick={() => {
                  chosen.current = action.id;
                }}
              >
                {action.label}
              </Button>
            ))}
            {props.onCancel && (
              <Button variant="subtle" onClick={props.onCancel}>
                {t('form.cancel')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** A long form: take the keyboard (and the eye) to the first field that needs fixing. */
function focusFirstError() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());
}
