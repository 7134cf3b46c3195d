import { exportJWK, generateKeyPair, type JWK } from 'jose';
import type { DemoIdentity } from './identities';

export interface OidcClient {
  clientId: string;
  clientSecret: string;
}

export interface OidcServerOptions {
  port?: number;
  google: OidcClient;
  github: OidcClient;
}

/** Tests: what the token endpoint should get wrong in the ID token of one code (`fault=` at authorize). */
export const ID_TOKEN_FAULTS = [
  'expired',
  'wrong_audience',
  'wrong_issuer',
  'bad_nonce',
  'forged',
  // Several audiences: without `azp`, with `azp` naming another party, or (valid) with `azp` naming the client.
  'extra_audience',
  'extra_audience_other_azp',
  'extra_audience_azp',
  // Issued a year ahead of now.
  'future_iat',
] as const;
export type IdTokenFault = (typeof ID_TOKEN_FAULTS)[number];

export interface IssuedCode {
  provider: 'google' | 'github';
  who: DemoIdentity;
  clientId: string;
  redirectUri: string;
  codeChallenge: string | null;
  nonce: string | null;
  fault: IdTokenFault | null;
}

export interface ServerState {
  codes: Map<string, IssuedCode>;
  accessTokens: Map<string, DemoIdentity>;
  /** The RS256 key the ID tokens are signed with, made at start; `forged` signs with `otherKey`. */
  key: CryptoKey;
  otherKey: CryptoKey;
  publicJwk: JWK;
}

export async function newState(): Promise<ServerState> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'local-1', alg: 'RS256', use: 'sig' };
  return {
    codes: new Map(),
    accessTokens: new Map(),
    key: privateKey as CryptoKey,
    otherKey: other.privateKey as CryptoKey,
    publicJwk,
  };
}
