import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { Claim, ClaimStatus } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { ClaimCard } from '../../components/claim-card'
import { ErrorText } from '../../components/messages'
import { scopeName, StaffCountyPicker, useStaffCounty } from '../staff-county'
import '../common.scss'

const STATUS_FILTERS: { status?: ClaimStatus; label: string }[] = [
  { label: '全部' },
  { status: 'reported', label: '待处理' },
  { status: 'forwarded', label: '已转保险公司' },
  { status: 'closed', label: '已结案' },
]

/** The county's accident reports, newest first (as the API pages them), narrowed by status. */
export default function ClaimQueuePage() {
  const font = usePageFont()
  const county = useStaffCounty()
  const [status, setStatus] = useState<ClaimStatus>()
  const [items, setItems] = useState<Claim[]>()
  const [nextCursor, setNextCursor] = useState<string>()
  const [error, setError] = useState<string>()

  const load = async (filters: { status?: ClaimStatus; countyCode?: string }, cursor?: string) => {
    setError(undefined)
    try {
      const page = await api.claimQueue({ ...filters, cursor })
      setItems((prev) => (cursor ? [...(prev ?? []), ...page.items] : page.items))
      setNextCursor(page.nextCursor)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  useDidShow(() => {
    font.refresh()
    void load({ status, countyCode: county.countyCode })
  })

  const pickStatus = (next?: ClaimStatus) => {
    setStatus(next)
    void load({ status: next, countyCode: county.countyCode })
  }

  const pickCounty = (code?: string) => {
    county.pick(code)
    setItems(undefined)
    void load({ status, countyCode: code })
  }

  return (
    <View className='page operator-claims-page' style={font.style}>
      <StaffCountyPicker county={county} onPick={pickCounty} />
      <Text className='row muted' data-testid='claims-scope'>
        {scopeName(county)}的意外报案，新报的在前。
      </Text>
      <View className='field'>
        {STATUS_FILTERS.map((f) => (
          <Text
            key={f.label}
            className={`chip ${status === f.status ? 'chip-on' : ''}`}
            data-testid={`claim-filter-${f.status ?? 'all'}`}
            onClick={() => pickStatus(f.status)}
          >
            {status === f.status ? '✓ ' : ''}
            {f.label}
          </Text>
        ))}
      </View>
      <ErrorText>{error}</ErrorText>
      {items && !items.length ? <Text className='row'>没有这样的意外报案。</Text> : null}
      {(items ?? []).map((c) => (
        <ClaimCard key={c.id} claim={c} page='/operator/claim/index' />
      ))}
      {nextCursor ? (
        <Button className='btn-plain' data-testid='more' onClick={() => load({ status, countyCode: county.countyCode }, nextCursor)}>
          再看更多
        </Button>
      ) : null}
    </View>
  )
}
