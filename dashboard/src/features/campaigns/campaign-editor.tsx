import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Campaign, useCampaignAudience, useSaveCampaign, useStartCampaign } from './queries/campaigns';
import { useOrgProgramOptions } from '@/features/organizations';
import { programGroupsQueryOptions } from '@/features/enrollments';
import { PHONE_QUERY } from '@/ui/data-table';
import { ErrorState } from '@/ui/error-state';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { MarkdownView } from '@/ui/markdown-view';
import { ConfirmModal } from '@/ui/confirm-modal';
import {
  type CampaignDraft,
  type Delivery,
  draftBody,
  draftOf,
  type EnrollmentStatusName,
  scheduleOf,
  type Trigger,
} from './campaign-draft';

const STATUSES: EnrollmentStatusName[] = ['active', 'pending', 'suspended', 'terminated', 'rejected'];
const TRIGGERS: Trigger[] = ['approved', 'no_click', 'first_conversion'];

/** Writes or edits a draft: the message in English and Russian with a preview, whom it reaches, and when. */
export function CampaignEditor({
  orgId,
  campaign,
  opened,
  onClose,
}: {
  orgId: string;
  campaign: Campaign | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const [draft, setDraft] = useState<CampaignDraft>(() => draftOf(campaign));
  const set = (patch: Partial<CampaignDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useSaveCampaign(orgId);
  const start = useStartCampaign(orgId);
  const audience = useCampaignAudience(orgId);
  // A new draft is saved before its audience is counted: asking again must not save a second one.
  const [savedId, setSavedId] = useState<string | null>(campaign?.id ?? null);
  // "Send now" mails at once: it waits for a confirmation that names how many affiliates it reaches.
  const [confirming, setConfirming] = useState<{ campaignId: string; count: number } | null>(null);
  const programs = useOrgProgramOptions(orgId);
  const groups = useQueries({
    queries: draft.programIds.map((programId) => programGroupsQueryOptions(orgId, programId)),
  });
  const programName = (id: string) => programs.data?.find((p) => p.value === id)?.label ?? '';
  const groupOptions = groups.flatMap((q, i) =>
    (q.data ?? []).map((g) => ({ value: g.id, label: `${programName(draft.programIds[i]!)} · ${g.name}` })),
  );
  const body = draftBody(draft);
  const days = Number(draft.triggerDays);
  const daysOk = Number.isInteger(days) && days >= 1 && days <= 365;
  const schedule = scheduleOf(draft);
  const canStart = body !== null && (draft.delivery !== 'schedule' || schedule !== null);
  const pending = save.isPending || start.isPending || audience.isPending;

  const submit = async (andStart: boolean) => {
    if (!body) return;
    audience.reset();
    const saved = await save.mutateAsync({ campaignId: savedId, body });
    setSavedId(saved.id);
    if (andStart && draft.delivery === 'now') {
      const { count } = await audience.mutateAsync(saved.id);
      if (count > 0) setConfirming({ campaignId: saved.id, count });
      return;
    }
    if (andStart) await start.mutateAsync({ campaignId: saved.id, ...(schedule ? { scheduledAt: schedule } : {}) });
    onClose();
  };

  const sendNow = async (campaignId: string) => {
    await start.mutateAsync({ campaignId });
    setConfirming(null);
    onClose();
  };

  const variantPanel = (lang: 'en' | 'ru') => (
    <Tabs.Panel value={lang} pt="sm">
      <Stack gap="sm">
        <TextInput
          label={t('editor.subject')}
          value={draft[lang].subject}
          maxLength={200}
          onChange={(e) => set({ [lang]: { ...draft[lang], subject: e.currentTarget.value } })}
        />
        <Textarea
          label={t('editor.body')}
          description={t('editor.bodyHint')}
          autosize
          minRows={5}
          maxRows={14}
          maxLength={20_000}
          value={draft[lang].body}
          onChange={(e) => set({ [lang]: { ...draft[lang], body: e.currentTarget.value } })}
        />
        <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-body)" aria-label={t('editor.preview')}>
          <Text size="xs" c="dimmed" mb={4}>
            {t('editor.preview')}
          </Text>
          {draft[lang].subject || draft[lang].body ? (
            <>
              <Text fw={700} size="sm" mb="xs">
                {draft[lang].subject}
              </Text>
              <MarkdownView source={draft[lang].body} />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('editor.previewEmpty')}
            </Text>
          )}
        </Paper>
      </Stack>
    </Tabs.Panel>
  );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={campaign ? t('editor.editTitle', { name: campaign.name }) : t('editor.createTitle')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('editor.cancel') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(true).catch(() => undefined);
        }}
      >
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('editor.name')}
              description={t('editor.nameHint')}
              required
              maxLength={120}
              value={draft.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="campaign-category">
                {t('editor.category')}
              </Text>
              <SegmentedControl
                aria-labelledby="campaign-category"
                value={draft.category}
                onChange={(v) => set({ category: v as CampaignDraft['category'] })}
                data={[
                  { value: 'marketing', label: t('category.marketing') },
                  { value: 'transactional', label: t('category.transactional') },
                ]}
              />
              <Text size="xs" c="dimmed">
                {t(draft.category === 'marketing' ? 'editor.marketingHint' : 'editor.transactionalHint')}
              </Text>
            </Stack>
          </SimpleGrid>

          <Stack gap={4}>
            <Title order={3} fz="h5">
              {t('editor.message')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('editor.messageHint')}
            </Text>
            <Tabs defaultValue="en">
              <Tabs.List>
                <Tabs.Tab value="en">{t('editor.tabEn')}</Tabs.Tab>
                <Tabs.Tab value="ru">{t('editor.tabRu')}</Tabs.Tab>
              </Tabs.List>
              {variantPanel('en')}
              {variantPanel('ru')}
            </Tabs>
          </Stack>

          <Stack gap="sm">
            <Title order={3} fz="h5">
              {t('editor.audience')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <MultiSelect
                label={t('editor.programs')}
                placeholder={draft.programIds.length ? undefined : t('editor.anyProgram')}
                data={programs.data ?? []}
                value={draft.programIds}
                onChange={(programIds) => set({ programIds, groupIds: programIds.length ? draft.groupIds : [] })}
                searchable
              />
              <MultiSelect
                label={t('editor.groups')}
                description={draft.programIds.length ? undefined : t('editor.groupsHint')}
                placeholder={draft.groupIds.length ? undefined : t('editor.anyGroup')}
                data={groupOptions}
                value={draft.groupIds.filter((id) => groupOptions.some((g) => g.value === id))}
                onChange={(groupIds) => set({ groupIds })}
                disabled={draft.programIds.length === 0}
              />
              <MultiSelect
                label={t('editor.statuses')}
                data={STATUSES.map((s) => ({ value: s, label: t(`enrollmentStatus.${s}`) }))}
                value={draft.statuses}
                onChange={(v) => set({ statuses: v as EnrollmentStatusName[] })}
                error={draft.statuses.length === 0 ? t('editor.statusesRequired') : undefined}
              />
              <TagsInput
                label={t('editor.tags')}
                placeholder={draft.tags.length ? undefined : t('editor.anyTag')}
                value={draft.tags}
                onChange={(tags) => set({ tags: tags.map((x) => x.trim().toLowerCase()).filter(Boolean) })}
                maxTags={50}
              />
            </SimpleGrid>
          </Stack>

          <Radio.Group
            label={t('editor.when')}
            value={draft.delivery}
            onChange={(v) => set({ delivery: v as Delivery })}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="now" label={t('delivery.now')} />
              <Radio value="schedule" label={t('delivery.schedule')} />
              {draft.delivery === 'schedule' && (
                <TextInput
                  type="datetime-local"
                  label={t('editor.scheduledAt')}
                  value={draft.scheduledAt}
                  onChange={(e) => set({ scheduledAt: e.currentTarget.value })}
                  error={draft.scheduledAt && !schedule ? t('editor.scheduleFuture') : undefined}
                  maw={280}
                  ml="xl"
                />
              )}
              <Radio value="trigger" label={t('delivery.trigger')} />
              {draft.delivery === 'trigger' && (
                <Group ml="xl" align="flex-end" gap="sm">
                  <Select
                    label={t('editor.trigger')}
                    data={TRIGGERS.map((x) => ({ value: x, label: t(`triggerOption.${x}`) }))}
                    value={draft.trigger}
                    onChange={(v) => v && set({ trigger: v as Trigger })}
                    allowDeselect={false}
                    w={260}
                  />
                  {draft.trigger === 'no_click' && (
                    <ExactNumberInput
                      label={t('editor.triggerDays')}
                      min={1}
                      max={365}
                      value={draft.triggerDays}
                      onChange={(v) => set({ triggerDays: v })}
                      error={daysOk ? undefined : t('editor.triggerDaysRange')}
                      w={140}
                    />
                  )}
                </Group>
              )}
            </Stack>
          </Radio.Group>

          {audience.data?.count === 0 && (
            <Alert color="yellow" variant="light" role="status" data-testid="campaign-nobody">
              {t('sendConfirm.nobody')}
            </Alert>
          )}
          {(save.error || audience.error || (start.error && !confirming)) && (
            <ErrorState error={(start.error ?? audience.error ?? save.error)!} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('editor.cancel')}
            </Button>
            <Button
              variant="light"
              disabled={body === null}
              loading={save.isPending && !start.isPending}
              onClick={() => void submit(false).catch(() => undefined)}
            >
              {t('editor.saveDraft')}
            </Button>
            <Button type="submit" disabled={!canStart} loading={pending}>
              {t(`editor.start.${draft.delivery}`)}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmModal
        opened={confirming !== null}
        title={t('sendConfirm.title', { count: confirming?.count ?? 0, name: draft.name })}
        message={t(draft.category === 'marketing' ? 'sendConfirm.marketing' : 'sendConfirm.transactional', {
          count: confirming?.count ?? 0,
        })}
        confirmLabel={t('sendConfirm.confirm', { count: confirming?.count ?? 0 })}
        pending={start.isPending}
        error={start.error}
        onConfirm={() => {
          if (confirming) void sendNow(confirming.campaignId).catch(() => undefined);
        }}
        onClose={() => {
          setConfirming(null);
          start.reset();
        }}
      />
    </Modal>
  );
}
