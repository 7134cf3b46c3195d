import { useLocalStorage } from '@mantine/hooks';

/**
 * Whether the user hid the getting-started card of this organization. Kept in localStorage: it is a display
 * preference of this browser, not a secret, and the full checklist stays one nav link away.
 */
export function useChecklistDismissed(orgId: string) {
  return useLocalStorage<boolean>({
    key: `ae.getting-started.dismissed.${orgId}`,
    defaultValue: false,
    getInitialValueInEffect: false,
  });
}
