import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { Posting } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { payLabel } from '../../services/format'
import { LoadMore, LoadState } from '../../components/load-state'
import { POSTING_STATUS_LABELS } from '../common'
import '../common.scss'

export default function MyPostingsPage() {
  const font = usePageFont()
  const [items, setItems] = useState<Posting[]>()
  const [error, setError] = useState<string>()
  const [nextCursor, setNextCursor] = useState<string>()
  const [busy, setBusy] = useState(false)

  const load = async (cursor?: string) => {
    setError(undefined)
    setBusy(true)
    try {
      const page = await api.myPostings(cursor)
      setItems((before) => (cursor ? [...(before ?? []), ...page.items] : page.items))
      setNextCursor(page.nextCursor)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
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
    <View className='page postings-page' style={font.style}>
      <Button className='btn-main' data-testid='post-job' onClick={() => Taro.navigateTo({ url: '/employer/post/index' })}>
        发布招工
      </Button>
      <LoadState loading={!items} error={error} onRetry={() => void load()} what='我的招工' />
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
      <LoadMore cursor={nextCursor} busy={busy} onMore={() => void load(nextCursor)} />
    </View>
  )
}
