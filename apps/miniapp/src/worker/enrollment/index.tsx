import { useState } from 'react'
import { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EnrollmentDetail } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { yuan } from '../../services/format'
import { ErrorText } from '../../components/messages'
import '../common.scss'

/** The electronic certificate, as the API answers it for the insured (ID number masked). */
export default function EnrollmentPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const [detail, setDetail] = useState<EnrollmentDetail>()
  const [error, setError] = useState<string>()

  useDidShow(() => {
    font.refresh()
    api.enrollment(Number(params.id)).then(setDetail, (e) => setError(errorMessage(e)))
  })

  const c = detail?.certificate
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
              {item.name}：{yuan(item.amountFen)} 元{item.kind === 'hospital_allowance' ? '/天' : ''}
            </Text>
          ))}
          <Text className='row'>保费：{yuan(c.premiumFen)} 元</Text>
          <Text className='row'>出事后请马上打保险公司电话报案：{c.insurerHotline}</Text>
        </View>
      ) : null}
    </View>
  )
}
