import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { countyName, tradeName, type Posting } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { payLabel } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { scopeName, StaffCountyPicker, useStaffCounty } from '../staff-county'
import '../common.scss'

function ReviewCard({ posting, onDone }: { posting: Posting; onDone: () => void }) {
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const act = async (run: () => Promise<unknown>, done: string) => {
    setError(undefined)
    setBusy(true)
    try {
      await run()
      Taro.showToast({ title: done, icon: 'none' })
      onDone()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const p = posting
  return (
    <View className='card' data-testid='review-card'>
      <Text className='item-title'>{p.title}</Text>
      <Text className='row'>
        {p.employerName} · {countyName(p.countyCode) ?? p.countyCode}
      </Text>
      <Text className='row'>
        {tradeName(p.trade) ?? p.trade} · {p.headcount} 人 · {payLabel(p)}
      </Text>
      <Text className='row'>
        {p.startDate} 开工，干 {p.durationDays} 天 · {p.address}
      </Text>
      <Text className='row'>{p.description}</Text>
      {p.requirements ? <Text className='row'>要求：{p.requirements}</Text> : null}
      {/* The API's status reason is the first note's reason: shown on its own only when there are no notes. */}
      {p.statusReason && !p.reviewNotes?.length ? <Text className='row'>待审原因：{p.statusReason}</Text> : null}
      {(p.reviewNotes ?? []).map((n, i) => (
        <Text key={i} className='row warning' data-testid='review-note'>
          ！“{n.phrase}”：{n.reason}
        </Text>
      ))}
      <ErrorText>{error}</ErrorText>
      <Button className='btn-main' data-testid='approve' disabled={busy} onClick={() => act(() => api.approvePosting(p.id), '已通过')}>
        通过，发布出去
      </Button>
      {rejecting ? (
        <View>
          <Text className='label'>不通过的理由（用工方能看到）</Text>
          <Textarea className='input textarea' data-testid='reject-reason' value={reason} maxlength={500} onInput={(e) => setReason(e.detail.value)} />
          <Button
            className='btn-plain btn-danger'
            data-testid='reject'
            disabled={busy}
            onClick={() => act(() => api.rejectPosting(p.id, reason.trim()), '已退回')}
          >
            确定不通过
          </Button>
        </View>
      ) : (
        <Button className='btn-plain' data-testid='start-reject' onClick={() => setRejecting(true)}>
          不通过…
        </Button>
      )}
    </View>
  )
}

export default function PostingReviewPage() {
  const font = usePageFont()
  const county = useStaffCounty()
  const [items, setItems] = useState<Posting[]>()
  const [error, setError] = useState<string>()

  const load = (countyCode = county.countyCode) => {
    setError(undefined)
    return api.pendingPostings({ countyCode }).then(
      (r) => setItems(r.items),
      (e) => setError(errorMessage(e)),
    )
  }

  useDidShow(() => {
    font.refresh()
    void load()
  })

  const pickCounty = (code?: string) => {
    county.pick(code)
    setItems(undefined)
    void load(code)
  }

  return (
    <View className='page operator-postings-page' style={font.style}>
      <StaffCountyPicker county={county} onPick={pickCounty} />
      <Text className='row muted'>{scopeName(county)}：这些招工被内容检查拦下，等人工看过再发布。</Text>
      <ErrorText>{error}</ErrorText>
      {items && !items.length ? <Text className='row'>没有等待审核的招工。</Text> : null}
      {(items ?? []).map((p) => (
        <ReviewCard key={p.id} posting={p} onDone={() => void load()} />
      ))}
    </View>
  )
}
