import { Autocomplete, Button, Group, Modal, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { OrgCreative } from './queries/org-creatives';
import { useCreateCreative, useUpdateCreative } from './queries/org-creatives';
import { ActionError } from '@/ui/action-error';
import { CreativeImageUpload } from './creative-image-upload';
import { CreativeTemplateField } from './creative-template-field';
import {
  type CreativeFormValues,
  creativeToForm,
  emptyCreativeForm,
  formToCreateCreative,
  formToUpdateCreative,
  validateCreativeForm,
} from './creative-form-values';
import { notifyDone } from '@/lib/notify-done';

type CreativeModalProps = {
  orgId: string;
  programId: string;
  allowedDomains: readonly string[];
  /** The creative being edited; null to add one. */
  creative: OrgCreative | null;
  /** The program's categories so far, offered as the category is typed. */
  categories: string[];
  onClose: () => void;
};

/** Adds or edits a banner or text link; a creative keeps its kind once created. */
export function CreativeModal(props: CreativeModalProps) {
  const { t } = useTranslation('orgprograms');
  const create = useCreateCreative(props.orgId, props.programId);
  const update = useUpdateCreative(props.orgId, props.programId);
  const form = useForm<CreativeFormValues>({
    validateInputOnBlur: true,
    initialValues: props.creative ? creativeToForm(props.creative) : emptyCreativeForm(),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateCreativeForm(values, props.allowedDomains)).map(([field, key]) => [
          field,
          t(`creatives.errors.${key ?? 'name'}`),
        ]),
      ),
  });
  const done = (message: string) => {
    notifyDone(message);
    props.onClose();
  };
  const submit = (values: CreativeFormValues) => {
    if (props.creative) {
      update.mutate(
        { creativeId: props.creative.id, changes: formToUpdateCreative(values) },
        { onSuccess: (c) => done(t('creatives.saved', { name: c.name })) },
      );
    } else {
      create.mutate(formToCreateCreative(values), { onSuccess: (c) => done(t('creatives.created', { name: c.name })) });
    }
  };
  const kind = form.values.kind;
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.creative ? t('creatives.editTitle', { name: props.creative.name }) : t('creatives.addTitle')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {!props.creative && (
            <SegmentedControl
              aria-label={t('creatives.kind')}
              data={[
                { value: 'banner', label: t('creatives.kinds.banner') },
                { value: 'template', label: t('creatives.kinds.template') },
                { value: 'text_link', label: t('creatives.kinds.text_link') },
              ]}
              {...form.getInputProps('kind')}
            />
          )}
          <TextInput label={t('creatives.name')} required data-autofocus {...form.getInputProps('name')} />
          {kind === 'template' ? (
            <>
              <CreativeTemplateField
                value={form.values.template}
                onChange={(template) => form.setFieldValue('template', template)}
                error={form.errors.template as string | undefined}
              />
              <TextInput
                label={t('creatives.sizes')}
                description={t('creatives.sizesHint')}
                required
                {...form.getInputProps('sizes')}
              />
            </>
          ) : kind === 'banner' ? (
            <>
              <SegmentedControl
                aria-label={t('creatives.imageSource')}
                data={[
                  { value: 'upload', label: t('creatives.imageSources.upload') },
                  { value: 'link', label: t('creatives.imageSources.link') },
                ]}
                {...form.getInputProps('imageSource')}
              />
              {form.values.imageSource === 'upload' ? (
                <CreativeImageUpload
                  orgId={props.orgId}
                  url={form.values.uploadedUrl}
                  name={form.values.name}
                  error={form.errors.imageKey as string | undefined}
                  onUploaded={(image, size) =>
                    form.setValues({
                      imageKey: image.key,
                      uploadedUrl: image.url,
                      ...(size ? { width: size.width, height: size.height } : {}),
                    })
                  }
                />
              ) : (
                <TextInput
                  label={t('creatives.imageUrl')}
                  inputMode="url"
                  required
                  {...form.getInputProps('imageUrl')}
                />
              )}
              <Group grow gap="sm" align="flex-start">
                <ExactNumberInput label={t('creatives.width')} min={1} max={10_000} {...form.getInputProps('width')} />
                <ExactNumberInput
                  label={t('creatives.height')}
                  min={1}
                  max={10_000}
                  {...form.getInputProps('height')}
                />
              </Group>
            </>
          ) : (
            <Textarea label={t('creatives.body')} autosize minRows={2} required {...form.getInputProps('body')} />
          )}
          <Autocomplete
            label={t('creatives.category')}
            description={t('creatives.categoryHint')}
            data={props.categories}
            {...form.getInputProps('category')}
          />
          <TextInput
            label={t('creatives.targetUrl')}
            description={t('creatives.targetUrlHint')}
            inputMode="url"
            {...form.getInputProps('targetUrl')}
          />
          <ActionError error={create.error ?? update.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('confirm.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {props.creative ? t('creatives.save') : t('creatives.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
