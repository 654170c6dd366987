import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api, type SessionUser, signIn, signOut, tokens, whenSignedOut } from './api';

interface Auth {
  user: SessionUser | null;
  /** True until the stored session has been checked. */
  checking: boolean;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [checking, setChecking] = useState(() => tokens.get() !== null);

  useEffect(() => {
    whenSignedOut(() => setUser(null));
    if (!tokens.get()) return;
    api<SessionUser>('GET', '/auth/me')
      .then(setUser)
      .catch(() => tokens.set(null))
      .finally(() => setChecking(false));
  }, []);

  const login = useCallback(async (email: string, password: string) => setUser(await signIn(email, password)), []);
  const logout = useCallback(async () => {
    await signOut();
    setUser(null);
  }, []);
  return <AuthContext.Provider value={{ user, checking, login, logout }}>{children}</AuthContext.Provider>;
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
