import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import type { UserSummary } from '@lingong/shared';
import { ApiError, type ConsoleApi } from '../src/api/client';
import { ConsoleContextValue } from '../src/session';

export const operator: UserSummary = { id: 7, roles: ['operator'], countyCode: '371702' };

/** A console API whose calls are jest mocks; a test gives the answers it needs. */
export function stubApi(): ConsoleApi & Record<string, unknown> {
  const refuse = () => jest.fn().mockRejectedValue(new Error('not expected in this test'));
  return {
    me: refuse(),
    console: { createTicket: refuse(), ticketStatus: refuse(), openSession: refuse() },
    employers: { list: refuse(), verify: refuse(), suspend: refuse(), reinstate: refuse() },
    postings: { list: refuse(), approve: refuse(), reject: refuse() },
    staff: { list: refuse(), remove: refuse(), invitations: refuse(), invite: refuse(), revokeInvitation: refuse() },
  } as unknown as ConsoleApi & Record<string, unknown>;
}

export function renderSignedIn(ui: ReactElement, api: ConsoleApi, me: UserSummary = operator, route = '/') {
  return render(
    <MemoryRouter initialEntries={[route]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <ConsoleContextValue.Provider value={{ api, me }}>{ui}</ConsoleContextValue.Provider>
    </MemoryRouter>,
  );
}

export function apiError(status: number, code: string, message: string, field?: string): ApiError {
  return new ApiError(status, code, message, field ? [{ field, message }] : []);
}
