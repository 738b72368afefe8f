import Taro from '@tarojs/taro'
import type { SubscribeTemplateKey, SubscribeTemplatesResponse } from '@lingong/shared'
import { api, loadSession } from './api'

/**
 * WeChat's one-time subscribe messages: each "允许" lets the platform send one message (hired, invited,
 * someone applied, a posting refused). `wx.requestSubscribeMessage` only works inside a tap, so the
 * template ids are fetched when the page shows, and the request is started first thing in the tap,
 * before any await. Declining, or a failed request, never stops what the tap was for.
 */
let templates: SubscribeTemplatesResponse['templates'] | undefined
let fetching: Promise<void> | undefined

/** Call when a page with a notify-worthy button shows (WeChat only, signed in only). */
export function prefetchSubscribeTemplates(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || templates || !loadSession()) return Promise.resolve()
  fetching ??= api
    .subscribeTemplates()
    .then((answer) => {
      templates = answer.templates
    })
    .catch(() => undefined)
    .finally(() => {
      fetching = undefined
    })
  return fetching
}

/** Asks to notify about `keys` and reports the accepted templates; resolves with how many were accepted. */
export function askToNotify(keys: SubscribeTemplateKey[]): Promise<number> {
  if (process.env.TARO_ENV !== 'weapp' || !templates || typeof Taro.requestSubscribeMessage !== 'function') return Promise.resolve(0)
  const known = templates
  // WeChat takes at most three templates in one request.
  const tmplIds = [...new Set(keys.map((key) => known[key]).filter((id): id is string => !!id))].slice(0, 3)
  if (!tmplIds.length) return Promise.resolve(0)
  return Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)
    .then(async (answer) => {
      const accepted = tmplIds.filter((id) => (answer as Taro.requestSubscribeMessage.SuccessCallbackResult)[id] === 'accept')
      if (accepted.length) await api.reportSubscriptions({ accepted })
      return accepted.length
    })
    .catch(() => 0)
}

/** Tests only: forget the fetched templates. */
export function resetSubscribeTemplates(): void {
  templates = undefined
  fetching = undefined
}
