import { Alert, Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creativeImageType, MAX_CREATIVE_IMAGE_BYTES } from '@domain/image-type';
import { ApiError } from '@/lib/api/api-error';
import { type CreativeImage, useUploadCreativeImage } from './queries/uploads';

type Problem = 'payload_too_large' | 'unsupported_media_type' | 'upload_failed';

/** The server's checks, in the browser first: at most 2 MB, and a PNG, JPEG, GIF or WebP by its first bytes. */
async function fileProblem(file: File): Promise<Problem | null> {
  if (file.size > MAX_CREATIVE_IMAGE_BYTES) return 'payload_too_large';
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return creativeImageType(head) ? null : 'unsupported_media_type';
}

/** The picture's own size in pixels, to fill in the banner's width and height. */
function naturalSize(file: File): Promise<{ width: number; height: number } | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const img = new window.Image();
    img.onload = () => {
      resolve(img.naturalWidth > 0 ? { width: img.naturalWidth, height: img.naturalHeight } : null);
      URL.revokeObjectURL(url);
    };
    img.onerror = () => {
      resolve(null);
      URL.revokeObjectURL(url);
    };
    img.src = url;
  });
}

type Props = {
  orgId: string;
  /** The image shown now: this dialog's upload, or the edited banner's own. */
  url: string;
  name: string;
  error: string | undefined;
  onUploaded: (image: CreativeImage, size: { width: number; height: number } | null) => void;
};

/** Uploads a banner image right away (so the dialog can show it), leaving its key for the save. */
export function CreativeImageUpload({ orgId, url, name, error, onUploaded }: Props) {
  const { t } = useTranslation('orgprograms');
  const id = useId();
  const upload = useUploadCreativeImage(orgId);
  const [problem, setProblem] = useState<Problem | null>(null);
  const pick = async (file: File | null) => {
    if (!file) return;
    const found = await fileProblem(file);
    setProblem(found);
    if (found) return;
    const size = await naturalSize(file);
    upload.mutate(file, {
      onSuccess: (image) => onUploaded(image, size),
      onError: (err) =>
        setProblem(
          err instanceof ApiError && (err.code === 'payload_too_large' || err.code === 'unsupported_media_type')
            ? err.code
            : 'upload_failed',
        ),
    });
  };
  const shown = problem ?? (error ? 'required' : null);
  return (
    <Stack gap={6} role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
      <Text size="sm" fw="var(--mantine-font-weight-medium)" id={`${id}-label`}>
        {t('creatives.image')}
      </Text>
      <Text size="xs" c="dimmed" id={`${id}-hint`}>
        {t('creatives.imageHint')}
      </Text>
      <Group gap="sm" wrap="wrap" align="center">
        {url && (
          <Image
            src={url}
            alt={t('creatives.imageAlt', { name: name || t('creatives.kinds.banner') })}
            h={60}
            w="auto"
            maw={240}
            fit="contain"
            bg="gray.0"
            data-testid="creative-upload-preview"
          />
        )}
        <FileButton
          onChange={(file) => void pick(file)}
          accept="image/png,image/jpeg,image/gif,image/webp"
          inputProps={{ 'data-testid': 'creative-image-file' } as Record<string, string>}
        >
          {(props) => (
            <Button variant="default" size="xs" loading={upload.isPending} {...props}>
              {url ? t('creatives.replaceImage') : t('creatives.uploadImage')}
            </Button>
          )}
        </FileButton>
      </Group>
      {shown && (
        <Alert color="red" variant="light" role="alert" p="xs" data-testid="creative-image-error">
          <Text size="sm" c="red">
            {t(`creatives.uploadErrors.${shown}`)}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
