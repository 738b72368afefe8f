import { PAY_UNIT_NAMES, SETTLEMENT_NAMES, yuan, type PayUnit, type Settlement } from '@lingong/shared'

/** 18050 → "180.5": money is kept in fen and shown in 元 without trailing zeros. */
export { yuan } from '@lingong/shared'

/** "4000.5" 元 → 400050 fen, by digits so 0.1 + 0.2 never happens; undefined when it is not an amount. */
export function yuanToFen(raw: string): number | undefined {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(raw.trim().replace(/元$/, ''))
  if (!match) return undefined
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return fen > 0 ? fen : undefined
}

/** "180元/天 · 日结" */
export function payLabel(p: { payAmountFen: number; payUnit: PayUnit; settlement?: Settlement }): string {
  const pay = `${yuan(p.payAmountFen)}元/${PAY_UNIT_NAMES[p.payUnit]}`
  return p.settlement ? `${pay} · ${SETTLEMENT_NAMES[p.settlement]}` : pay
}

/** An ISO time as Beijing wall-clock "11月28日 07:32". */
export function shanghaiTimeLabel(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600 * 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** Money as people say it: "180元", "3.5万元", "65万元" (from 1万元 up, when it reads exactly). */
export function moneyLabel(fen: number): string {
  if (fen >= 1000000 && fen % 10000 === 0) return `${yuan(fen / 10000)}万元`
  return `${yuan(fen)}元`
}
