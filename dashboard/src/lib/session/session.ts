import { getAccessToken, setAccessToken } from './access-token';
import { resumeSession } from './refresh-session';

type Listener = () => void;

const lostListeners = new Set<Listener>();
let restored: Promise<boolean> | null = null;

/** The signed-in state the router context carries; the token itself stays in access-token.ts. */
export const session = {
  /** Once per page load (each tab): tries the refresh cookie so a reload keeps the user signed in. */
  restore(): Promise<boolean> {
    restored ??= getAccessToken() ? Promise.resolve(true) : resumeSession();
    return restored;
  },
  isSignedIn(): boolean {
    return getAccessToken() !== null;
  },
  signIn(accessToken: string): void {
    setAccessToken(accessToken);
    restored = Promise.resolve(true);
  },
  signOut(): void {
    setAccessToken(null);
    restored = Promise.resolve(false);
  },
  /** Called when a request got 401 and the silent refresh failed too: the session ended elsewhere. */
  markLost(): void {
    session.signOut();
    for (const listener of lostListeners) listener();
  },
  onLost(listener: Listener): () => void {
    lostListeners.add(listener);
    return () => lostListeners.delete(listener);
  },
};

export type Session = typeof session;
