import { Box, Button, Fieldset, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '@/ui/action-error';
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
import { SectionIndex, sectionTarget } from '@/ui/section-index';
import { StickySaveBar } from '@/ui/sticky-save-bar';

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
  /**
   * Editing a saved program: its one save (the first action) appears in a bar stuck to the window's bottom once
   * something changed, with Discard, instead of at the end of a form some 3,600 px long.
   */
  stickySave?: boolean;
};

const SECTIONS = [
  'basics',
  'commission',
  'recurring',
  'tracking',
  'discount',
  'leaderboard',
  'geo',
  'limits',
  'onboarding',
] as const;

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
  const section = (name: (typeof SECTIONS)[number]) => sectionTarget(`program-section-${name}`);
  const dirty = form.isDirty();
  return (
    <form noValidate onSubmit={form.onSubmit((values) => props.onSubmit(values, chosen.current), focusFirstError)}>
      <Stack gap="lg" maw={960}>
        <SectionIndex
          sections={SECTIONS.map((name) => ({ id: `program-section-${name}`, label: t(`form.${name}.legend`) }))}
        />
        <Fieldset
          variant="unstyled"
          disabled={props.readOnly}
          className={props.readOnly ? classes.readOnly : undefined}
          p={0}
          m={0}
        >
          <Stack gap="lg">
            <Box {...section('basics')}>
              <BasicsSection form={form} apps={props.apps} />
            </Box>
            <Box {...section('commission')}>
              <CommissionSection form={form} />
            </Box>
            <Box {...section('recurring')}>
              <RecurringSection form={form} readOnly={props.readOnly} />
            </Box>
            <Box {...section('tracking')}>
              <TrackingSection form={form} readOnly={props.readOnly} />
            </Box>
            <Box {...section('discount')}>
              <DiscountSection form={form} />
            </Box>
            <Box {...section('leaderboard')}>
              <LeaderboardSection form={form} />
            </Box>
            <Box {...section('geo')}>
              <GeoSection form={form} />
            </Box>
            <Box {...section('limits')}>
              <LimitsSection form={form} />
            </Box>
            <Box {...section('onboarding')}>
              <OnboardingSection form={form} />
            </Box>
          </Stack>
        </Fieldset>
        <ActionError error={props.error} />
        {!props.readOnly && props.stickySave && (
          <StickySaveBar
            dirty={dirty || props.submitting !== null}
            saveLabel={props.actions[0].label}
            saving={props.submitting !== null}
            onDiscard={() => form.reset()}
          />
        )}
        {!props.readOnly && !props.stickySave && (
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
