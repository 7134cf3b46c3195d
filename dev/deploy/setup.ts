import { readDeployConfig } from './config';
import { describeAction, planSetup, type SetupPlan } from './plan';
import { checkSecrets } from './secrets';
import { listExisting, listSecretNames, type WranglerRun } from './wrangler-cli';
import { writeKvIds } from './write-ids';

export interface SetupResult {
  /** wrangler.toml's text with every KV id written (the input when nothing changed). */
  toml: string;
  /** Problems in the config, or required secrets missing: not ready to deploy. */
  ok: boolean;
}

/**
 * One deploy:setup run against the account `run` reaches: plan, create what is missing, write the
 * KV ids, check the secrets. A dry run plans and checks only.
 */
export async function runSetup(opts: {
  toml: string;
  run: WranglerRun;
  dryRun: boolean;
  log: (line: string) => void;
}): Promise<SetupResult> {
  const { run, log } = opts;
  const config = readDeployConfig(opts.toml);
  log(`Checking the Cloudflare account for ${config.workerName}'s queues and KV namespaces…`);
  const plan = planSetup(config, await listExisting(run));
  for (const line of plan.present) log(`  ok       ${line}`);
  for (const action of plan.actions) log(`  to do    ${describeAction(action)}`);
  for (const line of config.notHandled) log(`  skipped  ${line}: not provisioned by this script`);
  for (const line of plan.problems) log(`  PROBLEM  ${line}`);
  if (plan.problems.length > 0) {
    log('Nothing was created: fix the problems above first.');
    return { toml: opts.toml, ok: false };
  }
  let toml = opts.toml;
  if (opts.dryRun) log(plan.actions.length ? 'Dry run: nothing was created.' : 'Nothing to create.');
  else {
    const ids = await apply(plan, run, log);
    if (Object.keys(ids).length > 0) {
      toml = writeKvIds(toml, ids);
      log(`wrangler.toml: KV ids written for ${Object.keys(ids).join(', ')}; commit them.`);
    }
  }
  const secretsOk = await reportSecrets(run, log, config.vars);
  if (secretsOk && !opts.dryRun) log('Ready: npm run deploy');
  return { toml, ok: secretsOk };
}

/** Runs the plan's creations; returns binding → id for every KV id to write. */
async function apply(plan: SetupPlan, run: WranglerRun, log: (line: string) => void): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const created: { binding: string; title: string }[] = [];
  for (const action of plan.actions) {
    log(`→ ${describeAction(action)}`);
    if (action.kind === 'create-queue') await run(['queues', 'create', action.name], { echo: true });
    if (action.kind === 'create-kv') {
      await run(['kv', 'namespace', 'create', action.title], { echo: true });
      created.push(action);
    }
    if (action.kind === 'record-kv-id') ids[action.binding] = action.id;
  }
  // The id comes from the account's list rather than from create's printed snippet, whose wording changes.
  if (created.length > 0) {
    const { kvNamespaces } = await listExisting(run);
    for (const { binding, title } of created) {
      const found = kvNamespaces.find((ns) => ns.title === title);
      if (!found) throw new Error(`created KV namespace "${title}" but cannot find it in the account's list`);
      ids[binding] = found.id;
    }
  }
  return ids;
}

async function reportSecrets(
  run: WranglerRun,
  log: (line: string) => void,
  vars: Readonly<Record<string, unknown>>,
): Promise<boolean> {
  let names: string[];
  try {
    names = await listSecretNames(run);
  } catch (err) {
    // Before the first deploy there is no Worker to list; `secret put` creates it.
    log(`Could not list the Worker's secrets (${(err as Error).message.split('\n')[0]}).`);
    names = [];
  }
  const { missing, notes } = checkSecrets(names, vars);
  if (missing.length > 0) log(`Required secrets not set:\n${missing.map((l) => `  ${l}`).join('\n')}`);
  else log('Required secrets: all set.');
  for (const note of notes) log(`  ${note}`);
  return missing.length === 0;
}
