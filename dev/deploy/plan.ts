import type { DeployConfig } from './config';

/** What the Cloudflare account has now, as wrangler lists it. */
export interface ExistingResources {
  queues: string[];
  kvNamespaces: { id: string; title: string }[];
}

export type SetupAction =
  | { kind: 'create-queue'; name: string }
  /** Create the namespace, then write its id into wrangler.toml. */
  | { kind: 'create-kv'; binding: string; title: string }
  /** A namespace with our title exists (an earlier run, or made by hand): write its id. */
  | { kind: 'record-kv-id'; binding: string; title: string; id: string };

export interface SetupPlan {
  actions: SetupAction[];
  /** Resources already in place, for the report. */
  present: string[];
  /** Contradictions to fix by hand; nothing is created while there are any. */
  problems: string[];
}

/** The title deploy:setup gives a KV namespace: titles are account-wide, so the Worker's name leads. */
export const kvTitle = (workerName: string, binding: string): string => `${workerName}-${binding}`;

/** Pure: what to create given the config and what exists. Running it again after the actions plans nothing. */
export function planSetup(config: DeployConfig, existing: ExistingResources): SetupPlan {
  const plan: SetupPlan = { actions: [], present: [], problems: [] };
  const queues = new Set(existing.queues);
  for (const name of config.queues) {
    if (queues.has(name)) plan.present.push(`queue ${name}`);
    else plan.actions.push({ kind: 'create-queue', name });
  }
  const byId = new Map(existing.kvNamespaces.map((ns) => [ns.id, ns]));
  const byTitle = new Map(existing.kvNamespaces.map((ns) => [ns.title, ns]));
  for (const { binding, id } of config.kvNamespaces) {
    const title = kvTitle(config.workerName, binding);
    if (id !== null) {
      const found = byId.get(id);
      if (found) plan.present.push(`KV ${binding} (${found.title}, ${id})`);
      else
        plan.problems.push(
          `KV ${binding}: wrangler.toml has id ${id}, which this account does not have. Fix the id, or set it to ` +
            `"00000000000000000000000000000000" to have deploy:setup create or find "${title}".`,
        );
      continue;
    }
    const found = byTitle.get(title);
    if (found) plan.actions.push({ kind: 'record-kv-id', binding, title, id: found.id });
    else plan.actions.push({ kind: 'create-kv', binding, title });
  }
  return plan;
}

export function describeAction(action: SetupAction): string {
  switch (action.kind) {
    case 'create-queue':
      return `create queue ${action.name}`;
    case 'create-kv':
      return `create KV namespace "${action.title}" and write its id for ${action.binding}`;
    case 'record-kv-id':
      return `write the id ${action.id} of the existing KV namespace "${action.title}" for ${action.binding}`;
  }
}
