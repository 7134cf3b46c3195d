/** A person the local provider can sign in as. */
export interface DemoIdentity {
  /** Google's `sub`; GitHub's numeric id is `githubId`. */
  sub: string;
  githubId: number;
  login: string;
  name: string;
  email: string;
  emailVerified: boolean;
}

/** The demo people of the consent page (docs/accounts.md lists them). */
export const DEMO_IDENTITIES: Record<string, DemoIdentity> = {
  ada: {
    sub: 'local-ada',
    githubId: 1001,
    login: 'ada',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    emailVerified: true,
  },
  grace: {
    sub: 'local-grace',
    githubId: 1002,
    login: 'grace',
    name: 'Grace Hopper',
    email: 'grace@example.com',
    emailVerified: true,
  },
  // Its email is not verified: it never joins an existing account.
  uma: {
    sub: 'local-uma',
    githubId: 1003,
    login: 'uma',
    name: 'Uma Unverified',
    email: 'uma@example.com',
    emailVerified: false,
  },
};

/** A test person's GitHub id follows from its `sub`, so the same person comes back with the same id. */
const githubIdOf = (sub: string) =>
  500_000 + (Array.from(sub).reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % 1e9);

/**
 * Who the authorize request signs in: `identity=<demo name>`, or (tests) a person of its own with
 * `sub`, `email`, `email_verified` and `name`. Null: show the consent page.
 */
export function chosenIdentity(q: URLSearchParams): DemoIdentity | null {
  const demo = q.get('identity');
  if (demo) return DEMO_IDENTITIES[demo] ?? null;
  const sub = q.get('sub');
  const email = q.get('email');
  if (!sub || !email) return null;
  const githubId = Number(q.get('github_id') ?? githubIdOf(sub));
  return {
    sub,
    githubId,
    login: sub,
    name: q.get('name') ?? sub,
    email,
    emailVerified: q.get('email_verified') !== 'false',
  };
}
