import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramForm } from './program-form-types';

const MAX_LANDING_URLS = 50;

/** More landing pages affiliates may pick from (pricing, a campaign page), as rows to add and remove. */
export function LandingUrls({ form, readOnly }: { form: ProgramForm; readOnly?: boolean | undefined }) {
  const { t } = useTranslation('orgprograms');
  const urls = form.values.landingUrls;
  return (
    <Input.Wrapper
      label={t('form.tracking.landingUrls')}
      description={t('form.tracking.landingUrlsHint')}
      style={{ gridColumn: '1 / -1' }}
      component="div"
    >
      <Stack gap="xs" mt="xs">
        {urls.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('form.tracking.noLandingUrls')}
          </Text>
        )}
        {urls.map((_, index) => (
          // Rows have no identity beyond their position; URLs are edited in place.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <Group key={index} gap="sm" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={t('form.tracking.landingUrlN', { number: index + 1 })}
              inputMode="url"
              style={{ flex: 1 }}
              {...form.getInputProps(`landingUrls.${index}`)}
            />
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                onClick={() => form.removeListItem('landingUrls', index)}
                aria-label={t('form.tracking.removeLandingUrl', { number: index + 1 })}
              >
                <span aria-hidden>×</span>
              </ActionIcon>
            )}
          </Group>
        ))}
        {urls.length < MAX_LANDING_URLS && !readOnly && (
          <div>
            <Button variant="light" size="xs" onClick={() => form.insertListItem('landingUrls', 'https://')}>
              {t('form.tracking.addLandingUrl')}
            </Button>
          </div>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
