import { createContext, useContext } from 'react';
import type { UserSummary } from '@lingong/shared';
import type { ConsoleApi } from './api/client';

const TOKEN_KEY = 'lingong.console.token';

/** The console's token lives for the tab only; the server decides when it ends (idle, absolute, revoked). */
export const tokenStore = {
  get: (): string | undefined => sessionStorage.getItem(TOKEN_KEY) ?? undefined,
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
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
