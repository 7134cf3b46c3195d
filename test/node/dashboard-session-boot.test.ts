import { describe, expect, it } from 'vitest';
import { bootContext } from '../../dashboard/src/lib/session/boot-context';

const ACME = '01900000-0000-7000-8000-000000000a0e';

describe('the session boot reads the page’s context from its path', () => {
  it.each([
    [`/orgs/${ACME}`, { kind: 'organization', orgId: ACME }],
    [`/orgs/${ACME}/stats`, { kind: 'organization', orgId: ACME }],
    [`/affiliate/${ACME}/links`, { kind: 'affiliate', orgId: ACME }],
    [`/affiliate/${ACME}`, { kind: 'affiliate', orgId: ACME }],
    // Pages without one advertiser or organization: the boot answers without a context.
    ['/affiliate', { kind: 'none' }],
    ['/affiliate/marketplace', { kind: 'none' }],
    ['/orgs', { kind: 'none' }],
    ['/orgs/new', { kind: 'none' }],
    ['/platform/users', { kind: 'none' }],
    ['/account/security', { kind: 'none' }],
    [`/orgs/${ACME}x`, { kind: 'none' }],
  ])('%s', (path, context) => {
    expect(bootContext(path)).toEqual(context);
  });
});
