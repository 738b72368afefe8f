import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { tradeName, type Hire } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { payLabel } from '../../services/format'
import { LoadState } from '../../components/load-state'
import { employerHireStatus } from '../common'
import '../common.scss'

/** 用工记录: everyone the employer hired, newest first, each leading to its agreement, 完工, rating and insurance. */
export default function EmployerHiresPage() {
  const font = usePageFont()
  const [items, setItems] = useState<Hire[]>()
  const [nextCursor, setNextCursor] = useState<string>()
  const [error, setError] = useState<string>()

  const load = async (cursor?: string) => {
    setError(undefined)
    try {
      const page = await api.employerHires(cursor)
      setItems((before) => (cursor ? [...(before ?? []), ...page.items] : page.items))
      setNextCursor(page.nextCursor)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  useDidShow(() => {
    font.refresh()
    void load()
  })
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  return (
    <View className='page employer-hires-page' style={font.style}>
      <Text className='title'>用工记录</Text>
      <LoadState loading={!items} error={error} onRetry={() => void load()} what='用工记录' />
      {items && !items.length ? <Text className='row'>还没有录用过师傅。录用后，协议、完工、评价和保险都在这里。</Text> : null}
      {(items ?? []).map((hire) => (
        <View key={hire.id} className='card' data-testid='employer-hire-card' onClick={() => Taro.navigateTo({ url: `/employer/hire/index?id=${hire.id}` })}>
          <Text className='item-title'>{hire.workerName}</Text>
          <Text className='row'>
            {tradeName(hire.trade) ?? hire.trade} · {payLabel(hire)}
          </Text>
          <Text className='row'>
            {hire.startDate} 到 {hire.endDate} · {hire.address}
          </Text>
          <Text className='row status'>{employerHireStatus(hire)}</Text>
          <Text className='row more'>看协议、标记完工、评价、买保险 ›</Text>
        </View>
      ))}
      {nextCursor ? (
        <Button className='btn-plain' data-testid='more-hires' onClick={() => load(nextCursor)}>
          再看更早的
        </Button>
      ) : null}
    </View>
  )
}
