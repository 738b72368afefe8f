import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Map, Text, View } from '@tarojs/components'
import type { MapProps } from '@tarojs/components/types/Map'
import { HEZE_COUNTIES, type LatLng, type Market } from '@lingong/shared'
import { distanceLabel } from './market-info'

// Copied beside the weapp build by config/index.ts: a marker's iconPath must be a file in the package.
export const MARKET_ICON = '/assets/market-marker.png'
export const ORIGIN_ICON = '/assets/my-position.png'
/** Market ids start at 1, so 0 is free for the "you are here" marker. */
export const ORIGIN_MARKER_ID = 0

const CALLOUT = {
  color: '#1a1a1a',
  fontSize: 16,
  anchorX: 0,
  anchorY: 0,
  borderRadius: 8,
  borderWidth: 1,
  bgColor: '#ffffff',
  padding: 8,
  textAlign: 'center',
} as const

/** One marker per market with its name (and distance, once known) always shown; the origin as a blue dot. */
export function marketMarkers(markets: Market[], origin?: { point: LatLng; label: string }): MapProps.marker[] {
  const markers: MapProps.marker[] = markets.map((m) => {
    const distance = distanceLabel(m.distanceKm)
    return {
      id: m.id,
      latitude: m.lat,
      longitude: m.lng,
      iconPath: MARKET_ICON,
      width: 36,
      height: 48,
      title: m.name,
      ariaLabel: distance ? `${m.name}，${distance}` : m.name,
      callout: { ...CALLOUT, content: distance ? `${m.name}\n${distance}` : m.name, borderColor: '#b3261e', display: 'ALWAYS' },
    }
  })
  if (origin) {
    markers.push({
      id: ORIGIN_MARKER_ID,
      latitude: origin.point.lat,
      longitude: origin.point.lng,
      iconPath: ORIGIN_ICON,
      width: 32,
      height: 32,
      anchor: { x: 0.5, y: 0.5 },
      ariaLabel: origin.label,
      callout: { ...CALLOUT, content: origin.label, borderColor: '#0b4f8a', display: 'ALWAYS' },
    })
  }
  return markers
}

/** The market a tapped marker or callout stands for; none for the origin's dot. */
export function marketOfMarker(markerId: number | string, markets: Market[]): Market | undefined {
  const id = Number(markerId)
  return id === ORIGIN_MARKER_ID ? undefined : markets.find((m) => m.id === id)
}

/** Where the map opens: the origin, else the first market (nearest when ranked), else the city seat. */
export function mapCenter(markets: Market[], origin?: { point: LatLng }): LatLng {
  if (origin) return origin.point
  if (markets.length) return { lat: markets[0].lat, lng: markets[0].lng }
  return HEZE_COUNTIES[0].seat
}

/**
 * WeChat's map of the markets. Only the weapp build renders it: on H5 `<Map>` loads a remote map
 * script (unreachable offline), so the page keeps the list there. It shows no `showLocation` dot,
 * which would read the precise location behind the user's back; the origin is the fuzzy one they asked for.
 */
export function MarketMap({ markets, origin }: { markets: Market[]; origin?: { point: LatLng; label: string } }) {
  const [failed, setFailed] = useState(false)
  const markers = marketMarkers(markets, origin)
  const center = mapCenter(markets, origin)
  const open = (markerId: number | string) => {
    const market = marketOfMarker(markerId, markets)
    if (market) void Taro.navigateTo({ url: `/pages/market/index?id=${market.id}` })
  }
  // Creating the map can fail (e.g. the map service refuses): the list below still has every market.
  if (failed) return <Text className='row muted'>地图没能打开，请看下面的市场列表。</Text>
  return (
    <View className='market-map' data-testid='market-map'>
      <Map
        className='market-map-view'
        latitude={center.lat}
        longitude={center.lng}
        scale={12}
        markers={markers}
        includePoints={markers.map((m) => ({ latitude: m.latitude, longitude: m.longitude }))}
        onMarkerTap={(e) => open(e.detail.markerId)}
        onCalloutTap={(e) => open(e.detail.markerId)}
        onError={() => setFailed(true)}
      />
      <Text className='row muted'>点地图上的红色标记或市场名字，看市场详情。</Text>
    </View>
  )
}
