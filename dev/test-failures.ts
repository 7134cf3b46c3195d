import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** The parts of vitest's JSON report read here. */
interface JsonReport {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; title: string; status: string; failureMessages: string[] }[];
  }[];
}

/** Each failure's message is cut to this many characters: enough for a list of problems, short enough for a tail. */
const MESSAGE_CHARS = 1_500;
/** What a failed e2e test's pages did last (e2e/failure-evidence.ts), cut to this many characters. */
const EVIDENCE_CHARS = 2_500;

/** The file name (without extension) of a failed test's evidence: its file's and its own name, made safe. */
export function evidenceName(file: string, test: string): string {
  const safe = (text: string) => text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  return `${safe(basename(file, '.test.ts'))}--${safe(test).slice(0, 80)}`;
}

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
    for (const test of failed) {
      lines.push(`✗ ${name} › ${test.fullName}\n  ${shorten(test.failureMessages[0] ?? '')}`);
      const evidence = join(dirname(reportPath), 'e2e-failures', `${evidenceName(file.name, test.title)}.txt`);
      if (existsSync(evidence))
        lines.push(
          `  what its pages did last (${evidence}):\n  ${cut(readFileSync(evidence, 'utf8'), EVIDENCE_CHARS)}`,
        );
    }
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
  return cut(text, MESSAGE_CHARS);
}

/** The text's first `chars` characters, indented under its test. */
function cut(text: string, chars: number): string {
  return (text.length > chars ? `${text.slice(0, chars)}…` : text).replace(/\n/g, '\n  ');
}
