import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconCopy, IconDots, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = {
  name: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  canDuplicate: boolean;
  onMove: (by: -1 | 1) => void;
  onDuplicate: () => void;
  onDelete: () => void;
};

/** Reorder (ties go to the earlier rule), duplicate and delete one rule, from a menu beside its title. */
export function RuleActionsMenu(props: Props) {
  const { t } = useTranslation('rules');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size={44} aria-label={t('editor.actions', { name: props.name })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconArrowUp size={14} aria-hidden />}
          disabled={!props.canMoveUp}
          onClick={() => props.onMove(-1)}
        >
          {t('editor.moveUp')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowDown size={14} aria-hidden />}
          disabled={!props.canMoveDown}
          onClick={() => props.onMove(1)}
        >
          {t('editor.moveDown')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCopy size={14} aria-hidden />}
          disabled={!props.canDuplicate}
          onClick={props.onDuplicate}
        >
          {t('editor.duplicate')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={props.onDelete}>
          {t('editor.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
