import { ColorSwatch, Group, Image } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organization } from './queries/organizations';
import { ReadOnlyFields } from '@/ui/read-only-fields';

/** The brand as text and images, for roles that may read it but not change it (finance, support). */
export function BrandValues({ organization }: { organization: Organization }) {
  const { t } = useTranslation('orgbrand');
  const { branding } = organization;
  const none = t('image.none');
  const image = (src: string | null | undefined, kind: string) =>
    src ? <Image src={src} alt={t('image.previewAlt', { kind })} h={32} w="auto" fit="contain" /> : none;
  return (
    <ReadOnlyFields
      testId="brand-values"
      fields={[
        { label: t('form.portalName'), value: branding.portalName ?? none },
        {
          label: t('form.primaryColor'),
          value: branding.primaryColor ? (
            <Group gap="xs" component="span">
              <ColorSwatch color={branding.primaryColor} size={16} component="span" aria-hidden />
              {branding.primaryColor}
            </Group>
          ) : (
            none
          ),
        },
        { label: t('image.logo'), value: image(branding.logoUrl, t('image.logo')) },
        { label: t('image.favicon'), value: image(branding.faviconUrl, t('image.favicon')) },
        { label: t('form.supportEmail'), value: branding.supportEmail ?? none },
      ]}
    />
  );
}
