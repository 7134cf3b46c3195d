import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** The parts of vitest's JSON report read here. */
interface JsonReport {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

/** Each failure's message is cut to this many characters: enough for a list of problems, short enough for a tail. */
const MESSAGE_CHARS = 1_500;

/**
 * The failed files and tests of one lane's JSON report, each with the first lines of its message (the stack
 * left out), as a block to print after the lanes' summary. A report that is missing (the lane died before
 * writing it) says so.
 */
export function failuresOf(lane: string, reportPath: string): string {
  if (!existsSync(reportPath)) return `\n${lane}: no report at ${reportPath}; see the lane's output above\n`;
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as JsonReport;
  const lines: string[] = [];
  for (const file of report.testResults) {
    const name = relative(process.cwd(), file.name);
    const failed = file.assertionResults.filter((test) => test.status === 'failed');
    if (failed.length === 0 && file.status === 'failed')
      lines.push(`✗ ${name}: ${shorten(file.message ?? 'the file failed outside its tests')}`);
    for (const test of failed) lines.push(`✗ ${name} › ${test.fullName}\n  ${shorten(test.failureMessages[0] ?? '')}`);
  }
  if (lines.length === 0) return `\n${lane}: failed, with no failed test in its report; see the lane's output above\n`;
  return `\n──── ${lane}: what failed ────\n${lines.join('\n')}\n`;
}

/** The message without its stack (the lines from the first "    at "), one line per line, cut to MESSAGE_CHARS. */
function shorten(message: string): string {
  // vitest leaves its colours' escape sequences in failure messages.
  const text = stripVTControlCharacters(message)
    .split(/\n\s+at /)[0]!
    .trim();
  const cut = text.length > MESSAGE_CHARS ? `${text.slice(0, MESSAGE_CHARS)}…` : text;
  return cut.replace(/\n/g, '\n  ');
}
