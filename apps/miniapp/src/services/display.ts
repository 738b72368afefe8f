import Taro from '@tarojs/taro'
import { useState } from 'react'

const LARGE_TEXT_KEY = 'lingong.largeText'
/** 适老化: body text at least 18 px; 大字 goes past that. */
export const BODY_PX = 18
export const LARGE_BODY_PX = 24

export function isLargeText(): boolean {
  return Taro.getStorageSync(LARGE_TEXT_KEY) === true
}

export function setLargeText(on: boolean): void {
  Taro.setStorageSync(LARGE_TEXT_KEY, on)
}

/** WeChat's own font-size setting (关怀模式 and the like); 1 where the platform has none. */
export function systemFontScale(): number {
  try {
    const scale = (Taro.getAppBaseInfo?.() as { fontSizeScaleFactor?: number } | undefined)?.fontSizeScaleFactor
    return typeof scale === 'number' && scale > 1 ? scale : 1
  } catch {
    return 1
  }
}

/** The page's base font size in px: every other size on the page is relative to it (em). */
export function pageFontPx(large = isLargeText()): number {
  return Math.round((large ? LARGE_BODY_PX : BODY_PX) * systemFontScale())
}

/**
 * The browser build's tab bar and dialogs live outside the pages: 大字 reaches them through a class
 * on <html> (app.scss). WeChat draws both itself, at its own font setting.
 */
function markLargeText(large: boolean): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  document.documentElement.classList.toggle('large-text', large)
}

/** Style for a page's root view; pages read it once per show so the 我的 switch applies everywhere. */
export function usePageFont(): { style: { fontSize: string }; refresh: () => void } {
  const [px, setPx] = useState(pageFontPx())
  return {
    style: { fontSize: `${px}px` },
    refresh: () => {
      markLargeText(isLargeText())
      setPx(pageFontPx())
    },
  }
}
