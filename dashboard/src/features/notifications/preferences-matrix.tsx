import { Anchor, Button, Group, Stack, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationPreferences, PreferenceChange } from './queries/notification-settings';
import { useSaveNotificationPreferences } from './queries/notification-settings';
import { notifyDone } from '@/lib/notify-done';
import { EmptyState } from '@/ui/empty-state';
import { ErrorState } from '@/ui/error-state';

type Channel = PreferenceChange['channel'];
type Event = PreferenceChange['event'];
type Block = NonNullable<NotificationPreferences['events'][number]['channels'][number]['blockedBy']>;
const CHANNELS: Channel[] = ['email', 'telegram', 'in_app'];
const cellKey = (event: Event, channel: Channel) => `${event}:${channel}`;

/**
 * Events × channels, one switch per cell (Space toggles it), saved together. The API lists only
 * the events that can reach this person. A channel that can carry nothing yet (Telegram not
 * linked) shows its switches off and disabled, and its column says why and how to fix it.
 */
export function PreferencesMatrix({ preferences }: { preferences: NotificationPreferences }) {
  const { t } = useTranslation('notifysettings');
  const save = useSaveNotificationPreferences();
  const reasonId = useId();
  const saved = new Map(
    preferences.events.flatMap((e) => e.channels.map((c) => [cellKey(e.event, c.channel), c.enabled] as const)),
  );
  const blocks = new Map<Channel, Block>(
    preferences.events.flatMap((e) =>
      e.channels.flatMap((c) => (c.blockedBy ? [[c.channel, c.blockedBy] as const] : [])),
    ),
  );
  const [draft, setDraft] = useState<Map<string, boolean>>(new Map());
  const value = (event: Event, channel: Channel) =>
    !blocks.has(channel) && (draft.get(cellKey(event, channel)) ?? saved.get(cellKey(event, channel)) ?? false);
  const changes: PreferenceChange[] = [...draft.entries()]
    .filter(([key, enabled]) => saved.get(key) !== enabled)
    .map(([key, enabled]) => {
      const [event, channel] = key.split(':') as [Event, Channel];
      return { event, channel, enabled };
    });
  const channelLabel = (channel: Channel) => t(`channels.${channel}`);
  const eventLabel = (event: Event) => t(`events.${event}`);

  if (preferences.events.length === 0)
    return <EmptyState title={t('noEventsTitle')} description={t('noEventsDescription')} />;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(changes, {
          onSuccess: () => {
            setDraft(new Map());
            notifyDone(t('saved'));
          },
        });
      }}
    >
      <Table layout="fixed" verticalSpacing="sm" horizontalSpacing={6} data-testid="preferences-matrix">
        <caption>
          <VisuallyHidden>{t('matrixCaption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            {/* Narrower on a phone, so three channel headings fit at 375 px without breaking words. */}
            <Table.Th w={{ base: '34%', sm: '46%' }}>{t('event')}</Table.Th>
            {CHANNELS.map((channel) => {
              const block = blocks.get(channel);
              return (
                <Table.Th key={channel} ta="center" px={2} style={{ verticalAlign: 'top' }}>
                  <Stack gap={2} align="center">
                    <Text fz={{ base: 'xs', sm: 'sm' }} fw={600}>
                      {channelLabel(channel)}
                    </Text>
                    {block && (
                      <Text
                        id={`${reasonId}-${channel}`}
                        fz="xs"
                        fw={400}
                        c="dimmed"
                        lh={1.3}
                        data-testid={`blocked-${channel}`}
                      >
                        {block === 'telegram_not_linked' ? (
                          <Anchor href="#telegram" fz="xs" data-testid="link-telegram-first">
                            {t(`blocked.${block}`)}
                          </Anchor>
                        ) : (
                          t(`blocked.${block}`)
                        )}
                      </Text>
                    )}
                  </Stack>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preferences.events.map(({ event }) => (
            <Table.Tr key={event}>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {eventLabel(event)}
                </Text>
                <Text size="xs" c="dimmed" visibleFrom="sm" data-testid={`hint-${event}`}>
                  {t(`hints.${event}`)}
                </Text>
              </Table.Th>
              {CHANNELS.map((channel) => {
                const block = blocks.get(channel);
                return (
                  <Table.Td key={channel}>
                    <Group justify="center">
                      <Switch
                        checked={value(event, channel)}
                        disabled={Boolean(block)}
                        onChange={(e) => {
                          const checked = e.currentTarget.checked;
                          setDraft((prev) => new Map(prev).set(cellKey(event, channel), checked));
                        }}
                        aria-label={t('cellLabel', { event: eventLabel(event), channel: channelLabel(channel) })}
                        aria-describedby={block ? `${reasonId}-${channel}` : undefined}
                        data-testid={`pref-${event}-${channel}`}
                      />
                    </Group>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {save.isError && <ErrorState error={save.error} />}
      <Group justify="flex-end" gap="sm" mt="md" wrap="wrap">
        {changes.length > 0 && (
          <Text size="sm" c="dimmed" role="status">
            {t('unsaved', { count: changes.length })}
          </Text>
        )}
        <Button variant="default" disabled={changes.length === 0} onClick={() => setDraft(new Map())}>
          {t('discard')}
        </Button>
        <Button type="submit" disabled={changes.length === 0} loading={save.isPending}>
          {t('save')}
        </Button>
      </Group>
    </form>
  );
}
