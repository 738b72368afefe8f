import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { Posting } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { payLabel } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { POSTING_STATUS_LABELS } from '../common'
import '../common.scss'

export default function MyPostingsPage() {
  const font = usePageFont()
  const [items, setItems] = useState<Posting[]>()
  const [error, setError] = useState<string>()

  useDidShow(() => {
    font.refresh()
    api.myPostings().then(
      (r) => setItems(r.items),
      (e) => setError(errorMessage(e)),
    )
  })

  return (
    <View className='page postings-page' style={font.style}>
      <Button className='btn-main' data-testid='post-job' onClick={() => Taro.navigateTo({ url: '/employer/post/index' })}>
        发布招工
      </Button>
      <ErrorText>{error}</ErrorText>
      {items && !items.length ? <Text className='row'>还没有发布过招工。</Text> : null}
      {(items ?? []).map((p) => (
        <View key={p.id} className='card' data-testid='posting-card' onClick={() => Taro.navigateTo({ url: `/employer/posting/index?id=${p.id}` })}>
          <Text className='item-title'>{p.title}</Text>
          <Text className='row status'>{POSTING_STATUS_LABELS[p.status]}</Text>
          {p.statusReason ? <Text className='row'>原因：{p.statusReason}</Text> : null}
          <Text className='row'>
            {payLabel(p)} · 招 {p.headcount} 人，已录用 {p.filledCount} 人
          </Text>
          <Text className='row more'>看报名和附近的零工 ›</Text>
        </View>
      ))}
    </View>
  )
}
