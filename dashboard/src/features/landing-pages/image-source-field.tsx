import { Alert, Button, FileButton, Group, Image, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creativeImageType, MAX_CREATIVE_IMAGE_BYTES } from '@domain/image-type';
import { uploadUrl } from '@domain/upload-key';
import type { LandingBlock } from './queries/landing-pages';
import { useUploadCreativeImage } from '@/features/creatives';

type Source = Extract<LandingBlock, { kind: 'image' }>['image'];

type Common = {
  orgId: string;
  disabled: boolean;
  /** The group's name; the image block's "Image" by default. */
  label?: string;
};
type Props =
  | (Common & { optional?: false; value: Source; onChange: (value: Source) => void })
  /** A picture that may be left out (a testimonial's photo): empty is null, and an upload can be removed. */
  | (Common & { optional: true; value: Source | null; onChange: (value: Source | null) => void });

/**
 * A picture of the landing page: a file uploaded with the creatives' checks (type by its bytes, 2 MB), served from
 * our host, or an https URL (the server refuses any other scheme).
 */
export function ImageSourceField(props: Props) {
  const { orgId, value, disabled, optional } = props;
  const { t } = useTranslation('landing');
  const id = useId();
  const upload = useUploadCreativeImage(orgId);
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  // An optional picture left empty keeps the way chosen for it until something is given.
  const [emptyType, setEmptyType] = useState<Source['type']>('url');
  const type = value?.type ?? emptyType;
  const set = (next: Source | null) => {
    if (props.optional) props.onChange(next);
    else if (next) props.onChange(next);
  };
  const pick = async (file: File | null) => {
    if (!file) return;
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    if (file.size > MAX_CREATIVE_IMAGE_BYTES || !creativeImageType(head)) return setFailed(true);
    upload.mutate(file, {
      onSuccess: (image) => {
        setFailed(false);
        setShown(image.url);
        set({ type: 'upload', key: image.key });
      },
      onError: () => setFailed(true),
    });
  };
  const choose = (next: string) => {
    const chosen = next === 'upload' ? 'upload' : 'url';
    setEmptyType(chosen);
    setFailed(false);
    if (optional) set(null);
    else set(chosen === 'url' ? { type: 'url', url: '' } : { type: 'upload', key: '' });
  };
  const key = value?.type === 'upload' ? value.key : '';
  return (
    <Stack gap={6} role="group" aria-labelledby={`${id}-label`}>
      <Text size="sm" fw={500} id={`${id}-label`}>
        {props.label ?? t('imageSource')}
      </Text>
      <SegmentedControl
        size="xs"
        disabled={disabled}
        value={type}
        onChange={choose}
        data={[
          { value: 'url', label: t('imageUrl') },
          { value: 'upload', label: t('imageUpload') },
        ]}
        w="fit-content"
      />
      {type === 'url' ? (
        <TextInput
          aria-label={`${props.label ?? t('imageSource')}: ${t('imageUrl')}`}
          placeholder={t('imageUrlPlaceholder')}
          maxLength={2048}
          value={value?.type === 'url' ? value.url : ''}
          disabled={disabled}
          onChange={(e) => {
            const url = optional ? e.currentTarget.value.trim() : e.currentTarget.value;
            set(optional && !url ? null : { type: 'url', url });
          }}
        />
      ) : (
        <Group gap="sm" align="center" wrap="wrap">
          {key && (
            <Image
              // An upload saved earlier (or before a language switch) is shown from its key, as the page serves it.
              src={shown ?? uploadUrl(window.location.origin, key)}
              alt={t('imageUploaded')}
              h={48}
              w="auto"
              fit="contain"
              data-testid="uploaded-image"
            />
          )}
          <FileButton
            onChange={(f) => void pick(f)}
            accept="image/png,image/jpeg,image/gif,image/webp"
            disabled={disabled}
            inputProps={{ 'data-testid': 'image-file' } as Record<string, string>}
          >
            {(p) => (
              <Button variant="default" size="xs" loading={upload.isPending} {...p}>
                {key ? t('replaceFile') : t('chooseFile')}
              </Button>
            )}
          </FileButton>
          {optional && key && (
            <Button variant="subtle" color="red" size="xs" disabled={disabled} onClick={() => set(null)}>
              {t('removeFile')}
            </Button>
          )}
          <Text size="xs" c="dimmed">
            {t('uploadHint')}
          </Text>
        </Group>
      )}
      {failed && (
        <Alert color="red" variant="light" p="xs" role="alert">
          {t('uploadFailed')}
        </Alert>
      )}
    </Stack>
  );
}
