import Taro from '@tarojs/taro'
import type {
  ApiErrorBody,
  Application,
  CandidateItem,
  CheckinRequest,
  Claim,
  ClaimDecisionRequest,
  ClaimStatus,
  CreateClaimRequest,
  CreatePostingRequest,
  CheckinResponse,
  ComplaintDetail,
  ComplaintStatus,
  ComplaintSummary,
  ComplaintTransitionRequest,
  CreatedStaffInvitation,
  CreateStaffInvitationRequest,
  StaffInvitation,
  CreateComplaintRequest,
  CreateEnrollmentRequest,
  Enrollment,
  EnrollmentDetail,
  Hire,
  InsuranceProduct,
  CountyItem,
  FeedItem,
  Posting,
  PostingReportReason,
  Settlement,
  DevLoginRequest,
  EmployerProfile,
  EmployerStatus,
  LoginTicket,
  FieldError,
  ListResponse,
  LoginResponse,
  Market,
  MarketCheckin,
  MarketCheckinStats,
  PII_CONSENT_TEXT,
  Rating,
  RatingRequest,
  Reputation,
  ReportSubscriptionsRequest,
  StaffMember,
  SubscribeTemplatesResponse,
  SubscriptionCredit,
  TradeItem,
  UpsertEmployerRequest,
  UpsertWorkerRequest,
  UserSummary,
  WorkerProfile,
} from '@lingong/shared'

/** `TARO_APP_API` at build time; in the browser the API that serves the H5 build, at the same origin. */
export const API_BASE = (process.env.TARO_APP_API || (process.env.TARO_ENV === 'h5' ? '/api' : 'http://localhost:3000/api')).replace(/\/+$/, '')

const TOKEN_KEY = 'lingong.token'
const USER_KEY = 'lingong.user'
const NETWORK_MESSAGE = '网络连接失败，请检查网络后点“重试”。'
/** A hanging request gives up well before WeChat's and the browser's 60 s, so the page can offer 重试. */
export const REQUEST_TIMEOUT_MS = 15000
const TIMEOUT_MESSAGE = `网络太慢，等了${REQUEST_TIMEOUT_MS / 1000}秒还没有回音，请点“重试”。`
const UNEXPECTED_MESSAGE = '系统出了点问题，请稍后再试。'
const FILE_UNAVAILABLE_MESSAGE = '文件打不开，请稍后再试。'

/** An answer that is not 2xx. `message` is the sentence the API sent, ready to show as it is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
    /** What the API answered beside the code and message (e.g. a check-in's `resumeToken`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** The sentence for one field, when the API named it. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message
  }
}

/** Every error as one sentence a worker can act on: the API's own where there is one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return error.errors.length ? `${error.message}${error.errors.map((e) => e.message).join('；')}` : error.message
  }
  return UNEXPECTED_MESSAGE
}

export type ConsentText = typeof PII_CONSENT_TEXT
export type ExportedData = Record<string, unknown>

export interface Session {
  token: string
  user: UserSummary
}

export function loadSession(): Session | undefined {
  const token = Taro.getStorageSync(TOKEN_KEY) as string
  const user = Taro.getStorageSync(USER_KEY) as UserSummary | ''
  return token && user ? { token, user } : undefined
}

/** The current token, for links that carry it themselves (the gate screen's `#token=`). */
export function sessionToken(): string | undefined {
  return (Taro.getStorageSync(TOKEN_KEY) as string) || undefined
}

function saveSession(login: LoginResponse): Session {
  Taro.setStorageSync(TOKEN_KEY, login.accessToken)
  Taro.setStorageSync(USER_KEY, login.user)
  return { token: login.accessToken, user: login.user }
}

/** Keeps the account as the API answered it now (roles granted or taken away), beside the same token. */
function saveUser(user: UserSummary): Session {
  Taro.setStorageSync(USER_KEY, user)
  return { token: Taro.getStorageSync(TOKEN_KEY) as string, user }
}

export function clearSession(): void {
  Taro.removeStorageSync(TOKEN_KEY)
  Taro.removeStorageSync(USER_KEY)
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'
type Query = Record<string, string | number | undefined>

function withQuery(path: string, query?: Query): string {
  const pairs = Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== '')
  if (!pairs.length) return path
  return `${path}?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')}`
}

function authHeader(): Record<string, string> {
  const token = Taro.getStorageSync(TOKEN_KEY) as string
  return token ? { authorization: `Bearer ${token}` } : {}
}

async function request<T>(method: Method, path: string, options: { body?: unknown; query?: Query } = {}): Promise<T> {
  const header: Record<string, string> = { accept: 'application/json', ...authHeader() }
  if (options.body !== undefined) header['content-type'] = 'application/json'
  let response: Taro.request.SuccessCallbackResult<string | TaroGeneral.IAnyObject>
  try {
    response = await Taro.request({
      url: API_BASE + withQuery(path, options.query),
      method,
      header,
      data: options.body as never,
      dataType: 'json',
      timeout: REQUEST_TIMEOUT_MS,
    })
  } catch (e) {
    const timedOut = /timeout|超时/i.test(String((e as { errMsg?: string } | undefined)?.errMsg ?? e))
    throw new ApiError(0, timedOut ? 'TIMEOUT' : 'NETWORK', timedOut ? TIMEOUT_MESSAGE : NETWORK_MESSAGE)
  }
  return answer<T>(response.statusCode, response.data)
}

/** The body of a 2xx answer, or the API's error as an ApiError (the same for requests and uploads). */
function answer<T>(statusCode: number, data: unknown): T {
  const body = typeof data === 'string' && data ? safeJson(data) : data
  if (statusCode >= 200 && statusCode < 300) return body as T
  const error = body as (Partial<ApiErrorBody> & Record<string, unknown>) | undefined
  if (statusCode === 401) clearSession()
  const { code, message, errors, requestId: _requestId, ...details } = error ?? {}
  throw new ApiError(statusCode, code ?? 'HTTP', message ?? UNEXPECTED_MESSAGE, errors ?? [], details)
}

/** A file picked on the phone: a temp path on WeChat, a blob: URL in the browser (with the file's own name there). */
export interface LocalFile {
  path: string
  name?: string
}

/**
 * Sends one file as multipart/form-data with text fields beside it. Taro.uploadFile (wx.uploadFile)
 * carries exactly one file per request, so a form with several photos is several calls: see
 * services/photos.ts for how they are sequenced.
 */
async function upload<T>(path: string, file: LocalFile, fields: Record<string, string> = {}): Promise<T> {
  let response: { statusCode: number; data: unknown }
  try {
    // No cookies (the token is the header), like Taro.request: a cross-origin API need not allow credentials.
    response = await Taro.uploadFile({
      url: API_BASE + path,
      filePath: file.path,
      name: 'file',
      header: { accept: 'application/json', ...authHeader() },
      formData: fields,
      withCredentials: false,
      ...(file.name ? { fileName: file.name } : {}),
    })
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE)
  }
  return answer<T>(response.statusCode, response.data)
}

/**
 * A file only its owner and staff may see (evidence, accident photos), fetched with the token: an
 * <Image> cannot send headers. Answers a local path an <Image> shows and previewImage opens: a temp
 * file on WeChat, a blob: URL in the browser.
 */
async function download(path: string): Promise<string> {
  let response: { statusCode: number; tempFilePath: string }
  try {
    response = await Taro.downloadFile({ url: API_BASE + path, header: authHeader(), withCredentials: false })
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE)
  }
  if (response.statusCode >= 200 && response.statusCode < 300) return response.tempFilePath
  if (response.statusCode === 401) clearSession()
  throw new ApiError(response.statusCode, 'HTTP', FILE_UNAVAILABLE_MESSAGE)
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export const api = {
  /** WeChat: the one-time code from Taro.login, exchanged for our own token. */
  async wechatLogin(): Promise<Session> {
    const { code } = await Taro.login()
    return saveSession(await request<LoginResponse>('POST', '/auth/wechat-login', { body: { code } }))
  },
  /** Demo and tests only: the API answers 404 unless its dev login is switched on. */
  async devLogin(input: DevLoginRequest): Promise<Session> {
    return saveSession(await request<LoginResponse>('POST', '/auth/dev-login', { body: input }))
  },
  bindPhone: (code: string) => request<{ phone: string }>('POST', '/auth/phone', { body: { code } }),

  markets: (query: { lat?: number; lng?: number; radiusKm?: number; countyCode?: string; limit?: number } = {}) =>
    request<ListResponse<Market>>('GET', '/markets', { query }),
  market: (id: number) => request<Market>('GET', `/markets/${id}`),

  trades: () => request<ListResponse<TradeItem>>('GET', '/trades'),
  counties: () => request<ListResponse<CountyItem>>('GET', '/counties'),
  piiConsent: () => request<ConsentText>('GET', '/consents/pii'),

  myWorker: () => request<WorkerProfile>('GET', '/workers/me'),
  saveWorker: (input: UpsertWorkerRequest) => request<WorkerProfile>('PUT', '/workers/me', { body: input }),
  exportWorker: () => request<ExportedData>('GET', '/workers/me/export'),
  deleteWorker: () => request<unknown>('DELETE', '/workers/me'),

  feed: (query: { lat: number; lng: number; radiusKm?: number; trade?: string; settlement?: Settlement; cursor?: string }) =>
    request<ListResponse<FeedItem>>('GET', '/postings/feed', { query }),
  posting: (id: number) => request<Posting>('GET', `/postings/${id}`),
  apply: (postingId: number) => request<Application>('POST', `/postings/${postingId}/applications`),
  reportPosting: (postingId: number, input: { reason: PostingReportReason; detail?: string }) =>
    request<unknown>('POST', `/postings/${postingId}/reports`, { body: input }),
  employerReputation: (employerId: number) => request<Reputation>('GET', `/employers/${employerId}/reputation`),
  myApplications: (cursor?: string) => request<ListResponse<Application>>('GET', '/workers/me/applications', { query: { cursor } }),

  acceptInvitation: (id: number) => request<Hire>('POST', `/invitations/${id}/accept`),
  declineInvitation: (id: number) => request<Application>('POST', `/invitations/${id}/decline`),

  hires: (cursor?: string) => request<ListResponse<Hire>>('GET', '/hires', { query: { as: 'worker', cursor } }),
  employerHires: (cursor?: string) => request<ListResponse<Hire>>('GET', '/hires', { query: { as: 'employer', cursor } }),
  hire: (id: number) => request<Hire>('GET', `/hires/${id}`),
  confirmAgreement: (id: number) => request<Hire>('POST', `/hires/${id}/agreement/confirm`),
  reportPayment: (id: number, paid: boolean) => request<Hire>('POST', `/hires/${id}/payment`, { body: { paid } }),
  completeHire: (id: number) => request<Hire>('POST', `/hires/${id}/complete`),
  rateHire: (id: number, input: RatingRequest) => request<Rating>('POST', `/hires/${id}/rating`, { body: input }),

  complaints: () => request<ListResponse<ComplaintSummary>>('GET', '/complaints'),
  complaint: (id: number) => request<ComplaintDetail>('GET', `/complaints/${id}`),
  fileComplaint: (input: CreateComplaintRequest) => request<ComplaintDetail>('POST', '/complaints', { body: input }),
  /** The complaint and its first photo in one request: both are kept, or neither. */
  fileComplaintWithPhoto: (input: CreateComplaintRequest, photo: LocalFile) =>
    upload<ComplaintDetail>('/complaints/with-evidence', photo, { complaint: JSON.stringify(input) }),
  addComplaintEvidence: (id: number, photo: LocalFile) => upload<ComplaintDetail>(`/complaints/${id}/evidence`, photo),
  complaintEvidenceFile: (id: number, evidenceId: number) => download(`/complaints/${id}/evidence/${evidenceId}`),
  addComplaintMaterial: (id: number, text: string) => request<ComplaintDetail>('POST', `/complaints/${id}/material`, { body: { text } }),
  withdrawComplaint: (id: number) => request<ComplaintDetail>('POST', `/complaints/${id}/withdraw`, { body: {} }),

  insuranceProducts: () => request<ListResponse<InsuranceProduct>>('GET', '/insurance/products'),
  enroll: (input: CreateEnrollmentRequest) => request<Enrollment>('POST', '/insurance/enrollments', { body: input }),
  enrollments: () => request<ListResponse<Enrollment>>('GET', '/insurance/enrollments', { query: { limit: 50 } }),
  enrollment: (id: number) => request<EnrollmentDetail>('GET', `/insurance/enrollments/${id}`),
  reportClaim: (input: CreateClaimRequest) => request<Claim>('POST', '/insurance/claims', { body: input }),
  /** The accident report and its first photo in one request: both are kept, or neither. */
  reportClaimWithPhoto: (input: CreateClaimRequest, photo: LocalFile) =>
    upload<Claim>('/insurance/claims/with-photos', photo, { claim: JSON.stringify(input) }),
  addClaimPhoto: (id: number, photo: LocalFile) => upload<Claim>(`/insurance/claims/${id}/photos`, photo),
  claims: () => request<ListResponse<Claim>>('GET', '/insurance/claims', { query: { limit: 50 } }),
  claim: (id: number) => request<Claim>('GET', `/insurance/claims/${id}`),
  claimPhotoFile: (id: number, photoId: number) => download(`/insurance/claims/${id}/photos/${photoId}`),

  subscribeTemplates: () => request<SubscribeTemplatesResponse>('GET', '/notifications/templates'),
  reportSubscriptions: (input: ReportSubscriptionsRequest) =>
    request<{ credits: SubscriptionCredit[] }>('POST', '/notifications/subscriptions', { body: input }),

  checkIn: (input: CheckinRequest) => request<CheckinResponse>('POST', '/checkins', { body: input }),

  createPosting: (input: CreatePostingRequest) => request<Posting>('POST', '/postings', { body: input }),
  myPostings: (cursor?: string) => request<ListResponse<Posting>>('GET', '/employers/me/postings', { query: { cursor } }),
  candidates: (postingId: number) => request<ListResponse<CandidateItem>>('GET', `/postings/${postingId}/candidates`),
  invite: (postingId: number, workerId: number) => request<Application>('POST', `/postings/${postingId}/invitations`, { body: { workerId } }),
  postingApplications: (postingId: number) => request<ListResponse<Application>>('GET', `/postings/${postingId}/applications`),
  acceptApplication: (id: number) => request<Hire>('POST', `/applications/${id}/accept`),
  declineApplication: (id: number) => request<Application>('POST', `/applications/${id}/decline`),
  closePosting: (id: number) => request<Posting>('POST', `/postings/${id}/close`),

  // Staff (operator/admin): the county's queue, the review queue and the market's day.
  // `countyCode` narrows an admin's lists to one county; the API keeps an operator to their own whatever is sent.
  complaintQueue: (query: { status?: ComplaintStatus; overdue?: 'true'; countyCode?: string; cursor?: string } = {}) =>
    request<ListResponse<ComplaintSummary>>('GET', '/complaints', { query }),
  transitionComplaint: (id: number, input: ComplaintTransitionRequest) => request<ComplaintDetail>('POST', `/complaints/${id}/transitions`, { body: input }),
  noteComplaint: (id: number, input: { text: string; internal: boolean }) => request<unknown>('POST', `/complaints/${id}/notes`, { body: input }),
  assignComplaint: (id: number, operatorUserId: number) => request<ComplaintDetail>('POST', `/complaints/${id}/assign`, { body: { operatorUserId } }),
  suspendComplaintEmployer: (id: number, reason: string) => request<ComplaintDetail>('POST', `/complaints/${id}/suspend-employer`, { body: { reason } }),
  staff: (query: { countyCode?: string; cursor?: string } = {}) => request<ListResponse<StaffMember>>('GET', '/staff', { query }),
  employerForStaff: (id: number) => request<EmployerProfile>('GET', `/employers/${id}`),
  consoleLoginTicket: (id: string) => request<LoginTicket>('GET', `/console/login-tickets/${encodeURIComponent(id)}`),
  approveConsoleLogin: (id: string) => request<unknown>('POST', `/console/login-tickets/${encodeURIComponent(id)}/approve`),
  employersForStaff: (query: { status?: EmployerStatus; countyCode?: string; q?: string; cursor?: string } = {}) =>
    request<ListResponse<EmployerProfile>>('GET', '/employers', { query }),
  verifyEmployer: (id: number, reason?: string) => request<EmployerProfile>('POST', `/employers/${id}/verify`, { body: reason ? { reason } : {} }),
  suspendEmployer: (id: number, reason: string) => request<EmployerProfile>('POST', `/employers/${id}/suspend`, { body: { reason } }),
  reinstateEmployer: (id: number, reason: string) => request<EmployerProfile>('POST', `/employers/${id}/reinstate`, { body: { reason } }),
  pendingPostings: (query: { countyCode?: string; cursor?: string } = {}) =>
    request<ListResponse<Posting>>('GET', '/postings', { query: { status: 'pending_review', ...query } }),
  approvePosting: (id: number) => request<Posting>('POST', `/postings/${id}/approve`),
  rejectPosting: (id: number, reason: string) => request<Posting>('POST', `/postings/${id}/reject`, { body: { reason } }),
  // Accident reports for staff, newest first (`claim` and `claimPhotoFile` above serve staff too).
  claimQueue: (query: { status?: ClaimStatus; countyCode?: string; cursor?: string } = {}) =>
    request<ListResponse<Claim>>('GET', '/insurance/claims', { query: { ...query, limit: 50 } }),
  forwardClaim: (id: number, input: ClaimDecisionRequest) => request<Claim>('POST', `/insurance/claims/${id}/forward`, { body: input }),
  closeClaim: (id: number, input: ClaimDecisionRequest) => request<Claim>('POST', `/insurance/claims/${id}/close`, { body: input }),
  marketStats: (id: number) => request<MarketCheckinStats>('GET', `/markets/${id}/stats`),
  marketCheckins: (id: number) => request<ListResponse<MarketCheckin>>('GET', `/markets/${id}/checkins`, { query: { limit: 50 } }),

  // Staff access: anyone signed in redeems a code; the city's admin invites, revokes and removes.
  me: async () => saveUser(await request<UserSummary>('GET', '/auth/me')),
  redeemStaffInvitation: async (code: string) => saveUser(await request<UserSummary>('POST', '/staff/invitations/redeem', { body: { code } })),
  createStaffInvitation: (input: CreateStaffInvitationRequest) => request<CreatedStaffInvitation>('POST', '/staff/invitations', { body: input }),
  staffInvitations: (query: { countyCode?: string; cursor?: string } = {}) => request<ListResponse<StaffInvitation>>('GET', '/staff/invitations', { query }),
  revokeStaffInvitation: (id: number) => request<unknown>('DELETE', `/staff/invitations/${id}`),
  removeStaff: (userId: number) => request<unknown>('DELETE', `/staff/${userId}`),

  myEmployer: () => request<EmployerProfile>('GET', '/employers/me'),
  saveEmployer: (input: UpsertEmployerRequest) => request<EmployerProfile>('PUT', '/employers/me', { body: input }),
}

/** A fresh `idempotencyKey` (8-64 characters): made once per intended purchase, sent again on a retry. */
export function newIdempotencyKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
}

/** `undefined` for a 404 (not registered yet), the value otherwise; other errors are thrown. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined
    throw error
  }
}
