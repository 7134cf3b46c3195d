import { Stack, Textarea, TextInput } from '@mantine/core';
import { landingWords } from '@domain/landing-words';
import { useTranslation } from 'react-i18next';
import type { LandingBlock } from './queries/landing-pages';
import type { Lang } from './blocks';
import { ImageSourceField } from './image-source-field';
import { ListFields } from './list-fields';

type Of<K extends LandingBlock['kind']> = Extract<LandingBlock, { kind: K }>['en'];
type FieldsProps<V> = { value: V; onChange: (value: V) => void; disabled: boolean };

/**
 * The words of one language of a block: what differs between English and Russian. An empty heading shows, as its
 * placeholder, the one the public page uses in that language (the page's own words, so the two cannot differ).
 */
export function VariantFields({
  orgId,
  kind,
  lang,
  value,
  onChange,
  disabled,
}: { orgId: string; kind: LandingBlock['kind']; lang: Lang } & FieldsProps<LandingBlock['en']>) {
  const { t } = useTranslation('landing');
  const page = landingWords(lang);
  switch (kind) {
    case 'text': {
      const v = value as Of<'text'>;
      return (
        <Textarea
          label={t('markdown')}
          description={t('markdownHint')}
          autosize
          minRows={4}
          maxRows={16}
          maxLength={10000}
          value={v.markdown}
          disabled={disabled}
          onChange={(e) => onChange({ markdown: e.currentTarget.value })}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
      );
    }
    case 'image': {
      const v = value as Of<'image'>;
      return (
        <Stack gap="xs">
          <TextInput
            label={t('alt')}
            maxLength={300}
            value={v.alt}
            disabled={disabled}
            onChange={(e) => onChange({ ...v, alt: e.currentTarget.value })}
          />
          <TextInput
            label={t('caption')}
            maxLength={300}
            value={v.caption}
            disabled={disabled}
            onChange={(e) => onChange({ ...v, caption: e.currentTarget.value })}
          />
        </Stack>
      );
    }
    case 'calculator': {
      const v = value as Of<'calculator'>;
      return (
        <TextInput
          label={t('sectionTitle')}
          maxLength={120}
          placeholder={page.calculator}
          value={v.title}
          disabled={disabled}
          onChange={(e) => onChange({ title: e.currentTarget.value })}
        />
      );
    }
    case 'faq':
      return <FaqFields value={value as Of<'faq'>} onChange={onChange} disabled={disabled} defaultTitle={page.faq} />;
    case 'testimonials':
      return (
        <TestimonialFields
          orgId={orgId}
          value={value as Of<'testimonials'>}
          onChange={onChange}
          disabled={disabled}
          defaultTitle={page.testimonials}
        />
      );
  }
}

function FaqFields({ value, onChange, disabled, defaultTitle }: FieldsProps<Of<'faq'>> & { defaultTitle: string }) {
  const { t } = useTranslation('landing');
  return (
    <Stack gap="xs">
      <TextInput
        label={t('sectionTitle')}
        maxLength={120}
        placeholder={defaultTitle}
        value={value.title}
        disabled={disabled}
        onChange={(e) => onChange({ ...value, title: e.currentTarget.value })}
      />
      <ListFields
        items={value.items}
        max={20}
        disabled={disabled}
        addLabel={t('addQuestion')}
        removeLabel={(index) => t('removeQuestion', { index })}
        empty={() => ({ question: '', answer: '' })}
        onChange={(items) => onChange({ ...value, items })}
      >
        {(item, update) => (
          <Stack gap={6}>
            <TextInput
              label={t('question')}
              required
              maxLength={300}
              value={item.question}
              disabled={disabled}
              onChange={(e) => update({ ...item, question: e.currentTarget.value })}
            />
            <Textarea
              label={t('answer')}
              required
              autosize
              minRows={2}
              maxLength={2000}
              value={item.answer}
              disabled={disabled}
              onChange={(e) => update({ ...item, answer: e.currentTarget.value })}
            />
          </Stack>
        )}
      </ListFields>
    </Stack>
  );
}

function TestimonialFields({
  orgId,
  value,
  onChange,
  disabled,
  defaultTitle,
}: FieldsProps<Of<'testimonials'>> & { orgId: string; defaultTitle: string }) {
  const { t } = useTranslation('landing');
  return (
    <Stack gap="xs">
      <TextInput
        label={t('sectionTitle')}
        maxLength={120}
        placeholder={defaultTitle}
        value={value.title}
        disabled={disabled}
        onChange={(e) => onChange({ ...value, title: e.currentTarget.value })}
      />
      <ListFields
        items={value.items}
        max={12}
        disabled={disabled}
        addLabel={t('addTestimonial')}
        removeLabel={(index) => t('removeTestimonial', { index })}
        empty={() => ({ quote: '', name: '', role: '', photo: null })}
        onChange={(items) => onChange({ ...value, items })}
      >
        {(item, update) => (
          <Stack gap={6}>
            <Textarea
              label={t('quote')}
              required
              autosize
              minRows={2}
              maxLength={1000}
              value={item.quote}
              disabled={disabled}
              onChange={(e) => update({ ...item, quote: e.currentTarget.value })}
            />
            <TextInput
              label={t('name')}
              required
              maxLength={100}
              value={item.name}
              disabled={disabled}
              onChange={(e) => update({ ...item, name: e.currentTarget.value })}
            />
            <TextInput
              label={t('role')}
              maxLength={100}
              value={item.role}
              disabled={disabled}
              onChange={(e) => update({ ...item, role: e.currentTarget.value })}
            />
            <ImageSourceField
              orgId={orgId}
              optional
              label={t('photo')}
              value={item.photo}
              disabled={disabled}
              onChange={(photo) => update({ ...item, photo })}
            />
          </Stack>
        )}
      </ListFields>
    </Stack>
  );
}
