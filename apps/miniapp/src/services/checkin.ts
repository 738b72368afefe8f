import { isWechatScene } from '@lingong/shared'

const SCENE_IN_URL = /[?&]scene=([^&#]+)/

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * The gate token a page was opened with. A 小程序码 hands the page `scene` (URL-encoded by WeChat);
 * a plain QR code holding the https address (扫普通链接二维码打开小程序) hands it `q`, the whole
 * address encoded, with the scene in its query.
 */
export function sceneFromParams(params: Record<string, string | undefined>): string | undefined {
  if (params.scene) return decode(params.scene)
  if (params.q) {
    const match = SCENE_IN_URL.exec(decode(params.q))
    if (match) return decode(match[1])
  }
  return undefined
}

/** The gate token in what `scanCode` read: a 小程序码's `path` or a plain QR code's address. */
export function sceneFromScan(result: { path?: string; result?: string }): string | undefined {
  for (const text of [result.path, result.result]) {
    const match = text ? SCENE_IN_URL.exec(text) : null
    if (match) return decode(match[1])
  }
  const raw = result.result?.trim()
  return raw && isWechatScene(raw) ? raw : undefined
}
