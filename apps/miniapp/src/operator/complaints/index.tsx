import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_STATUS_LABELS, type ComplaintStatus, type ComplaintSummary } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { ErrorText } from '../../components/messages'
import { scopeName, StaffCountyPicker, useStaffCounty } from '../staff-county'
import '../common.scss'

const STATUS_FILTERS: { status?: ComplaintStatus; label: string }[] = [
  { label: '全部' },
  { status: 'submitted', label: '待受理' },
  { status: 'accepted', label: '已受理' },
  { status: 'investigating', label: '调查中' },
  { status: 'needs_material', label: '待补材料' },
]

export default function ComplaintQueuePage() {
  const font = usePageFont()
  const county = useStaffCounty()
  const [status, setStatus] = useState<ComplaintStatus>()
  const [overdueOnly, setOverdueOnly] = useState(false)
  const [items, setItems] = useState<ComplaintSummary[]>()
  const [nextCursor, setNextCursor] = useState<string>()
  const [error, setError] = useState<string>()

  const load = async (filters: { status?: ComplaintStatus; overdue: boolean; countyCode?: string }, cursor?: string) => {
    setError(undefined)
    try {
      const page = await api.complaintQueue({ status: filters.status, overdue: filters.overdue ? 'true' : undefined, countyCode: filters.countyCode, cursor })
      setItems((prev) => (cursor ? [...(prev ?? []), ...page.items] : page.items))
      setNextCursor(page.nextCursor)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  useDidShow(() => {
    font.refresh()
    void load({ status, overdue: overdueOnly, countyCode: county.countyCode })
  })

  const pick = (next: { status?: ComplaintStatus; overdue: boolean }) => {
    setStatus(next.status)
    setOverdueOnly(next.overdue)
    void load({ ...next, countyCode: county.countyCode })
  }

  const pickCounty = (code?: string) => {
    county.pick(code)
    setItems(undefined)
    void load({ status, overdue: overdueOnly, countyCode: code })
  }

  return (
    <View className='page operator-complaints-page' style={font.style}>
      <StaffCountyPicker county={county} onPick={pickCounty} />
      <Text className='row muted' data-testid='queue-scope'>
        {scopeName(county)}的投诉，按期限先后排。
      </Text>
      <View className='field'>
        {STATUS_FILTERS.map((f) => (
          <Text
            key={f.label}
            className={`chip ${status === f.status ? 'chip-on' : ''}`}
            data-testid={`filter-${f.status ?? 'all'}`}
            onClick={() => pick({ status: f.status, overdue: overdueOnly })}
          >
            {status === f.status ? '✓ ' : ''}
            {f.label}
          </Text>
        ))}
        <Text className={`chip ${overdueOnly ? 'chip-on' : ''}`} data-testid='filter-overdue' onClick={() => pick({ status, overdue: !overdueOnly })}>
          {overdueOnly ? '✓ ' : ''}只看已超期
        </Text>
      </View>
      <ErrorText>{error}</ErrorText>
      {items && !items.length ? <Text className='row'>没有要办的投诉。</Text> : null}
      {(items ?? []).map((c) => (
        <View key={c.id} className='card' data-testid='queue-card' onClick={() => Taro.navigateTo({ url: `/operator/complaint/index?id=${c.id}` })}>
          <Text className='item-title'>
            {COMPLAINT_CATEGORY_LABELS[c.category]}：{c.respondentName}
          </Text>
          <View>
            <Text className='row status'>{COMPLAINT_STATUS_LABELS[c.status]}</Text>
            {c.overdue ? (
              <Text className='overdue-flag' data-testid='overdue'>
                已超期
              </Text>
            ) : null}
          </View>
          <Text className='row muted'>
            第 {c.id} 号 · {c.submittedOn} 提交{c.dueOn ? ` · 期限 ${c.dueOn}` : ''}
          </Text>
          <Text className='row more'>办理 ›</Text>
        </View>
      ))}
      {nextCursor ? (
        <Button className='btn-plain' data-testid='more' onClick={() => load({ status, overdue: overdueOnly, countyCode: county.countyCode }, nextCursor)}>
          再看更多
        </Button>
      ) : null}
    </View>
  )
}
