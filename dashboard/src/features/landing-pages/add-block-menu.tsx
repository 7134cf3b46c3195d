import { Button, Menu } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BLOCK_KINDS, type BlockKind } from './blocks';

/** Adds a block of a kind at the end; the calculator only once (it is one form on the page). */
export function AddBlockMenu({
  hasCalculator,
  disabled,
  onAdd,
}: {
  hasCalculator: boolean;
  disabled: boolean;
  onAdd: (kind: BlockKind) => void;
}) {
  const { t } = useTranslation('landing');
  return (
    <Menu position="bottom-start">
      <Menu.Target>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          disabled={disabled}
          w="fit-content"
          data-testid="add-block"
        >
          {t('add')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {BLOCK_KINDS.map((kind) => (
          <Menu.Item key={kind} disabled={kind === 'calculator' && hasCalculator} onClick={() => onAdd(kind)}>
            {t(`kinds.${kind}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
