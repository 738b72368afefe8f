/**
 * The browser build's accessibility, where Taro's own DOM has none. Landmarks: Taro's title bar is
 * the banner, the page panel the main content, the tab bar the navigation. Labels: it ties each
 * form label to its field. A Taro <Input>/<Textarea> there is a
 * custom element wrapping the native <input>, so a label cannot point at it by `for`: the native
 * field takes the label's words as its accessible name instead (screen readers, axe's `label` rule).
 * A field is a `.field` (or `.switch-row`) block with one `.label` and its input(s); WeChat's own components need nothing.
 */
type El = {
  querySelector(s: string): El | null
  querySelectorAll(s: string): ArrayLike<El>
  textContent: string | null
  getAttribute(n: string): string | null
  setAttribute(n: string, v: string): void
}

function tie(root: El): void {
  const fields = root.querySelectorAll('.field, .switch-row')
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]
    const words = field.querySelector('.label')?.textContent?.trim()
    if (!words) continue
    const inputs = field.querySelectorAll('input:not([type=hidden]), textarea')
    for (let j = 0; j < inputs.length; j++) {
      if (inputs[j].getAttribute('aria-label') !== words) inputs[j].setAttribute('aria-label', words)
    }
  }
}

const LANDMARKS: [string, string, string?][] = [
  ['#taro-navigation-bar', 'banner'],
  ['.taro-tabbar__panel', 'main'],
  ['.weui-tabbar', 'navigation', '底部导航'],
]

function markLandmarks(root: El): void {
  // Each page scrolls on its own: focusable, so the keyboard can scroll it too.
  const pages = root.querySelectorAll('.taro_page')
  for (let i = 0; i < pages.length; i++) if (pages[i].getAttribute('tabindex') === null) pages[i].setAttribute('tabindex', '0')
  for (const [selector, role, label] of LANDMARKS) {
    const el = root.querySelector(selector)
    if (!el || el.getAttribute('role') === role) continue
    el.setAttribute('role', role)
    if (label) el.setAttribute('aria-label', label)
  }
}

export function installH5Accessibility(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined' || typeof MutationObserver === 'undefined') return
  const body = document.body as unknown as El
  const apply = () => {
    markLandmarks(body)
    tie(body)
  }
  apply()
  new MutationObserver(apply).observe(document.body, { childList: true, subtree: true })
}
