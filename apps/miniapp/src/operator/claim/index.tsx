import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import {
  CLAIM_DECISION_LIMITS,
  CLAIM_MAX_PHOTOS,
  CLAIM_STATUS_LABELS,
  shanghaiDate,
  type Claim,
  type ClaimDecisionRequest,
  type EnrollmentDetail,
} from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { shanghaiTimeLabel } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { PhotoSection } from '../../components/photo-section'
import '../common.scss'

export const DECISION_REASON_MISSING = `请先写处理说明（至少${CLAIM_DECISION_LIMITS.min}个字），师傅和用工方都能看到。`

type Decision = 'forward' | 'close'

const DECISIONS: Record<
  Decision,
  {
    label: string
    confirm: { title: string; content: string; confirmText: string; cancelText: string }
    send: (id: number, input: ClaimDecisionRequest) => Promise<Claim>
    done: string
  }
> = {
  forward: {
    label: '转交保险公司',
    confirm: {
      title: '转交保险公司吗？',
      content: '出事时间、地点、经过和受伤情况会发给保险公司，保险公司的报案号会记在这里。转交后不能撤回。',
      confirmText: '确定转交',
      cancelText: '先不转',
    },
    send: (id, input) => api.forwardClaim(id, input),
    done: '已转交',
  },
  close: {
    label: '结案',
    confirm: {
      title: '确定结案吗？',
      content: '结案后不能再转交保险公司，也不能再补传照片。您写的结果师傅和用工方都能看到。',
      confirmText: '确定结案',
      cancelText: '先不结案',
    },
    send: (id, input) => api.closeClaim(id, input),
    done: '已结案',
  },
}

/** What each status still allows: a new report goes to the insurer or is closed; a forwarded one is closed with the result. */
const ALLOWED: Record<Claim['status'], Decision[]> = { reported: ['forward', 'close'], forwarded: ['close'], closed: [] }

/** One accident report for the county's staff: who, which cover, what happened, the photos; 转交保险公司 and 结案. */
export default function OperatorClaimPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const id = Number(params.id)
  const [claim, setClaim] = useState<Claim>()
  const [enrollment, setEnrollment] = useState<EnrollmentDetail>()
  const [error, setError] = useState<string>()
  const [reason, setReason] = useState('')
  const [decisionError, setDecisionError] = useState<string>()
  const [busy, setBusy] = useState(false)

  useDidShow(() => {
    font.refresh()
    api.claim(id).then(
      (c) => {
        setClaim(c)
        api.enrollment(c.enrollmentId).then(setEnrollment, (e) => setError(errorMessage(e)))
      },
      (e) => setError(errorMessage(e)),
    )
  })

  const decide = async (decision: Decision) => {
    const text = reason.trim()
    if (text.length < CLAIM_DECISION_LIMITS.min) return setDecisionError(DECISION_REASON_MISSING)
    setDecisionError(undefined)
    const { confirm } = await Taro.showModal(DECISIONS[decision].confirm)
    if (!confirm) return
    setBusy(true)
    try {
      setClaim(await DECISIONS[decision].send(id, { reason: text }))
      setReason('')
      Taro.showToast({ title: DECISIONS[decision].done, icon: 'none' })
    } catch (e) {
      setDecisionError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  if (!claim) {
    return (
      <View className='page operator-claim-page' style={font.style}>
        <ErrorText>{error}</ErrorText>
      </View>
    )
  }
  const certificate = enrollment?.certificate
  const allowed = ALLOWED[claim.status]
  return (
    <View className='page operator-claim-page' style={font.style}>
      <ErrorText>{error}</ErrorText>
      <View className='card'>
        <Text className='item-title'>意外报案（第 {claim.id} 号）</Text>
        <Text className='row status' data-testid='claim-status'>
          {CLAIM_STATUS_LABELS[claim.status]}
        </Text>
        {claim.statusReason ? (
          <Text className='row' data-testid='claim-reason'>
            处理说明：{claim.statusReason}
          </Text>
        ) : null}
        {claim.insurerClaimNo ? (
          <Text className='row' data-testid='insurer-claim-no'>
            保险公司报案号：{claim.insurerClaimNo}
          </Text>
        ) : null}
        <Text className='row' data-testid='claim-insured'>
          受伤的人：{certificate ? `${certificate.insuredName}（身份证 ${certificate.insuredIdMasked}）` : `师傅${claim.workerId}号`}
        </Text>
        <Text className='row muted'>
          {claim.reportedBy === 'employer' ? '用工方' : '师傅本人'}在 {shanghaiTimeLabel(claim.reportedAt)} 报的案
        </Text>
      </View>

      <View className='card' data-testid='claim-cover'>
        <Text className='title'>保险</Text>
        <Text className='row'>
          投保第 {claim.enrollmentId} 号{certificate ? ` · ${certificate.productName}` : ''}
        </Text>
        {certificate ? (
          <Text className='row'>
            {certificate.insurer} · 保单号 {certificate.policyNo}
          </Text>
        ) : null}
        {enrollment ? (
          <Text className='row'>
            保障期间：{enrollment.startDate} 到 {enrollment.endDate}（{enrollment.days} 天）
          </Text>
        ) : null}
        <Text className='row' data-testid='claim-day'>
          出事那天：{shanghaiDate(new Date(claim.accidentAt))}
        </Text>
      </View>

      <View className='card'>
        <Text className='title'>出了什么事</Text>
        <Text className='row' data-testid='claim-time'>
          出事时间：{shanghaiTimeLabel(claim.accidentAt)}
        </Text>
        <Text className='row'>地点：{claim.place}</Text>
        <Text className='row'>经过：{claim.description}</Text>
        <Text className='row'>受伤情况：{claim.injuries}</Text>
      </View>

      <PhotoSection
        title='现场和伤情照片'
        recordKey={`claim:${id}`}
        files={claim.photos}
        load={(photoId) => api.claimPhotoFile(id, photoId)}
        onAdded={setClaim}
        limit={CLAIM_MAX_PHOTOS}
        emptyText='没有照片。'
      />

      {allowed.length ? (
        <View className='card' data-testid='decision-card'>
          <Text className='title'>办理</Text>
          <Text className='label'>{allowed.includes('forward') ? '处理说明（转交或结案都要写，师傅和用工方能看到）' : '结案结果（师傅和用工方能看到）'}</Text>
          <Textarea
            className='input textarea'
            data-testid='decision-reason'
            value={reason}
            maxlength={CLAIM_DECISION_LIMITS.max}
            onInput={(e) => setReason(e.detail.value)}
          />
          <ErrorText testId='decision-error'>{decisionError}</ErrorText>
          {allowed.map((d, i) => (
            <Button
              key={d}
              className={`${i === 0 ? 'btn-main' : 'btn-plain'} ${busy ? 'is-busy' : ''}`}
              data-testid={`claim-${d}`}
              disabled={busy}
              onClick={() => decide(d)}
            >
              {busy ? '正在提交…' : DECISIONS[d].label}
            </Button>
          ))}
        </View>
      ) : (
        <Text className='row muted' data-testid='claim-done'>
          这份报案已经结案，没有要办的了。
        </Text>
      )}
    </View>
  )
}
