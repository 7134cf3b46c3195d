import { Alert, Button, FileButton, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BrandFileProblem, brandFileProblem, choiceSrc, type ImageChoice, isImageLink } from './brand-file';

type ImagePickerProps = {
  kind: 'logo' | 'favicon';
  current: string | undefined;
  choice: ImageChoice;
  onChange: (choice: ImageChoice) => void;
  /** Read-only role, or a plan without white-label. */
  disabled: boolean;
  /** The logo may also be an image hosted elsewhere, linked by address (the brand's, not an edition's). */
  allowLink?: boolean;
  /** Where the image shows, when not the brand's portal and emails (an edition's pages). */
  hint?: string;
};

const ACCEPT = { logo: 'image/png,image/jpeg,image/webp,image/x-icon', favicon: 'image/png,image/x-icon' } as const;

/** Picks a logo or favicon file (checked here as the server would), shows it, and lets it be removed. */
export function ImagePicker({ kind, current, choice, onChange, disabled, allowLink = true, hint }: ImagePickerProps) {
  const { t } = useTranslation('orgbrand');
  const id = useId();
  const [problem, setProblem] = useState<BrandFileProblem | null>(null);
  const src = choiceSrc(choice, current);
  const label = t(`image.${kind}`);
  const pick = async (file: File | null) => {
    if (!file) return;
    const found = await brandFileProblem(file);
    setProblem(found);
    if (!found) onChange({ kind: 'new', file, previewUrl: URL.createObjectURL(file) });
  };
  return (
    <Stack gap={6} role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
      <Text size="sm" fw="var(--mantine-font-weight-medium)" id={`${id}-label`}>
        {label}
      </Text>
      <Text size="xs" c="dimmed" id={`${id}-hint`}>
        {hint ?? t(`image.${kind}Hint`)}
      </Text>
      <Group gap="sm" wrap="wrap">
        <Group
          w={kind === 'logo' ? 120 : 48}
          h={48}
          justify="center"
          bg="gray.0"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
        >
          {src ? (
            <Image
              src={src}
              alt={t('image.previewAlt', { kind: label })}
              h={kind === 'logo' ? 40 : 32}
              w="auto"
              maw={kind === 'logo' ? 112 : 32}
              fit="contain"
              data-testid={`${kind}-thumbnail`}
            />
          ) : (
            // The thumbnail's ground stays light in both schemes (logos are made for it), so its text is dark too.
            <Text size="xs" c="gray.7">
              {t('image.none')}
            </Text>
          )}
        </Group>
        {!disabled && (
          <Group gap="xs">
            <FileButton
              onChange={(file) => void pick(file)}
              accept={ACCEPT[kind]}
              inputProps={{ 'data-testid': `${kind}-file`, 'aria-label': label } as Record<string, string>}
            >
              {(props) => (
                <Button
                  variant="default"
                  size="xs"
                  {...props}
                  aria-label={`${src ? t('image.replace') : t('image.choose')}: ${label}`}
                >
                  {src ? t('image.replace') : t('image.choose')}
                </Button>
              )}
            </FileButton>
            {allowLink && kind === 'logo' && choice.kind !== 'link' && (
              <Button variant="subtle" size="xs" onClick={() => onChange({ kind: 'link', url: '' })}>
                {t('image.link')}
              </Button>
            )}
            {choice.kind !== 'keep' && current !== undefined ? (
              <Button variant="subtle" size="xs" onClick={() => onChange({ kind: 'keep' })}>
                {t('image.undo')}
              </Button>
            ) : null}
            {src && (
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => onChange(current ? { kind: 'remove' } : { kind: 'keep' })}
                aria-label={`${t('image.remove')}: ${label}`}
              >
                {t('image.remove')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {choice.kind === 'link' && (
        <TextInput
          label={t('image.linkLabel')}
          description={t('image.linkHint')}
          type="url"
          value={choice.url}
          onChange={(event) => onChange({ kind: 'link', url: event.currentTarget.value })}
          error={choice.url.trim() !== '' && !isImageLink(choice.url) ? t('image.linkInvalid') : undefined}
          data-testid="logo-link"
        />
      )}
      {choice.kind === 'new' && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('image.pending', { name: choice.file.name })}
        </Text>
      )}
      {choice.kind === 'remove' && (
        <Text size="xs" c="dimmed">
          {t('image.removing')}
        </Text>
      )}
      {problem && (
        <Alert color="red" variant="light" role="alert" p="xs" data-testid={`${kind}-error`}>
          <Text size="sm" c="red">
            {t(`errors.${problem}`)}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
