import type { KeyboardEvent } from 'react';

/**
 * The message fields' keys: Ctrl+Enter (⌘+Enter on a Mac) sends or saves, as in most chat tools, where a plain
 * Enter starts a new line; Escape cancels where there is something to cancel (an edit).
 */
export function messageKeys(submit: () => void, cancel?: () => void) {
  return (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    } else if (e.key === 'Escape' && cancel) {
      e.preventDefault();
      cancel();
    }
  };
}
