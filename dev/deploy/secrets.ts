/** Secrets the Worker refuses to start without (workers/env.ts), with how to make a value. */
export const REQUIRED_SECRETS: Readonly<Record<string, string>> = {
  DATABASE_URL: "Neon's connection string: postgres://…neon.tech/neondb?sslmode=require",
  JWT_SECRET: 'openssl rand -hex 32',
  DATA_ENCRYPTION_KEY: 'openssl rand -hex 32 (exactly 64 hex characters)',
};

/** Optional features, each on only when all of its secrets are set. */
export const OPTIONAL_SECRET_GROUPS: readonly { feature: string; secrets: readonly string[] }[] = [
  { feature: 'PayPal payouts', secrets: ['PAYPAL_CLIENT_ID', 'PAYPAL_CLIENT_SECRET', 'PAYPAL_WEBHOOK_ID'] },
  { feature: 'sending email (with the EMAIL_API_BASE_URL var)', secrets: ['EMAIL_API_KEY'] },
];

export interface SecretsReport {
  /** One line each: the command that sets it, and how to make its value. */
  missing: string[];
  notes: string[];
}

const putCommand = (name: string) => `npx wrangler secret put ${name}`;

/** Pure: what to tell the operator, given the names `wrangler secret list` returned. */
export function checkSecrets(set: readonly string[]): SecretsReport {
  const have = new Set(set);
  const missing = Object.entries(REQUIRED_SECRETS)
    .filter(([name]) => !have.has(name))
    .map(([name, how]) => `${putCommand(name).padEnd(45)} # ${how}`);
  const notes = OPTIONAL_SECRET_GROUPS.flatMap(({ feature, secrets }) => {
    const absent = secrets.filter((s) => !have.has(s));
    if (absent.length === 0) return [`${feature}: on`];
    if (absent.length === secrets.length) return [`${feature}: off (set ${secrets.join(', ')} to turn it on)`];
    return [`${feature}: off until the rest is set: ${absent.map(putCommand).join('; ')}`];
  });
  return { missing, notes };
}
