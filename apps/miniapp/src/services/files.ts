import Taro from '@tarojs/taro'

/**
 * Opens a file fetched with the token (see `download` in api.ts): a picture in the image viewer, a PDF
 * in WeChat's document reader. In the browser it goes to a new tab, opened before the wait because a
 * browser blocks a window opened after it.
 */
export async function openProtectedFile(load: () => Promise<string>, contentType: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const tab = window.open('', '_blank')
    let path: string
    try {
      path = await load()
    } catch (error) {
      tab?.close()
      throw error
    }
    if (tab) tab.location.href = path
    else window.location.href = path
    return
  }
  const path = await load()
  if (contentType.startsWith('image/')) await Taro.previewImage({ urls: [path] })
  else await Taro.openDocument({ filePath: path, showMenu: true })
}
