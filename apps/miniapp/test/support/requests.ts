// Scripted answers for the Taro test double's `request`, shared by the page and component tests.
import Taro from '@tarojs/taro'
import { ERRORS } from '@lingong/shared'

export type RequestOptions = { url: string; method: string; data?: unknown }
type Reply = { statusCode: number; data: unknown }

const request = (Taro as unknown as { request: jest.Mock }).request

/** Answers by `METHOD /path` (query left out); anything else fails the test. */
export function serveRoutes(routes: Record<string, (o: RequestOptions) => Reply>): void {
  request.mockImplementation(async (o: RequestOptions) => {
    const path = `${o.method} ${o.url.replace(/^.*\/api/, '').replace(/\?.*$/, '')}`
    const route = routes[path]
    if (!route) throw new Error(`unexpected ${path}`)
    return route(o)
  })
}

/** What the page sent with `method`, in order. */
export function sentRequests(method: string): RequestOptions[] {
  return request.mock.calls.map(([o]) => o as RequestOptions).filter((o) => o.method === method)
}

/** The API's error answer for a code, with its Chinese message. */
export function refusal(code: keyof typeof ERRORS, status: number): Reply {
  return { statusCode: status, data: { code, message: ERRORS[code].message, requestId: 'r' } }
}
