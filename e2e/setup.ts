import { beforeEach } from 'vitest';
import { saveEvidence } from './failure-evidence';

// Every e2e test, when it fails, leaves what its pages showed and did last (e2e/failure-evidence.ts).
beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    const text = await saveEvidence(task.file.filepath, task.name);
    console.log(`what the pages of "${task.name}" did last:\n${text}`);
  }, 30_000);
});
