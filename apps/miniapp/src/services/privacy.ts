import Taro from '@tarojs/taro'

type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void
type Listener = (pending: boolean) => void

/**
 * WeChat's privacy authorisation: before the first location or phone call WeChat raises
 * onNeedPrivacyAuthorization and holds the call until our own dialog's
 * `open-type="agreePrivacyAuthorization"` button is tapped (or the user declines).
 */
let pendingResolve: Resolve | undefined
const listeners = new Set<Listener>()

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

export function installPrivacyHandler(): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    pendingResolve = resolve as Resolve
    pendingResolve({ event: 'exposureAuthorization' })
    listeners.forEach((l) => l(true))
  })
}

export function onPrivacyPending(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function answerPrivacy(agree: boolean): void {
  pendingResolve?.(agree ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
  pendingResolve = undefined
  listeners.forEach((l) => l(false))
}

/** Resolves when the user has agreed (at once when they had before, or off WeChat). */
export function requirePrivacy(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve()
  return new Promise((resolve, reject) => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(), fail: () => reject(new Error('privacy')) })
  })
}
