import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { HEZE_COUNTIES, type LatLng, type Market } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { locate, LOCATION_FAILED } from '../../services/location'
import { ErrorText } from '../../components/messages'
import { LoadState } from '../../components/load-state'
import { MarketInfo } from '../../components/market-info'
import { MarketMap } from '../../components/market-map'
import { PrivacyDialog } from '../../components/privacy-dialog'
import './index.scss'

/** The map has always shown up to 50 markets at once (the API's default page is 20). */
const MAP_PAGE_SIZE = 50

export default function MarketsPage() {
  const font = usePageFont()
  const [markets, setMarkets] = useState<Market[]>()
  const [origin, setOrigin] = useState<{ point: LatLng; label: string }>()
  const [error, setError] = useState<string>()
  const [locating, setLocating] = useState(false)
  const [loadError, setLoadError] = useState<string>()

  const load = async (from = origin) => {
    setError(undefined)
    setLoadError(undefined)
    try {
      const answer = await api.markets({ ...(from ? { lat: from.point.lat, lng: from.point.lng, radiusKm: 200 } : {}), limit: MAP_PAGE_SIZE })
      setMarkets(answer.items)
    } catch (e) {
      setLoadError(errorMessage(e))
    }
  }

  useDidShow(() => {
    font.refresh()
    void load()
  })
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  const useMyLocation = async () => {
    setLocating(true)
    try {
      const next = { point: await locate(), label: '您现在的位置' }
      setOrigin(next)
      await load(next)
    } catch {
      setError(LOCATION_FAILED)
    } finally {
      setLocating(false)
    }
  }

  const useCounty = async (code: string) => {
    const county = HEZE_COUNTIES.find((c) => c.code === code)
    if (!county) return
    const next = { point: county.seat, label: `${county.name}县城（区政府）` }
    setOrigin(next)
    await load(next)
  }

  return (
    <View className='page markets-page' style={font.style}>
      <PrivacyDialog />
      <Text className='title'>附近的零工市场</Text>
      <Button className={`btn-main ${locating ? 'is-busy' : ''}`} data-testid='locate' disabled={locating} onClick={useMyLocation}>
        {locating ? '正在定位…' : '按离我的距离排序'}
      </Button>
      <Text className='row muted'>{origin ? `按离${origin.label}的距离，由近到远` : '没有定位时，按县区排列'}</Text>
      <View className='row'>
        <Text className='muted'>或者选择您所在的县区：</Text>
        {HEZE_COUNTIES.map((c) => (
          <Text key={c.code} className='chip' data-testid={`near-${c.code}`} onClick={() => useCounty(c.code)}>
            {c.name}
          </Text>
        ))}
      </View>
      <ErrorText>{error}</ErrorText>
      <LoadState loading={!markets} error={loadError} onRetry={() => void load()} what='零工市场' />
      {process.env.TARO_ENV === 'weapp' && markets?.length ? <MarketMap markets={markets} origin={origin} /> : null}
      {markets && !markets.length ? <Text className='row'>附近 200 公里内没有找到零工市场。</Text> : null}
      {(markets ?? []).map((market) => (
        <View
          key={market.id}
          className='card market-card'
          data-testid='market-card'
          onClick={() => Taro.navigateTo({ url: `/pages/market/index?id=${market.id}` })}
        >
          <MarketInfo market={market} />
          <Text className='row more'>查看详情 ›</Text>
        </View>
      ))}
    </View>
  )
}
