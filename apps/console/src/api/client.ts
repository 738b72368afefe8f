import type {
  ApiErrorBody,
  AuthSessionSummary,
  ConsoleSession,
  CreatedLoginTicket,
  LoginTicket,
  TotpEnrollment,
  TotpRecoveryCodes,
  CreatedStaffInvitation,
  CreateStaffInvitationRequest,
  EmployerProfile,
  EmployerStatus,
  EmployerStatusChangeRequest,
  FieldError,
  ListResponse,
  Posting,
  PostingStatus,
  StaffInvitation,
  StaffMember,
  UserSummary,
} from '@lingong/shared';

/** An answer of the API that is not 2xx, with its code and Chinese sentence (or a network failure). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }

  /** The sentence the API gave for one field, to show beside it. */
  fieldMessage(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message;
  }
}

export type Query = Record<string, string | number | undefined>;

export interface HttpOptions {
  /** The API's origin; empty: the page's own (the API serves the console). */
  baseUrl?: string;
  token: () => string | undefined;
  /** A 401: the session ended (idle, expired, revoked); the app goes back to the login with the sentence. */
  onUnauthorized?: (error: ApiError) => void;
  fetch?: typeof fetch;
}

export interface Http {
  request<T>(method: string, path: string, options?: { query?: Query; body?: unknown }): Promise<T>;
}

export function createHttp(options: HttpOptions): Http {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    async request<T>(method: string, path: string, { query, body }: { query?: Query; body?: unknown } = {}): Promise<T> {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') params.set(key, String(value));
      const url = `${options.baseUrl ?? ''}${path}${params.size ? `?${params}` : ''}`;
      const headers: Record<string, string> = {};
      const token = options.token();
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      let res: Response;
      try {
        res = await doFetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      } catch {
        throw new ApiError(0, 'NETWORK', '连不上服务器，请检查网络后重试。');
      }
      const text = await res.text();
      const data = text ? JSON.parse(text) : undefined;
      if (!res.ok) {
        const error = data as Partial<ApiErrorBody> | undefined;
        const failure = new ApiError(res.status, error?.code ?? 'COMMON.UNKNOWN', error?.message ?? '服务器出了问题，请稍后重试。', error?.errors ?? []);
        if (res.status === 401) options.onUnauthorized?.(failure);
        throw failure;
      }
      return data as T;
    },
  };
}

export interface EmployerListQuery {
  status?: EmployerStatus;
  countyCode?: string;
  q?: string;
  cursor?: string;
}
export interface StaffPostingListQuery {
  status?: PostingStatus;
  countyCode?: string;
  cursor?: string;
}

/** Every call the console makes, typed by the contracts of @lingong/shared. */
export function consoleApi(http: Http) {
  const get = <T>(path: string, query?: Query) => http.request<T>('GET', path, { query });
  const post = <T>(path: string, body: unknown = {}) => http.request<T>('POST', path, { body });
  return {
    me: () => get<UserSummary>('/api/auth/me'),
    console: {
      createTicket: () => post<CreatedLoginTicket>('/api/console/login-tickets'),
      ticketStatus: (id: string) => get<LoginTicket>(`/api/console/login-tickets/${id}`),
      openSession: (id: string, totp: string) => post<ConsoleSession>(`/api/console/login-tickets/${id}/session`, { totp }),
      enrollTotp: () => post<TotpEnrollment>('/api/auth/totp/enroll'),
      confirmTotp: (code: string) => post<TotpRecoveryCodes>('/api/auth/totp/confirm', { code }),
      /** Ends the session this console is using (logout), server-side. */
      logout: async () => {
        const current = (await get<AuthSessionSummary[]>('/api/auth/sessions')).find((s) => s.current);
        if (current) await http.request<void>('DELETE', `/api/auth/sessions/${current.id}`);
      },
    },
    employers: {
      list: (query: EmployerListQuery) => get<ListResponse<EmployerProfile>>('/api/employers', { ...query }),
      verify: (id: number, body: EmployerStatusChangeRequest) => post<EmployerProfile>(`/api/employers/${id}/verify`, body),
      suspend: (id: number, body: Required<EmployerStatusChangeRequest>) => post<EmployerProfile>(`/api/employers/${id}/suspend`, body),
      reinstate: (id: number, body: Required<EmployerStatusChangeRequest>) => post<EmployerProfile>(`/api/employers/${id}/reinstate`, body),
    },
    postings: {
      list: (query: StaffPostingListQuery) => get<ListResponse<Posting>>('/api/postings', { ...query }),
      approve: (id: number) => post<Posting>(`/api/postings/${id}/approve`),
      reject: (id: number, reason: string) => post<Posting>(`/api/postings/${id}/reject`, { reason }),
    },
    staff: {
      list: (query: { countyCode?: string; cursor?: string }) => get<ListResponse<StaffMember>>('/api/staff', { ...query }),
      remove: (userId: number) => http.request<void>('DELETE', `/api/staff/${userId}`),
      invitations: (query: { cursor?: string }) => get<ListResponse<StaffInvitation>>('/api/staff/invitations', { ...query }),
      invite: (body: CreateStaffInvitationRequest) => post<CreatedStaffInvitation>('/api/staff/invitations', body),
      revokeInvitation: (id: number) => http.request<void>('DELETE', `/api/staff/invitations/${id}`),
    },
  };
}

export type ConsoleApi = ReturnType<typeof consoleApi>;
