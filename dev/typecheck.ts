// `npm run typecheck`: the type check of every TypeScript project (the Worker with its tests and tools, the
// dashboard, the SDK), one after another; extra arguments go to each (`npm test` passes --singleThreaded).
//
// tsgo is TypeScript's native compiler (TypeScript 7, @typescript/native-preview): the same checker ported to
// Go, with the same diagnostics on this code, for about a third of tsc's CPU (tsc took ~120 CPU-seconds of
// every `npm test`, tsgo ~40 single-threaded). The SDK's published build still compiles with tsc.
import { spawnSync } from 'node:child_process';

const PROJECTS = ['tsconfig.json', 'dashboard/tsconfig.json', 'sdk/typescript/tsconfig.json'];
const extra = process.argv.slice(2);

for (const project of PROJECTS) {
  const { status } = spawnSync('tsgo', ['--noEmit', '-p', project, ...extra], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
