import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_STATUS_LABELS, type ComplaintSummary } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { ErrorText } from '../../components/messages'
import '../common.scss'

export default function ComplaintsPage() {
  const font = usePageFont()
  const [items, setItems] = useState<ComplaintSummary[]>()
  const [error, setError] = useState<string>()

  useDidShow(() => {
    font.refresh()
    api.complaints().then(
      (r) => setItems(r.items),
      (e) => setError(errorMessage(e)),
    )
  })

  return (
    <View className='page complaints-page' style={font.style}>
      <Button className='btn-main' data-testid='new-complaint' onClick={() => Taro.navigateTo({ url: '/worker/complaint-new/index' })}>
        我要投诉
      </Button>
      <Text className='row muted'>欠薪、虚假招聘、乱收费扣证件等，都可以在这里投诉。劳动保障监察会在5个工作日内决定是否受理。</Text>
      <ErrorText>{error}</ErrorText>
      {items && !items.length ? <Text className='row'>您还没有投诉。</Text> : null}
      {(items ?? []).map((c) => (
        <View key={c.id} className='card' data-testid='complaint-card' onClick={() => Taro.navigateTo({ url: `/worker/complaint/index?id=${c.id}` })}>
          <Text className='item-title'>
            {COMPLAINT_CATEGORY_LABELS[c.category]}：{c.respondentName}
          </Text>
          <Text className='row status'>{COMPLAINT_STATUS_LABELS[c.status]}</Text>
          <Text className='row muted'>
            {c.submittedOn} 提交{c.dueOn ? `，应在 ${c.dueOn} 前答复` : ''}
          </Text>
          <Text className='row more'>看进展 ›</Text>
        </View>
      ))}
    </View>
  )
}
