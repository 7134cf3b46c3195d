import { Select } from '@mantine/core';
import { AuditAction } from '@schema/enums';
import { useAuditLabels } from './use-audit-labels';

type Props = {
  label: string;
  value: AuditAction | undefined;
  onChange: (action: AuditAction | undefined) => void;
};

const isAction = (value: string | null): value is AuditAction => AuditAction.includes(value as AuditAction);

/** One action to filter by, chosen by its translated name (type to search), sorted as the person reads them. */
export function AuditActionSelect({ label, value, onChange }: Props) {
  const labels = useAuditLabels();
  const data = AuditAction.map((code) => ({ value: code, label: labels.action(code) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  return (
    <Select
      label={label}
      placeholder={labels.anyAction()}
      data={data}
      value={value ?? null}
      onChange={(next) => onChange(isAction(next) ? next : undefined)}
      searchable
      clearable
      // Mantine hides the clear button from assistive tech and the Tab key; here it is a named, reachable button.
      clearButtonProps={{ 'aria-label': labels.clearAction(), 'aria-hidden': false, tabIndex: 0 }}
      w={{ base: '100%', xs: 280 }}
      data-testid="audit-action-filter"
    />
  );
}
