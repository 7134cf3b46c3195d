import { Alert, Button, FileButton, Group, Image, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creativeImageType, MAX_CREATIVE_IMAGE_BYTES } from '@domain/image-type';
import type { LandingBlock } from '@/queries/landing-pages';
import { useUploadCreativeImage } from '@/queries/uploads';

type Source = Extract<LandingBlock, { kind: 'image' }>['image'];

type Props = {
  orgId: string;
  value: Source;
  onChange: (value: Source) => void;
  disabled: boolean;
};

/** An image block's picture: a file uploaded with the creatives' checks (type by its bytes, 2 MB), or an https URL. */
export function ImageSourceField({ orgId, value, onChange, disabled }: Props) {
  const { t } = useTranslation('landing');
  const id = useId();
  const upload = useUploadCreativeImage(orgId);
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const pick = async (file: File | null) => {
    if (!file) return;
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    if (file.size > MAX_CREATIVE_IMAGE_BYTES || !creativeImageType(head)) return setFailed(true);
    upload.mutate(file, {
      onSuccess: (image) => {
        setFailed(false);
        setShown(image.url);
        onChange({ type: 'upload', key: image.key });
      },
      onError: () => setFailed(true),
    });
  };
  return (
    <Stack gap={6} role="group" aria-labelledby={`${id}-label`}>
      <Text size="sm" fw={500} id={`${id}-label`}>
        {t('imageSource')}
      </Text>
      <SegmentedControl
        size="xs"
        disabled={disabled}
        value={value.type}
        onChange={(type) => onChange(type === 'url' ? { type: 'url', url: '' } : { type: 'upload', key: '' })}
        data={[
          { value: 'url', label: t('imageUrl') },
          { value: 'upload', label: t('imageUpload') },
        ]}
        w="fit-content"
      />
      {value.type === 'url' ? (
        <TextInput
          aria-label={t('imageUrl')}
          placeholder={t('imageUrlPlaceholder')}
          value={value.url}
          disabled={disabled}
          onChange={(e) => onChange({ type: 'url', url: e.currentTarget.value })}
        />
      ) : (
        <Group gap="sm" align="center" wrap="wrap">
          {shown && value.key && <Image src={shown} alt={t('imageUploaded')} h={48} w="auto" fit="contain" />}
          {!shown && value.key && <Text size="sm">{t('imageUploaded')}</Text>}
          <FileButton
            onChange={(f) => void pick(f)}
            accept="image/png,image/jpeg,image/gif,image/webp"
            disabled={disabled}
          >
            {(props) => (
              <Button variant="default" size="xs" loading={upload.isPending} {...props}>
                {value.key ? t('replaceFile') : t('chooseFile')}
              </Button>
            )}
          </FileButton>
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
