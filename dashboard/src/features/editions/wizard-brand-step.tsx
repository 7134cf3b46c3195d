import { ColorInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { EditionApp } from './queries/my-editions';
import type { ImageChoice } from '@/ui/brand-file';
import { ImagePicker } from '@/ui/image-picker';
import { EDITION_NAME_MAX, type EditionWizardValues } from './edition-wizard-values';

export type EditionImages = { logo: ImageChoice; favicon: ImageChoice };

/** The edition's name, colours, logo and favicon: only the fields the advertiser lets affiliates set. */
export function WizardBrandStep({
  form,
  app,
  images,
  current,
  onImages,
}: {
  form: UseFormReturnType<EditionWizardValues>;
  app: EditionApp;
  images: EditionImages;
  /** The saved edition's images, when it has some. */
  current: { logo: string | undefined; favicon: string | undefined };
  onImages: (images: EditionImages) => void;
}) {
  const { t } = useTranslation('editions');
  const allowed = (field: EditionApp['brandFields'][number]) => app.brandFields.includes(field);
  return (
    <Stack gap="md" maw={560}>
      <TextInput
        label={t('wizard.brand.name')}
        description={allowed('name') ? t('wizard.brand.nameHint') : t('wizard.brand.nameFixed')}
        required
        maxLength={EDITION_NAME_MAX}
        placeholder={t('wizard.brand.namePlaceholder')}
        data-autofocus
        {...form.getInputProps('name')}
      />
      {allowed('colors') ? (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <ColorInput
            label={t('wizard.brand.primaryColor')}
            description={t('wizard.brand.primaryColorHint')}
            format="hex"
            withEyeDropper={false}
            {...form.getInputProps('primaryColor')}
          />
          <ColorInput
            label={t('wizard.brand.accentColor')}
            description={t('wizard.brand.accentColorHint')}
            format="hex"
            withEyeDropper={false}
            {...form.getInputProps('accentColor')}
          />
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t('wizard.brand.colorsFixed')}
        </Text>
      )}
      {allowed('logo') && (
        <ImagePicker
          kind="logo"
          current={current.logo}
          choice={images.logo}
          onChange={(logo) => onImages({ ...images, logo })}
          hint={t('wizard.brand.logoHint')}
          disabled={false}
          allowLink={false}
        />
      )}
      {allowed('favicon') && (
        <ImagePicker
          kind="favicon"
          current={current.favicon}
          choice={images.favicon}
          onChange={(favicon) => onImages({ ...images, favicon })}
          hint={t('wizard.brand.faviconHint')}
          disabled={false}
          allowLink={false}
        />
      )}
    </Stack>
  );
}
