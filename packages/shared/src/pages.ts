/**
 * Mini-program pages that something outside the app opens by path: the gate code (a 小程序码's
 * `page`) and the subscribe messages (their `page`). The weapp build test checks each is built.
 */
export const MINIAPP_PAGES = {
  checkin: 'pages/checkin/index',
  /** The worker's applications and invitations (接受邀请 / 不去). */
  workerWork: 'worker/work/index',
  workerHire: 'worker/hire/index',
  employerPosting: 'employer/posting/index',
  employerHire: 'employer/hire/index',
  /** The employer's registration, with the review status and reason. */
  employerRegister: 'employer/register/index',
} as const;

export type MiniappPage = (typeof MINIAPP_PAGES)[keyof typeof MINIAPP_PAGES];

/** A page path with its query, as WeChat takes it (`worker/hire/index?id=12`). */
export function miniappPageWith(page: MiniappPage, query: Record<string, string | number>): string {
  const pairs = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return pairs.length ? `${page}?${pairs.join('&')}` : page;
}
