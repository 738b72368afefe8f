const TICKET_IN_URL = /[?&]ticket=([^&#]+)/
const TICKET = /^[A-Za-z0-9_-]{16,64}$/

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * The console login ticket a page was opened with or a scan read: `ticket` itself, or the QR code's
 * https address (`…/console-login?ticket=…`, handed over by WeChat as `q`, or read by scanCode).
 */
export function ticketFrom(input: { ticket?: string; q?: string; text?: string }): string | undefined {
  if (input.ticket && TICKET.test(decode(input.ticket))) return decode(input.ticket)
  for (const text of [input.q, input.text]) {
    const match = text ? TICKET_IN_URL.exec(decode(text)) : null
    if (match && TICKET.test(decode(match[1]))) return decode(match[1])
  }
  return undefined
}
