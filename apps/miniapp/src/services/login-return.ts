import Taro from '@tarojs/taro'
import { api, loadSession } from './api'

const RETURN_KEY = 'lingong.returnTo'
const TAB_PAGES = ['/pages/jobs/index', '/pages/markets/index', '/pages/mine/index']

/** The page the person is on, with its query (a gate code's `scene`, a job's `id`), as a route to come back to. */
export function currentRoute(): string {
  const router = Taro.getCurrentInstance().router
  const path = `/${(router?.path ?? '/pages/jobs/index').replace(/^\/+/, '').split('?')[0]}`
  const query = Object.entries(router?.params ?? {})
    .filter(([key, value]) => value !== undefined && key !== '$taroTimestamp' && key !== 'stamp')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
  return query.length ? `${path}?${query.join('&')}` : path
}

/**
 * Browsing needs no account; the first action that does (apply, call, check in) calls this. WeChat
 * signs in silently; in the browser the 我的 tab's login form opens and, once signed in, brings the
 * person back to `returnTo` (the gate code in its query survives: no second scan).
 */
export async function ensureLogin(returnTo = currentRoute()): Promise<boolean> {
  if (loadSession()) return true
  if (process.env.TARO_ENV === 'weapp') {
    await api.wechatLogin()
    return true
  }
  Taro.setStorageSync(RETURN_KEY, returnTo)
  await Taro.switchTab({ url: '/pages/mine/index' })
  return false
}

/** After a login: back to where the person was, once. False when nobody was waiting. */
export function returnAfterLogin(): boolean {
  const returnTo = Taro.getStorageSync(RETURN_KEY) as string
  if (!returnTo) return false
  Taro.removeStorageSync(RETURN_KEY)
  const path = returnTo.split('?')[0]
  if (TAB_PAGES.includes(path)) void Taro.switchTab({ url: path })
  else void Taro.navigateTo({ url: returnTo })
  return true
}

/** Someone who is waiting to come back (the login page says so). */
export function waitingToReturn(): boolean {
  return Boolean(Taro.getStorageSync(RETURN_KEY))
}
