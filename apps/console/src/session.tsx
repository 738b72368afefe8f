import { createContext, useContext } from 'react';
import type { UserSummary } from '@lingong/shared';
import type { ConsoleApi } from './api/client';

const TOKEN_KEY = 'lingong.console.token';
const ENROLLING_KEY = 'lingong.console.enrolling';

/** The console's token lives for the tab only; the server decides when it ends (idle, absolute, revoked). */
export const tokenStore = {
  get: (): string | undefined => sessionStorage.getItem(TOKEN_KEY) ?? undefined,
  /** `enrolling`: the session may only bind an authenticator (first login) until it is confirmed. */
  set: (token: string, enrolling = false) => {
    sessionStorage.setItem(TOKEN_KEY, token);
    if (enrolling) sessionStorage.setItem(ENROLLING_KEY, '1');
    else sessionStorage.removeItem(ENROLLING_KEY);
  },
  enrolling: (): boolean => sessionStorage.getItem(ENROLLING_KEY) === '1',
  clear: () => {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(ENROLLING_KEY);
  },
};

export interface ConsoleContext {
  api: ConsoleApi;
  me: UserSummary;
}

export const ConsoleContextValue = createContext<ConsoleContext | undefined>(undefined);

export function useConsole(): ConsoleContext {
  const value = useContext(ConsoleContextValue);
  if (!value) throw new Error('useConsole outside the signed-in console');
  return value;
}
