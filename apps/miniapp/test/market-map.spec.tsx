import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { HEZE_COUNTIES, type Market } from '@lingong/shared'
import { MarketInfo } from '../src/components/market-info'
import { mapCenter, MARKET_ICON, MarketMap, marketMarkers, marketOfMarker, ORIGIN_ICON, ORIGIN_MARKER_ID } from '../src/components/market-map'

const taro = Taro as unknown as { navigateTo: jest.Mock; openLocation: jest.Mock }

function market(overrides: Partial<Market> = {}): Market {
  return {
    id: 11,
    name: '巨野县零工市场',
    type: 'public',
    countyCode: '371724',
    address: '巨野县永丰街与新华路交叉口南',
    lat: 35.393,
    lng: 116.098,
    openingHours: '04:30-12:00',
    services: ['matching'],
    phone: '0530-8211234',
    trades: ['construction'],
    status: 'open',
    openNow: true,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  }
}

const nearby = [
  market({ id: 11, distanceKm: 0.35 }),
  market({ id: 12, name: '郓城县零工市场', countyCode: '371725', lat: 35.6, lng: 115.94, distanceKm: 24.83 }),
]
const here = { point: { lat: 35.39, lng: 116.1 }, label: '您现在的位置' }

beforeEach(() => taro.navigateTo.mockClear())

describe('marketMarkers', () => {
  it('puts one marker per market at its coordinates, with its name and distance always shown', () => {
    const markers = marketMarkers(nearby)
    expect(markers.map((m) => [m.id, m.latitude, m.longitude, m.iconPath])).toEqual([
      [11, 35.393, 116.098, MARKET_ICON],
      [12, 35.6, 115.94, MARKET_ICON],
    ])
    expect(markers.map((m) => m.callout?.content)).toEqual(['巨野县零工市场\n距您 350 米', '郓城县零工市场\n距您 24.8 公里'])
    expect(markers.every((m) => m.callout?.display === 'ALWAYS' && m.callout.fontSize >= 16)).toBe(true)
    expect(markers[1].ariaLabel).toBe('郓城县零工市场，距您 24.8 公里')
  })

  it('names a market without a distance when there is no origin, and adds the origin as its own dot', () => {
    expect(marketMarkers([market()])[0].callout?.content).toBe('巨野县零工市场')
    const withOrigin = marketMarkers(nearby, here)
    expect(withOrigin).toHaveLength(3)
    expect(withOrigin[2]).toMatchObject({
      id: ORIGIN_MARKER_ID,
      latitude: 35.39,
      longitude: 116.1,
      iconPath: ORIGIN_ICON,
      callout: { content: '您现在的位置' },
    })
  })

  it('maps a tapped marker back to its market, and the origin to none', () => {
    expect(marketOfMarker(12, nearby)?.name).toBe('郓城县零工市场')
    expect(marketOfMarker('11', nearby)?.id).toBe(11)
    expect(marketOfMarker(ORIGIN_MARKER_ID, nearby)).toBeUndefined()
    expect(marketOfMarker(999, nearby)).toBeUndefined()
  })

  it('centres on the origin, else the first market, else the city', () => {
    expect(mapCenter(nearby, here)).toEqual(here.point)
    expect(mapCenter(nearby)).toEqual({ lat: 35.393, lng: 116.098 })
    expect(mapCenter([])).toEqual(HEZE_COUNTIES[0].seat)
  })
})

describe('MarketMap', () => {
  it('opens the market detail from a marker or its callout, and nothing from the origin', () => {
    render(<MarketMap markets={nearby} origin={here} />)
    fireEvent.click(screen.getByTestId('marker-12'))
    expect(taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/market/index?id=12' })
    fireEvent.click(screen.getByTestId('callout-11'))
    expect(taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/market/index?id=11' })
    fireEvent.click(screen.getByTestId(`marker-${ORIGIN_MARKER_ID}`))
    expect(taro.navigateTo).toHaveBeenCalledTimes(2)
  })

  it('gives way to the list when WeChat cannot create the map', () => {
    render(<MarketMap markets={nearby} />)
    fireEvent.click(screen.getByTestId('map-fail'))
    expect(screen.queryByTestId('market-map')).toBeNull()
    expect(screen.getByText('地图没能打开，请看下面的市场列表。')).toBeTruthy()
  })
})

describe('MarketInfo on WeChat', () => {
  const env = process.env.TARO_ENV
  afterEach(() => {
    process.env.TARO_ENV = env
  })

  it("navigates with WeChat's own map app to the market's point, name and address", () => {
    process.env.TARO_ENV = 'weapp'
    render(<MarketInfo market={nearby[0]} detailed />)
    fireEvent.click(screen.getByTestId('navigate'))
    expect(taro.openLocation).toHaveBeenCalledWith({
      latitude: 35.393,
      longitude: 116.098,
      name: '巨野县零工市场',
      address: '巨野县永丰街与新华路交叉口南',
      scale: 16,
    })
  })

  it('offers no navigation button in the browser build', () => {
    process.env.TARO_ENV = 'h5'
    render(<MarketInfo market={nearby[0]} detailed />)
    expect(screen.queryByTestId('navigate')).toBeNull()
  })
})
