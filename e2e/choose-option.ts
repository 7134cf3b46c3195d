import type { Locator } from 'playwright-core';

/**
 * Opens a select's list and clicks one option, again if the list closed before the click landed. On a loaded
 * runner a re-render can close a Mantine dropdown between opening it and the click (CI saw "element is not
 * visible" for 30 s on a size picker), so one click on the field then one on the option is not enough.
 * The field is clicked only while the option is hidden: a click on an open select would close it.
 */
export async function chooseOption(field: Locator, option: Locator, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!(await option.isVisible())) await field.click();
    try {
      await option.click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}
