import { Box, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import type { EditionApp, MyEdition } from './queries/my-editions';
import { choiceSrc } from '@/ui/brand-file';
import { ActionError } from '@/ui/action-error';
import { notifyDone } from '@/lib/notify-done';
import { type EditionLook, EditionPreview } from './edition-preview';
import { LiveEditNote, useLookalikeSentence } from './live-edit-note';
import {
  type EditionWizardValues,
  editionToWizard,
  firstInvalidStep,
  soldPrice,
  stepErrors,
  WIZARD_STEPS,
  type WizardStep,
  wizardHost,
} from './edition-wizard-values';
import { type SavedEdition, useSaveWizard } from './use-save-wizard';
import { WizardAppStep } from './wizard-app-step';
import { type EditionImages, WizardBrandStep } from './wizard-brand-step';
import { WizardDomainStep } from './wizard-domain-step';
import { WizardPlansStep } from './wizard-plans-step';
import { WizardPreviewStep } from './wizard-preview-step';

const KEEP = { kind: 'keep' } as const;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * The edition wizard: app → brand → domain → plans and prices → preview → submit. Each step's fields are
 * checked before the next opens (the same rules as the API); a draft can be saved from the domain step on, which
 * is also how a custom host gets its DNS records while the wizard stays open.
 */
export function EditionWizard({
  orgId,
  apps,
  edition,
}: {
  orgId: string;
  apps: EditionApp[];
  edition: MyEdition | null;
}) {
  const { t, i18n } = useTranslation('editions');
  const lookalikeSentence = useLookalikeSentence();
  const phone = useMediaQuery('(max-width: 36em)');
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const [images, setImages] = useState<EditionImages>({ logo: KEEP, favicon: KEEP });
  const [saved, setSaved] = useState<SavedEdition | null>(
    edition ? { id: edition.id, host: edition.host, domainKind: edition.domainKind, status: edition.status } : null,
  );
  const form = useForm<EditionWizardValues>({ initialValues: editionToWizard(edition, apps) });
  const app = apps.find((a) => a.appId === form.values.appId);
  const persist = useSaveWizard(orgId, edition);
  // A live or suspended edition is changed in place: no draft to save, and the note says what needs approval.
  const wasLive = edition?.status === 'active' || edition?.status === 'suspended';
  const step = WIZARD_STEPS[active]!;

  const check = (target: WizardStep): boolean => {
    const errors = stepErrors(target, form.values, app);
    form.setErrors(
      Object.fromEntries(Object.entries(errors).map(([path, key]) => [path, t(`wizard.errors.${key}`, { max: 80 })])),
    );
    return Object.keys(errors).length === 0;
  };
  const next = () => {
    if (check(step)) setActive((i) => Math.min(i + 1, WIZARD_STEPS.length - 1));
  };
  const run = async (intent: 'draft' | 'stay' | 'submit') => {
    const invalid = firstInvalidStep(form.values, app);
    if (invalid) {
      setActive(WIZARD_STEPS.indexOf(invalid));
      check(invalid);
      return;
    }
    const result = await persist.run({ values: form.values, app: app!, images, saved, submit: intent === 'submit' });
    if (!result) return;
    setSaved(result);
    setImages({ logo: KEEP, favicon: KEEP });
    if (intent === 'stay') {
      notifyDone(t('wizard.savedDraft', { name: form.values.name.trim() }));
      return;
    }
    const name = form.values.name.trim();
    notifyDone(
      intent === 'submit'
        ? t(`wizard.submitted.${result.status === 'active' ? 'active' : 'pending'}`, { name })
        : wasLive
          ? t(
              `wizard.savedLive.${result.status === 'pending' ? 'pending' : result.status === 'suspended' ? 'suspended' : 'active'}`,
              { name },
            )
          : t('wizard.savedDraft', { name }),
    );
    void navigate({ to: '/affiliate/$orgId/editions', params: { orgId } });
  };

  const pickApp = (picked: EditionApp) => {
    const fresh = editionToWizard(null, [picked]);
    form.setValues({
      ...fresh,
      name: picked.brandFields.includes('name') ? form.values.name : picked.appName,
      primaryColor: form.values.primaryColor,
      accentColor: form.values.accentColor,
    });
  };
  const look: EditionLook = {
    name: form.values.name,
    host: wizardHost(form.values, app),
    primaryColor: COLOR.test(form.values.primaryColor) ? form.values.primaryColor : null,
    accentColor: COLOR.test(form.values.accentColor) ? form.values.accentColor : null,
    logoSrc: choiceSrc(images.logo, edition?.logoUrl ?? undefined),
    faviconSrc: choiceSrc(images.favicon, edition?.faviconUrl ?? undefined),
    plans: (app?.plans ?? []).flatMap((offer, i) => {
      if (!form.values.planCodes.includes(offer.code)) return [];
      const minor = soldPrice(offer, form.values.prices[i] ?? '');
      return [
        {
          id: offer.code,
          name: offer.name,
          price: minor === null ? '—' : formatMoney(minor, offer.currency, i18n.language),
          interval: offer.interval === 'once' ? null : t(`interval.${offer.interval}`),
        },
      ];
    }),
  };
  const last = active === WIZARD_STEPS.length - 1;
  const canSubmit = !saved || saved.status === 'draft' || saved.status === 'rejected';
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="lg">
        <Stepper
          active={active}
          onStepClick={(index) => {
            if (index < active) setActive(index);
          }}
          allowNextStepsSelect={false}
          // One row on phones too: five numbered steps fit 343 px once their labels are left out.
          wrap={false}
          size="sm"
          iconSize={phone ? 28 : 34}
          // Narrow separators on phones: at 375 px the default margins pushed the row 6 px past the screen.
          styles={phone ? { separator: { marginInline: 4, minWidth: 8 } } : undefined}
        >
          {WIZARD_STEPS.map((s, i) => (
            <Stepper.Step
              key={s}
              label={phone ? undefined : t(`wizard.steps.${s}`)}
              // A phone shows only the step's number: the name says the step too, the number first as it reads
              // (WCAG 2.5.3). Wider, the visible number and label are the name.
              aria-label={phone ? t('wizard.stepOf', { number: i + 1, step: t(`wizard.steps.${s}`) }) : undefined}
            />
          ))}
        </Stepper>
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('wizard.progress', { current: active + 1, total: WIZARD_STEPS.length })}
          </Text>
          <Title order={2} fz="h3" data-testid="wizard-step-title">
            {t(`wizard.titles.${step}`)}
          </Title>
        </Stack>
        {wasLive && edition && app && <LiveEditNote status={edition.status} requiresApproval={app.requiresApproval} />}
        {step === 'app' && <WizardAppStep form={form} apps={apps} locked={Boolean(saved)} onPick={pickApp} />}
        {step === 'brand' && app && (
          <Group align="flex-start" gap="xl" wrap="wrap">
            <Box style={{ flex: '1 1 320px', maxWidth: 560 }}>
              <WizardBrandStep
                form={form}
                app={app}
                images={images}
                current={{ logo: edition?.logoUrl ?? undefined, favicon: edition?.faviconUrl ?? undefined }}
                onImages={setImages}
              />
            </Box>
            <Box style={{ flex: '1 1 300px', maxWidth: 480 }}>
              <EditionPreview look={look} />
            </Box>
          </Group>
        )}
        {step === 'domain' && app && (
          <WizardDomainStep
            orgId={orgId}
            form={form}
            app={app}
            saved={saved}
            onSaveDraft={() => void run('stay')}
            saving={persist.pending}
            live={wasLive}
          />
        )}
        {step === 'plans' && app && <WizardPlansStep form={form} app={app} />}
        {step === 'preview' && app && <WizardPreviewStep app={app} look={look} />}
        <ActionError error={persist.error} sentence={lookalikeSentence(persist.error)} />
        <Group justify="space-between" gap="sm" wrap="wrap-reverse">
          <Button variant="default" onClick={() => setActive((i) => i - 1)} disabled={active === 0}>
            {t('wizard.back')}
          </Button>
          <Group gap="sm" wrap="wrap">
            {active >= WIZARD_STEPS.indexOf('domain') && !wasLive && (
              <Button variant="subtle" onClick={() => void run('draft')} loading={persist.pending}>
                {t('wizard.saveDraft')}
              </Button>
            )}
            {last ? (
              canSubmit ? (
                <Button onClick={() => void run('submit')} loading={persist.pending} data-testid="wizard-submit">
                  {t(app?.requiresApproval === false ? 'wizard.publish' : 'wizard.submit')}
                </Button>
              ) : (
                <Button onClick={() => void run('draft')} loading={persist.pending} data-testid="wizard-submit">
                  {t('wizard.saveChanges')}
                </Button>
              )
            ) : (
              <Button onClick={next} data-testid="wizard-next">
                {t('wizard.next')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
