import type { ErrorCode } from '@lingong/shared';

/** At least one Chinese character: every message a user may see is in Chinese. */
export const CJK = /[\u4e00-\u9fff]/;

interface ErrorAnswer {
  status: number;
  headers: Record<string, string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/**
 * The one error shape, asserted the same way by every suite: the status and the stable `DOMAIN.REASON`
 * code, a Chinese sentence, and the request id (also sent as the `x-request-id` header) in a JSON body.
 * `exact` also checks that the body holds nothing else (`errors` aside, on validation failures).
 */
export function expectError(res: ErrorAnswer, status: number, code: ErrorCode, options: { exact?: boolean } = {}): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.body.message).toMatch(CJK);
  expect(res.body.requestId).toEqual(expect.any(String));
  expect(res.body.requestId.length).toBeGreaterThan(0);
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
  if (options.exact) {
    expect(res.body).toEqual({
      code,
      message: expect.stringMatching(CJK),
      ...(res.body.errors ? { errors: expect.any(Array) } : {}),
      requestId: res.headers['x-request-id'],
    });
  }
}
