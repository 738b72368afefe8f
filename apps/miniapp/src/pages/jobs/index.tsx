import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { HEZE_COUNTIES, TRADES, tradeName, type FeedItem, type LatLng } from '@lingong/shared'
import { api, errorMessage, loadSession, orNotFound } from '../../services/api'
import { usePageFont } from '../../services/display'
import { payLabel } from '../../services/format'
import { locate } from '../../services/location'
import { distanceLabel } from '../../components/market-info'
import { LoadMore, LoadState } from '../../components/load-state'
import { PrivacyDialog } from '../../components/privacy-dialog'
import './index.scss'

/** The county seat of 牡丹区 (the city) when neither a position nor the worker's county is known. */
const CITY_COUNTY = '371702'
const RADIUS_KM = 30
const TOP_TRADES = TRADES.filter((t) => !t.parentCode)

type Origin = { point: LatLng; label: string }

export default function JobsPage() {
  const font = usePageFont()
  const [origin, setOrigin] = useState<Origin>()
  const [items, setItems] = useState<FeedItem[]>()
  const [trade, setTrade] = useState<string>()
  const [dailyOnly, setDailyOnly] = useState(false)
  // The filters fold away so the first job is on the first screen, even in 大字.
  const [showFilters, setShowFilters] = useState(false)
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(true)
  const [nextCursor, setNextCursor] = useState<string>()
  const [loadingMore, setLoadingMore] = useState(false)

  const query = (from: Origin, filters: { trade?: string; dailyOnly: boolean }, cursor?: string) =>
    api.feed({
      lat: from.point.lat,
      lng: from.point.lng,
      radiusKm: RADIUS_KM,
      trade: filters.trade,
      settlement: filters.dailyOnly ? 'daily' : undefined,
      cursor,
    })

  // Anyone may browse (WeChat refuses a mini-program that forces login before its basic content).
  const load = async (from: Origin, filters = { trade, dailyOnly }) => {
    setError(undefined)
    setLoading(true)
    try {
      const answer = await query(from, filters)
      setItems(answer.items)
      setNextCursor(answer.nextCursor ?? undefined)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setLoading(false)
    }
  }

  const loadMore = async () => {
    if (!origin || !nextCursor) return
    setLoadingMore(true)
    setError(undefined)
    try {
      const answer = await query(origin, { trade, dailyOnly }, nextCursor)
      setItems([...(items ?? []), ...answer.items.filter((i) => !(items ?? []).some((known) => known.id === i.id))])
      setNextCursor(answer.nextCursor ?? undefined)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setLoadingMore(false)
    }
  }

  /** The position if the worker allows it, else the seat of the worker's own county, else the city. */
  const findOrigin = async (): Promise<Origin> => {
    try {
      return { point: await locate(), label: '您现在的位置' }
    } catch {
      const worker = loadSession() ? await orNotFound(api.myWorker()).catch(() => undefined) : undefined
      const county = HEZE_COUNTIES.find((c) => c.code === worker?.countyCode) ?? HEZE_COUNTIES.find((c) => c.code === CITY_COUNTY)!
      return { point: county.seat, label: `${county.name}县城（没有取得您的位置）` }
    }
  }

  const refresh = async () => {
    const from = origin ?? (await findOrigin())
    setOrigin(from)
    await load(from)
  }

  useDidShow(() => {
    font.refresh()
    void refresh()
  })
  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh())
  })

  const chooseTrade = (code?: string) => {
    setTrade(code)
    setShowFilters(false)
    if (origin) void load(origin, { trade: code, dailyOnly })
  }
  const switchDaily = () => {
    setDailyOnly(!dailyOnly)
    if (origin) void load(origin, { trade, dailyOnly: !dailyOnly })
  }
  const chooseCounty = (code: string) => {
    const county = HEZE_COUNTIES.find((c) => c.code === code)
    if (!county) return
    const next = { point: county.seat, label: `${county.name}县城` }
    setOrigin(next)
    setShowFilters(false)
    void load(next)
  }

  return (
    <View className='page jobs-page' style={font.style}>
      <PrivacyDialog />
      <Text className='title'>附近的活</Text>
      <Text className='row muted' data-testid='origin'>
        {origin ? `按离${origin.label}的距离和工种排序，${RADIUS_KM}公里内` : '正在找您附近的活…'}
      </Text>
      <View className='row'>
        <Text className={`chip ${dailyOnly ? 'chip-on' : ''}`} data-testid='filter-daily' onClick={switchDaily}>
          {dailyOnly ? '✓ ' : ''}只看日结
        </Text>
        {trade ? (
          <Text className='chip chip-on' data-testid='trade-chosen' onClick={() => chooseTrade(undefined)}>
            ✓ {TOP_TRADES.find((t) => t.code === trade)?.name ?? '所选工种'}（点一下取消）
          </Text>
        ) : null}
        <Text className='chip' data-testid='toggle-filters' onClick={() => setShowFilters(!showFilters)}>
          {showFilters ? '收起筛选 ▲' : '选工种、换地方 ▼'}
        </Text>
        {process.env.TARO_ENV === 'weapp' ? (
          // At the gate the camera is one tap from the first screen.
          <Text className='chip' data-testid='scan-checkin' onClick={() => Taro.navigateTo({ url: '/pages/checkin/index?scan=1' })}>
            📷 市场扫码签到
          </Text>
        ) : null}
      </View>
      {showFilters ? (
        <View className='row'>
          <Text className={`chip ${trade ? '' : 'chip-on'}`} data-testid='trade-all' onClick={() => chooseTrade(undefined)}>
            {trade ? '' : '✓ '}全部工种
          </Text>
          {TOP_TRADES.map((t) => (
            <Text key={t.code} className={`chip ${trade === t.code ? 'chip-on' : ''}`} data-testid={`filter-${t.code}`} onClick={() => chooseTrade(t.code)}>
              {trade === t.code ? '✓ ' : ''}
              {t.name}
            </Text>
          ))}
        </View>
      ) : null}
      {showFilters ? (
        <View className='row'>
          <Text className='muted'>换个地方找：</Text>
          {HEZE_COUNTIES.map((c) => (
            <Text key={c.code} className='chip' data-testid={`near-${c.code}`} onClick={() => chooseCounty(c.code)}>
              {c.name}
            </Text>
          ))}
        </View>
      ) : null}
      <LoadState loading={loading && !items} error={error} onRetry={() => void refresh()} what='附近的活' />
      {items && !items.length ? <Text className='row'>附近暂时没有合适的活。下拉可以刷新，也可以换个工种或地方看看。</Text> : null}
      {(items ?? []).map((item) => (
        <View key={item.id} className='card job-card' data-testid='job-card' onClick={() => Taro.navigateTo({ url: `/pages/job/index?id=${item.id}` })}>
          <Text className='job-title'>{item.title}</Text>
          <Text className='row job-pay' data-testid='job-pay'>
            {payLabel(item)}
          </Text>
          <Text className='row job-distance' data-testid='job-distance'>
            {distanceLabel(item.distanceKm)} · {tradeName(item.trade) ?? item.trade}
          </Text>
          <Text className='row muted'>
            {item.startDate} 开工，干 {item.durationDays} 天，要 {item.headcount} 人
          </Text>
          <View className='row'>
            {item.matchReasons.map((reason) => (
              <Text key={reason} className='chip reason' data-testid='match-reason'>
                {reason}
              </Text>
            ))}
          </View>
          <Text className='row more'>查看详情、报名 ›</Text>
        </View>
      ))}
      <LoadMore cursor={nextCursor} busy={loadingMore} onMore={() => void loadMore()} />
    </View>
  )
}
