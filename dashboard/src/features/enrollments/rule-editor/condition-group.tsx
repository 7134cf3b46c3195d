import { ActionIcon, Button, Fieldset, Group, Menu, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFolderPlus, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConditionFields } from './condition-fields';
import { type EditorContext, errorAt } from './editor-context';
import {
  CONDITION_KINDS,
  type DraftGroup,
  type DraftNode,
  isGroup,
  MAX_DEPTH,
  MAX_NODES,
  newCondition,
  newGroup,
} from './rule-draft';

type Props = {
  group: DraftGroup;
  path: string;
  /** 1 for the rule's own conditions; the API takes groups three deep. */
  depth: number;
  ctx: EditorContext;
  onChange: (next: DraftGroup) => void;
  onRemove?: () => void;
};

/** All or any of a list of conditions and further groups, each edited in place. */
export function ConditionGroup({ group, path, depth, ctx, onChange, onRemove }: Props) {
  const { t } = useTranslation('rules');
  const setNode = (i: number, node: DraftNode | null) =>
    onChange({
      ...group,
      nodes: node === null ? group.nodes.filter((_, j) => j !== i) : group.nodes.map((n, j) => (j === i ? node : n)),
    });
  const add = (node: DraftNode) => onChange({ ...group, nodes: [...group.nodes, node] });
  const full = group.nodes.length >= MAX_NODES;
  const ownError = errorAt(ctx, path);
  const modeId = `${path}-mode`;
  return (
    <Fieldset
      legend={depth === 1 ? t('conditions.legend') : t('conditions.group')}
      variant={depth === 1 ? 'unstyled' : 'filled'}
      p={depth === 1 ? 0 : 'sm'}
      styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', paddingInline: 0 } }}
      data-testid="condition-group"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Text size="sm" id={modeId}>
              {t('conditions.mode')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby={modeId}
              data={[
                { value: 'all', label: t('conditions.all') },
                { value: 'any', label: t('conditions.any') },
              ]}
              value={group.mode}
              onChange={(mode) => onChange({ ...group, mode: mode as DraftGroup['mode'] })}
            />
          </Group>
          {onRemove && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              onClick={onRemove}
              aria-label={t('conditions.removeGroup')}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
        {group.nodes.length === 0 && (
          <Text size="sm" c="dimmed">
            {depth === 1 ? t('conditions.empty') : t('conditions.emptyGroup')}
          </Text>
        )}
        {group.nodes.map((node, i) =>
          isGroup(node) ? (
            <ConditionGroup
              key={node.uid}
              group={node}
              path={`${path}.${i}`}
              depth={depth + 1}
              ctx={ctx}
              onChange={(next) => setNode(i, next)}
              onRemove={() => setNode(i, null)}
            />
          ) : (
            <Paper key={node.uid} withBorder p="sm" radius="sm" data-testid="condition">
              <Stack gap="xs">
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {t(`conditions.kind.${node.kind}`)}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    onClick={() => setNode(i, null)}
                    aria-label={t('conditions.remove', { kind: t(`conditions.kind.${node.kind}`) })}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
                <ConditionFields
                  condition={node}
                  path={`${path}.${i}`}
                  ctx={ctx}
                  onChange={(next) => setNode(i, next)}
                />
                {errorAt(ctx, `${path}.${i}`) && (
                  <Text size="sm" c="red">
                    {t(`errors.${errorAt(ctx, `${path}.${i}`)!}`)}
                  </Text>
                )}
              </Stack>
            </Paper>
          ),
        )}
        {ownError && (
          <Text size="sm" c="red">
            {t(`errors.${ownError}`)}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button
                variant="light"
                size="compact-sm"
                leftSection={<IconPlus size={14} aria-hidden />}
                disabled={full}
              >
                {t('conditions.add')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {CONDITION_KINDS.map((kind) => (
                <Menu.Item key={kind} onClick={() => add(newCondition(kind, ctx.currency))}>
                  {t(`conditions.kind.${kind}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          {depth < MAX_DEPTH && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconFolderPlus size={14} aria-hidden />}
              onClick={() => add(newGroup(group.mode === 'all' ? 'any' : 'all'))}
              disabled={full}
            >
              {t('conditions.addGroup')}
            </Button>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}
