import { Alert, Box, Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '@/ui/action-error';
import { notifyDone } from '@/lib/notify-done';
import { formatDate } from '@/lib/format';
import {
  type LandingDocument,
  type LandingPage,
  usePublishLandingPage,
  useSaveLandingDraft,
} from './queries/landing-pages';
import { AddBlockMenu } from './add-block-menu';
import { BlockCard } from './block-card';
import { type Lang, moveBlock, newBlock, removeBlock, replaceBlock } from './blocks';
import { LandingPreview } from './landing-preview';

type Props = {
  orgId: string;
  programId: string;
  groupId: string | null;
  groups: { value: string; label: string }[];
  onGroupChange: (groupId: string | null) => void;
  currency: string;
  publicUrl: string | null;
  page: LandingPage;
  canEdit: boolean;
};

/** The blocks of one page beside (or, on a phone, toggled with) the server's preview of them. */
export function LandingEditor({
  orgId,
  programId,
  groupId,
  groups,
  onGroupChange,
  currency,
  publicUrl,
  page,
  canEdit,
}: Props) {
  const { t, i18n } = useTranslation('landing');
  const wide = useMediaQuery('(min-width: 62em)');
  const [doc, setDoc] = useState<LandingDocument>(page.draft);
  const [dirty, setDirty] = useState(false);
  const [lang, setLang] = useState<Lang>(i18n.language === 'ru' ? 'ru' : 'en');
  const [view, setView] = useState<'editor' | 'preview'>('editor');
  const save = useSaveLandingDraft(orgId, programId, groupId);
  const publish = usePublishLandingPage(orgId, programId, groupId);
  // Another page (a group's) was chosen: edit its draft.
  useEffect(() => {
    setDoc(page.draft);
    setDirty(false);
  }, [page.draft]);
  const edit = (next: LandingDocument) => {
    setDoc(next);
    setDirty(true);
  };
  const saveDraft = () => save.mutateAsync(doc).then(() => setDirty(false));
  const onSave = () =>
    void saveDraft().then(
      () => notifyDone(t('saved')),
      () => undefined,
    );
  const onPublish = () =>
    void (dirty ? saveDraft() : Promise.resolve())
      .then(() => publish.mutateAsync())
      .then(
        () => notifyDone(t('published')),
        () => undefined,
      );
  const readOnly = !canEdit;
  const status = !page.published
    ? t('status.never')
    : t('status.published', { version: page.publishedVersion, date: formatDate(page.publishedAt!, i18n.language) });

  const editor = (
    <Stack gap="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        {groups.length > 1 && (
          <Select
            label={t('page')}
            data={groups}
            value={groupId ?? ''}
            allowDeselect={false}
            onChange={(v) => onGroupChange(v ? v : null)}
            w={260}
            maw="100%"
          />
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="landing-lang">
            {t('editingLanguage')}
          </Text>
          <SegmentedControl
            aria-labelledby="landing-lang"
            value={lang}
            onChange={(v) => setLang(v as Lang)}
            data={[
              { value: 'en', label: t('languages.en') },
              { value: 'ru', label: t('languages.ru') },
            ]}
          />
        </Stack>
      </Group>
      {doc.blocks.length === 0 && (
        <Text c="dimmed" data-testid="landing-empty">
          {t('empty')}
        </Text>
      )}
      {doc.blocks.map((block, i) => (
        <BlockCard
          key={block.id}
          orgId={orgId}
          currency={currency}
          block={block}
          index={i}
          count={doc.blocks.length}
          lang={lang}
          disabled={readOnly}
          onChange={(b) => edit(replaceBlock(doc, i, b))}
          onMove={(to) => edit(moveBlock(doc, i, to))}
          onRemove={() => edit(removeBlock(doc, i))}
        />
      ))}
      {doc.blocks.length < 30 && (
        <AddBlockMenu
          hasCalculator={doc.blocks.some((b) => b.kind === 'calculator')}
          disabled={readOnly}
          onAdd={(kind) => edit({ ...doc, blocks: [...doc.blocks, newBlock(kind)] })}
        />
      )}
    </Stack>
  );
  const preview = (
    <Box style={wide ? { position: 'sticky', top: 16 } : undefined}>
      <LandingPreview
        orgId={orgId}
        programId={programId}
        groupId={groupId}
        document={doc}
        lang={lang}
        onLangChange={setLang}
      />
    </Box>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Text size="sm" data-testid="landing-status">
            {status}
          </Text>
          {(dirty || page.unpublishedChanges) && (
            <Text size="sm" fw={600}>
              {t('status.changes')}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="wrap">
          {publicUrl && page.published && (
            <Button component="a" href={publicUrl} target="_blank" rel="noopener" variant="subtle">
              {t('openPublic')}
            </Button>
          )}
          {canEdit && (
            <>
              <Button variant="default" onClick={onSave} loading={save.isPending} disabled={!dirty}>
                {t('save')}
              </Button>
              <Button
                onClick={onPublish}
                loading={publish.isPending}
                disabled={!dirty && !page.unpublishedChanges}
                data-testid="landing-publish"
              >
                {t('publish')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {readOnly && (
        <Alert variant="light" color="gray">
          {t('readOnly')}
        </Alert>
      )}
      <ActionError error={save.error ?? publish.error} />
      {wide ? (
        <SimpleGrid cols={2} spacing="lg" style={{ alignItems: 'start' }}>
          {editor}
          {preview}
        </SimpleGrid>
      ) : (
        <Stack gap="md">
          <SegmentedControl
            aria-label={t('view.label')}
            value={view}
            onChange={(v) => setView(v as 'editor' | 'preview')}
            data={[
              { value: 'editor', label: t('view.editor') },
              { value: 'preview', label: t('view.preview') },
            ]}
            fullWidth
          />
          {view === 'editor' ? editor : preview}
        </Stack>
      )}
    </Stack>
  );
}
