import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { shanghaiDate, type Claim, type EnrollmentDetail } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { moneyLabel, yuan } from '../../services/format'
import { ClaimCard } from '../../components/claim-card'
import { ErrorText } from '../../components/messages'
import { PhoneLink } from '../../components/phone-link'
import '../common.scss'

/** The electronic certificate, as the API answers it for the insured (ID number masked). */
export default function EnrollmentPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const id = Number(params.id)
  const [detail, setDetail] = useState<EnrollmentDetail>()
  const [claims, setClaims] = useState<Claim[]>([])
  const [error, setError] = useState<string>()

  useDidShow(() => {
    font.refresh()
    api.enrollment(id).then(setDetail, (e) => setError(errorMessage(e)))
    api.claims().then(
      (r) => setClaims(r.items.filter((claim) => claim.enrollmentId === id)),
      (e) => setError(errorMessage(e)),
    )
  })

  const c = detail?.certificate
  const started = detail ? detail.startDate <= shanghaiDate() : false
  return (
    <View className='page enrollment-page' style={font.style}>
      <ErrorText>{error}</ErrorText>
      {detail && !c ? <Text className='notice'>保险公司还没有出单，暂时没有电子保险凭证。</Text> : null}
      {c ? (
        <View className='card' data-testid='certificate'>
          <Text className='title'>电子保险凭证</Text>
          <Text className='row'>保单号：{c.policyNo}</Text>
          <Text className='row'>被保险人：{c.insuredName}</Text>
          <Text className='row'>身份证：{c.insuredIdMasked}</Text>
          <Text className='row'>
            {c.insurer} · {c.productName}（{c.planCode}）
          </Text>
          <Text className='row'>
            保障期间：{c.startDate} 零点 到 {c.endDate} 24点
          </Text>
          {c.cover.map((item) => (
            <Text key={item.kind} className='row'>
              {item.name}：{moneyLabel(item.amountFen)}
              {item.kind === 'hospital_allowance' ? '/天' : ''}
            </Text>
          ))}
          <Text className='row'>保费：{yuan(c.premiumFen)} 元</Text>
          <Text className='row'>
            出事后请马上打保险公司电话报案：
            <PhoneLink phone={c.insurerHotline} testId='insurer-hotline' />
          </Text>
        </View>
      ) : null}
      {c && detail?.status === 'issued' ? (
        started ? (
          <Button className='btn-main' data-testid='report-accident' onClick={() => Taro.navigateTo({ url: `/worker/claim-new/index?enrollmentId=${id}` })}>
            报告意外
          </Button>
        ) : (
          <Text className='row muted' data-testid='report-later'>
            保障从 {detail.startDate} 零点开始；保障期内出了意外，在这里报案。
          </Text>
        )
      ) : null}
      {claims.length ? <Text className='title'>这份保险的报案</Text> : null}
      {claims.map((claim) => (
        <ClaimCard key={claim.id} claim={claim} />
      ))}
    </View>
  )
}
