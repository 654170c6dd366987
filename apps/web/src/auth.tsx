import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import {
  api,
  ApiError,
  changePassword as sendPasswordChange,
  type SessionUser,
  sessionUser,
  signIn,
  signOut,
  tokens,
  whenSignedOut,
} from './api';
import { deviceSignedIn, deviceSignedOut, deviceWithoutSession } from './offline/device-session';

interface Auth {
  user: SessionUser | null;
  /** True until the stored session has been checked. */
  checking: boolean;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
  /** The user's own new password; the session goes on with new tokens, without a temporary password's limits. */
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [checking, setChecking] = useState(() => tokens.get() !== null);

  useEffect(() => {
    // A session that could not be renewed: the sign-in page. The outbox stays for the same user's next sign-in.
    whenSignedOut(() => setUser(null));
    if (!tokens.get()) {
      void deviceWithoutSession();
      return;
    }
    const signedIn = (u: SessionUser) => {
      sessionUser.set(u);
      setUser(u);
      if (!u.mustChangePassword) void deviceSignedIn(u);
    };
    api<SessionUser>('GET', '/auth/me')
      .then(signedIn)
      .catch((error: unknown) => {
        // Reloaded without a connection: the session stands until the API can say otherwise.
        const kept = sessionUser.get();
        if (error instanceof ApiError && error.offline && kept) signedIn(kept);
        else tokens.set(null);
      })
      .finally(() => setChecking(false));
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const u = await signIn(email, password);
    // The device's copy and outbox wait for the person's own password: until then the API refuses their reads.
    if (!u.mustChangePassword) await deviceSignedIn(u).catch(() => undefined);
    setUser(u);
  }, []);
  const logout = useCallback(async () => {
    await signOut();
    await deviceSignedOut();
    setUser(null);
  }, []);
  const changePassword = useCallback(async (currentPassword: string, newPassword: string) => {
    const u = await sendPasswordChange(currentPassword, newPassword);
    await deviceSignedIn(u).catch(() => undefined);
    setUser(u);
  }, []);
  return (
    <AuthContext.Provider value={{ user, checking, login, logout, changePassword }}>{children}</AuthContext.Provider>
  );
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in user (pages under the layout are only rendered with one). */
export function useUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('no user');
  return user;
}
