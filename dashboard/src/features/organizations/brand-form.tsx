import { Button, ColorInput, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Organization, useUpdateOrganization } from './queries/organizations';
import { useUploadBrandImage } from './queries/brand-uploads';
import { notifyDone } from '@/lib/notify-done';
import { type ImageChoice, choiceSrc, isImageLink } from '@/ui/brand-file';
import { BrandError } from './brand-error';
import { BRAND_COLOR, type BrandFormError, brandBody, brandFieldRules, brandToForm } from './brand-form-values';
import { type BrandLook, BrandPreview } from './brand-preview';
import { BrandValues } from './brand-values';
import { ImagePicker } from '@/ui/image-picker';
import { SectionCard } from '@/ui/section-card';

const KEEP: ImageChoice = { kind: 'keep' };

type BrandFormProps = {
  organization: Organization;
  /** Owner or admin on a plan with white-label. */
  editable: boolean;
  /** A role that may never change the brand: its values as text instead of a form (the plan gate keeps the form). */
  readOnly?: boolean;
};

/** The brand's fields and images beside a live preview; images upload on save, then the fields are saved. */
export function BrandForm({ organization, editable, readOnly = false }: BrandFormProps) {
  const { t } = useTranslation('orgbrand');
  const update = useUpdateOrganization(organization.id);
  const upload = useUploadBrandImage(organization.id);
  const { branding } = organization;
  const [logo, setLogo] = useState<ImageChoice>(KEEP);
  const [favicon, setFavicon] = useState<ImageChoice>(KEEP);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ruleText = (error: BrandFormError | null) => (error ? t(`form.${error}`) : null);
  const form = useForm({
    initialValues: brandToForm(branding),
    validate: {
      portalName: (v) => ruleText(brandFieldRules.portalName(v)),
      primaryColor: (v) => ruleText(brandFieldRules.primaryColor(v)),
      supportEmail: (v) => ruleText(brandFieldRules.supportEmail(v)),
    },
  });

  const save = form.onSubmit(async (values) => {
    // A linked logo must be an https address (the picker says so); an empty link changes nothing.
    if (logo.kind === 'link' && logo.url.trim() !== '' && !isImageLink(logo.url)) return;
    setSaving(true);
    setError(null);
    try {
      // Each upload points the branding at the new file itself; the fields and removals follow in one PATCH.
      if (logo.kind === 'new') await upload.mutateAsync({ kind: 'logo', file: logo.file });
      if (favicon.kind === 'new') await upload.mutateAsync({ kind: 'favicon', file: favicon.file });
      await update.mutateAsync({
        branding: brandBody(values, logo, favicon),
      });
      setLogo(KEEP);
      setFavicon(KEEP);
      notifyDone(t('form.saved'));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  });

  const look: BrandLook = {
    name: form.values.portalName.trim() || organization.name,
    color: BRAND_COLOR.test(form.values.primaryColor) ? form.values.primaryColor : null,
    logoSrc: choiceSrc(logo, branding.logoUrl),
    faviconSrc: choiceSrc(favicon, branding.faviconUrl),
    supportEmail: form.values.supportEmail.trim(),
  };
  return (
    <Group align="flex-start" gap="xl" wrap="wrap">
      <SectionCard title={t('form.title')} id="brand-form-title" style={{ flex: '1 1 320px', maxWidth: 560 }}>
        <form onSubmit={save} noValidate>
          <Stack gap="md">
            {readOnly ? (
              <BrandValues organization={organization} />
            ) : (
              <>
                <TextInput
                  label={t('form.portalName')}
                  description={t('form.portalNameHint')}
                  placeholder={organization.name}
                  disabled={!editable}
                  {...form.getInputProps('portalName')}
                />
                <ColorInput
                  label={t('form.primaryColor')}
                  description={t('form.primaryColorHint')}
                  format="hex"
                  disabled={!editable}
                  withPicker={editable}
                  withEyeDropper={false}
                  {...form.getInputProps('primaryColor')}
                />
                <ImagePicker
                  kind="logo"
                  current={branding.logoUrl}
                  choice={logo}
                  onChange={setLogo}
                  disabled={!editable}
                />
                <ImagePicker
                  kind="favicon"
                  current={branding.faviconUrl}
                  choice={favicon}
                  onChange={setFavicon}
                  disabled={!editable}
                />
                <TextInput
                  label={t('form.supportEmail')}
                  description={t('form.supportEmailHint')}
                  type="email"
                  autoComplete="email"
                  disabled={!editable}
                  {...form.getInputProps('supportEmail')}
                />
              </>
            )}
            <BrandError error={error} />
            {editable && (
              <Group>
                <Button type="submit" loading={saving}>
                  {t('form.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </SectionCard>
      <SectionCard title={t('preview.title')} id="brand-preview-title" style={{ flex: '1 1 300px', maxWidth: 420 }}>
        <Stack gap="sm">
          <BrandPreview look={look} />
          <Text size="xs" c="dimmed">
            {t('preview.hint')}
          </Text>
        </Stack>
      </SectionCard>
    </Group>
  );
}
