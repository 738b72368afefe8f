import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { tradeName, type Market, type MarketCheckin, type MarketCheckinStats } from '@lingong/shared'
import { api, API_BASE, errorMessage, sessionToken } from '../../services/api'
import { usePageFont } from '../../services/display'
import { shanghaiTimeLabel } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { scopeName, StaffCountyPicker, useStaffCounty } from '../staff-county'
import '../common.scss'

/** The gate screen takes the operator's token in the fragment, which browsers never send to a server. */
function gateScreenUrl(marketId: number): string {
  const base = /^https?:/.test(API_BASE) ? API_BASE : `${window.location.origin}${API_BASE}`
  return `${base}/markets/${marketId}/gate-screen#token=${encodeURIComponent(sessionToken() ?? '')}`
}

export default function TodayCheckinsPage() {
  const font = usePageFont()
  const county = useStaffCounty()
  const [markets, setMarkets] = useState<Market[]>()
  const [market, setMarket] = useState<Market>()
  const [stats, setStats] = useState<MarketCheckinStats>()
  const [checkins, setCheckins] = useState<MarketCheckin[]>()
  const [error, setError] = useState<string>()
  const [copied, setCopied] = useState(false)

  const pick = async (m: Market) => {
    setMarket(m)
    setError(undefined)
    setCopied(false)
    try {
      const [s, list] = await Promise.all([api.marketStats(m.id), api.marketCheckins(m.id)])
      setStats(s)
      setCheckins(list.items)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const loadMarkets = (countyCode: string | undefined, keep?: Market) =>
    api.markets({ ...(countyCode ? { countyCode } : {}), limit: 50 }).then(
      (r) => {
        setMarkets(r.items)
        if (keep) void pick(keep)
      },
      (e) => setError(errorMessage(e)),
    )

  useDidShow(() => {
    font.refresh()
    void loadMarkets(county.countyCode, market)
  })

  const pickCounty = (code?: string) => {
    county.pick(code)
    setMarket(undefined)
    setStats(undefined)
    setCheckins(undefined)
    setMarkets(undefined)
    void loadMarkets(code)
  }

  const openGate = async () => {
    if (!market) return
    if (process.env.TARO_ENV === 'h5') {
      window.open(gateScreenUrl(market.id), '_blank')
      return
    }
    const base = /^https?:/.test(API_BASE) ? API_BASE : ''
    await Taro.setClipboardData({ data: `${base}/markets/${market.id}/gate-screen#token=${encodeURIComponent(sessionToken() ?? '')}` })
    setCopied(true)
  }

  const maxHour = Math.max(1, ...(stats?.byHour ?? []).map((h) => h.count))
  return (
    <View className='page operator-checkins-page' style={font.style}>
      <StaffCountyPicker county={county} onPick={pickCounty} />
      <Text className='label'>选市场</Text>
      <View className='field'>
        {(markets ?? []).map((m) => (
          <Text key={m.id} className={`chip ${market?.id === m.id ? 'chip-on' : ''}`} data-testid={`market-${m.id}`} onClick={() => pick(m)}>
            {market?.id === m.id ? '✓ ' : ''}
            {m.name}
          </Text>
        ))}
      </View>
      {markets && !markets.length ? <Text className='row'>{scopeName(county)}还没有零工市场。</Text> : null}
      <ErrorText>{error}</ErrorText>
      {market && stats ? (
        <View>
          <View className='card' data-testid='stats'>
            <Text className='title'>
              {stats.date} 签到 {stats.count} 人
            </Text>
            {stats.byHour.map((h) => (
              <View key={h.hour}>
                <Text className='bar' style={{ width: `${Math.round((h.count / maxHour) * 60)}%` }} />
                <Text className='row' style={{ display: 'inline' }}>
                  {h.hour} 点：{h.count} 人
                </Text>
              </View>
            ))}
            {stats.byTrade.length ? (
              <Text className='row'>按工种：{stats.byTrade.map((t) => `${tradeName(t.trade) ?? t.trade} ${t.count} 人`).join('、')}</Text>
            ) : null}
          </View>
          <Button className='btn-main' data-testid='gate-screen' onClick={openGate}>
            {process.env.TARO_ENV === 'h5' ? '打开门口签到屏幕' : '复制门口签到屏幕的网址'}
          </Button>
          {copied ? (
            <Text className='notice' data-testid='gate-copied'>
              网址已复制。请在门口电视的浏览器里打开这个网址，屏幕上会一直显示签到二维码。网址里有您的登录凭证，不要发给别人。
            </Text>
          ) : null}
          <View className='card'>
            <Text className='title'>今天签到的人</Text>
            {checkins && !checkins.length ? <Text className='row'>今天还没有人签到。</Text> : null}
            {(checkins ?? []).map((c) => (
              <View key={c.id} className='history-entry' data-testid='checkin-row'>
                <Text className='row'>
                  {c.realName}
                  {c.phoneMasked ? ` · ${c.phoneMasked}` : ''}
                </Text>
                <Text className='row muted'>
                  {shanghaiTimeLabel(c.checkedInAt)} · {c.trades.map((t) => tradeName(t) ?? t).join('、')}
                </Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}
