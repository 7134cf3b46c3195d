import { Alert, Button, FileButton, Group, Image, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bannerTemplateIssue, MAX_TEMPLATE_CHARS } from '@domain/banner-template';
import { bannerPreviewUrl, sampleBannerValues } from '@/lib/banner-preview';

type Props = {
  value: string;
  onChange: (template: string) => void;
  error: string | undefined;
};

/**
 * A banner template's SVG: loaded from a file or pasted, previewed filled in for a sample affiliate (an <img> runs
 * nothing in it) and checked here with the server's own rules, whose reason is shown before saving. A loaded file is
 * named, and one
 * too large to be a template says so instead of doing nothing; the same file can be loaded again after an edit.
 */
export function CreativeTemplateField({ value, onChange, error }: Props) {
  const { t } = useTranslation('orgprograms');
  const [loaded, setLoaded] = useState<{ file: string; tooLarge: boolean } | null>(null);
  const resetRef = useRef<() => void>(null);
  const issue = value.trim() ? bannerTemplateIssue(value) : null;
  const sample = { name: t('creatives.sampleName'), coupon: t('creatives.sampleCoupon') };
  const load = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    // Bytes bound the characters from above (UTF-8 is 1–4 bytes each); the text's own length is checked below.
    const tooLarge = file.size > MAX_TEMPLATE_CHARS * 4;
    setLoaded({ file: file.name, tooLarge });
    if (!tooLarge) onChange(await file.text());
  };
  return (
    <Stack gap={6}>
      <Textarea
        label={t('creatives.template')}
        description={t('creatives.templateHint', { coupon: '{{coupon}}', link: '{{link}}', name: '{{name}}' })}
        required
        autosize
        minRows={4}
        maxRows={10}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error ?? (issue ? t('creatives.errors.templateIssue', { reason: issue }) : undefined)}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
      />
      <Group gap="sm" align="center">
        <FileButton
          onChange={(file) => void load(file)}
          accept="image/svg+xml,.svg"
          resetRef={resetRef}
          inputProps={{ 'data-testid': 'creative-template-file' } as Record<string, string>}
        >
          {(props) => (
            <Button variant="light" size="compact-sm" {...props}>
              {t('creatives.loadSvg')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {loaded && !loaded.tooLarge
            ? t('creatives.templateLoaded', { file: loaded.file })
            : t('creatives.placeholders')}
        </Text>
      </Group>
      {loaded?.tooLarge && (
        <Alert color="red" variant="light" role="alert" p="xs">
          <Text size="sm" c="red">
            {t('creatives.templateTooLarge', { file: loaded.file })}
          </Text>
        </Alert>
      )}
      {value.trim() && !issue && (
        <>
          <Image
            src={bannerPreviewUrl(value, sampleBannerValues(sample))}
            alt={t('creatives.templatePreview')}
            mah={160}
            w="auto"
            maw="100%"
            fit="contain"
            bg="gray.0"
            radius="sm"
            data-testid="creative-template-preview"
          />
          <Text size="xs" c="dimmed">
            {t('creatives.sampleHint', sample)}
          </Text>
        </>
      )}
    </Stack>
  );
}
