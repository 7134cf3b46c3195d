import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProgramGroups } from './queries/program-groups';

type GroupPickerProps = {
  orgId: string;
  programId: string;
  /** A group id, or '' for the program's default group. */
  value: string;
  onChange: (groupId: string) => void;
};

/** The partner group a registration link places joiners in; the default group unless another is chosen. */
export function GroupPicker({ orgId, programId, value, onChange }: GroupPickerProps) {
  const { t } = useTranslation('groups');
  const groups = useProgramGroups(orgId, programId);
  const others = (groups.data ?? []).filter((g) => !g.isDefault);
  return (
    <Select
      label={t('picker.label')}
      description={groups.isError ? t('picker.failed') : t('picker.hint')}
      data={[{ value: '', label: t('picker.default') }, ...others.map((g) => ({ value: g.id, label: g.name }))]}
      value={value}
      onChange={(next) => onChange(next ?? '')}
      allowDeselect={false}
      disabled={groups.isPending}
    />
  );
}
