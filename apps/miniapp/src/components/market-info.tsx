import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { MARKET_SERVICES, roundKm, type Market } from '@lingong/shared'

const SERVICE_NAMES: Record<string, string> = Object.fromEntries(MARKET_SERVICES.map((s) => [s.code, s.name]))

export function openingLabel(market: Pick<Market, 'status' | 'openingHours' | 'openNow'>): { today: string; now: string } {
  if (market.status !== 'open') return { today: '暂停开放', now: '现在不开放' }
  const hours = market.openingHours === '00:00-24:00' ? '全天' : market.openingHours
  return { today: `今日开放 ${hours}`, now: market.openNow ? '● 现在正在开放' : '○ 现在没有开门' }
}

export function distanceLabel(km?: number): string | undefined {
  if (km === undefined) return undefined
  return km < 1 ? `距您 ${Math.round(km * 1000)} 米` : `距您 ${roundKm(km)} 公里`
}

function call(phone: string) {
  Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
}

function navigate(market: Market) {
  Taro.openLocation({ latitude: market.lat, longitude: market.lng, name: market.name, address: market.address, scale: 16 }).catch(() => undefined)
}

/** One market as the list and the detail show it: words and icons together, numbers with units. */
export function MarketInfo({ market, detailed = false }: { market: Market; detailed?: boolean }) {
  const opening = openingLabel(market)
  const distance = distanceLabel(market.distanceKm)
  return (
    <View className='market-info'>
      <Text className='market-name'>{market.name}</Text>
      {distance ? (
        <Text className='row market-distance' data-testid='distance'>
          {distance}
        </Text>
      ) : null}
      <Text className='row'>{opening.today}</Text>
      <Text className={`row ${market.openNow ? 'open-now' : 'closed-now'}`}>{opening.now}</Text>
      <Text className='row muted'>地址：{market.address}</Text>
      <View className='row'>
        {market.services.map((code) => (
          <Text key={code} className='chip'>
            {SERVICE_NAMES[code] ?? code}
          </Text>
        ))}
      </View>
      {detailed || market.phone ? (
        <Button
          className='btn-plain'
          onClick={(e) => {
            e.stopPropagation?.()
            call(market.phone)
          }}
        >
          打电话 {market.phone}
        </Button>
      ) : null}
      {process.env.TARO_ENV === 'weapp' ? (
        <Button
          className='btn-plain'
          data-testid='navigate'
          onClick={(e) => {
            e.stopPropagation?.()
            navigate(market)
          }}
        >
          导航去这里
        </Button>
      ) : null}
    </View>
  )
}
