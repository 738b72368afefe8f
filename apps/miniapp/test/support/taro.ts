// A test double for @tarojs/taro: in-memory storage and a scripted `request`.
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
}

export default taro
export const useDidShow = (fn: () => void) => fn()
export const useLoad = (fn: () => void) => fn()
export const useRouter = () => ({ params: {} })
