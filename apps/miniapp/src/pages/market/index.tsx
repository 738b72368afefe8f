import { useState } from 'react'
import { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { countyName, tradeName, type Market } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { LoadState } from '../../components/load-state'
import { MarketInfo } from '../../components/market-info'
import '../markets/index.scss'

const TYPE_NAMES: Record<Market['type'], string> = { public: '公益性市场', commercial: '经营性市场', self_formed: '自发形成的市场' }

export default function MarketPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const [market, setMarket] = useState<Market>()
  const [error, setError] = useState<string>()

  useDidShow(() => {
    font.refresh()
    void load()
  })

  const load = () => {
    setError(undefined)
    return api.market(Number(params.id)).then(setMarket, (e) => setError(errorMessage(e)))
  }

  return (
    <View className='page market-page' style={font.style}>
      <LoadState loading={!market} error={error} onRetry={() => void load()} what='市场' />
      {market ? (
        <View className='card'>
          <MarketInfo market={market} detailed />
          <Text className='row'>类型：{TYPE_NAMES[market.type]}</Text>
          <Text className='row'>所在县区：{countyName(market.countyCode) ?? market.countyCode}</Text>
          <Text className='row'>主要工种：{market.trades.map((t) => tradeName(t) ?? t).join('、') || '不限'}</Text>
        </View>
      ) : null}
    </View>
  )
}
