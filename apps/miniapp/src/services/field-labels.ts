/**
 * Ties each form label to its field in the browser build. A Taro <Input>/<Textarea> there is a
 * custom element wrapping the native <input>, so a label cannot point at it by `for`: the native
 * field takes the label's words as its accessible name instead (screen readers, axe's `label` rule).
 * A field is a `.field` block with one `.label` and its input(s); WeChat's own components need nothing.
 */
type El = {
  querySelector(s: string): El | null
  querySelectorAll(s: string): ArrayLike<El>
  textContent: string | null
  getAttribute(n: string): string | null
  setAttribute(n: string, v: string): void
}

function tie(root: El): void {
  const fields = root.querySelectorAll('.field')
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

export function installFieldLabels(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined' || typeof MutationObserver === 'undefined') return
  const body = document.body as unknown as El
  tie(body)
  new MutationObserver(() => tie(body)).observe(document.body, { childList: true, subtree: true })
}
