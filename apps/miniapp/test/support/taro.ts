// A test double for @tarojs/taro: in-memory storage and a scripted `request`.
import { useEffect } from 'react'

const storage = new Map<string, unknown>()

export const taro = {
  request: jest.fn(),
  login: jest.fn(async () => ({ code: 'wx-code' })),
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorage: () => storage.clear(),
  getAppBaseInfo: jest.fn(() => ({ fontSizeScaleFactor: 1 })),
  showToast: jest.fn(),
  showModal: jest.fn(async () => ({ confirm: false, cancel: true })),
  navigateTo: jest.fn(async () => undefined),
  makePhoneCall: jest.fn(async () => undefined),
  openLocation: jest.fn(async () => undefined),
  getLocation: jest.fn(),
  getFuzzyLocation: jest.fn(),
  scanCode: jest.fn(),
  switchTab: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
  navigateBack: jest.fn(async () => undefined),
  stopPullDownRefresh: jest.fn(),
  requestSubscribeMessage: jest.fn(),
  chooseMedia: jest.fn(),
  uploadFile: jest.fn(),
  downloadFile: jest.fn(),
  previewImage: jest.fn(async () => undefined),
  openDocument: jest.fn(async () => undefined),
  getCurrentInstance: () => ({ router: { path: currentPath.path, params: router.params } }),
}

/** The page a test pretends to be on (for the way back after a login). */
export const currentPath = { path: '/pages/jobs/index' }

export default taro
// Once after the first render, as Taro calls a page's onLoad/onShow.
export const useDidShow = (fn: () => void) => useEffect(() => fn(), [])
export const useLoad = (fn: () => void) => useEffect(() => fn(), [])
export const usePullDownRefresh = (_fn: () => void) => undefined
/** The page's route parameters: a test sets `router.params` before rendering the page. */
export const router: { params: Record<string, string | undefined> } = { params: {} }
export const useRouter = () => router
