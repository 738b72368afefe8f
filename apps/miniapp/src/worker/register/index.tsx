import { useState } from 'react'
import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { CountyItem, TradeItem } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { locate } from '../../services/location'
import { ErrorText } from '../../components/messages'
import { PrivacyDialog } from '../../components/privacy-dialog'
import { WorkerForm } from '../../components/worker-form'
import { requirePrivacy } from '../../services/privacy'
import './index.scss'

export default function WorkerRegisterPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const consentVersion = params.consent ? decodeURIComponent(params.consent) : ''
  const [catalogue, setCatalogue] = useState<{ trades: TradeItem[]; counties: CountyItem[] }>()
  const [error, setError] = useState<string>()

  useLoad(() => {
    // The form is only reachable through the consent screen.
    if (!consentVersion) {
      void Taro.redirectTo({ url: `/worker/consent/index${params.resume ? `?resume=${params.resume}` : ''}` })
      return
    }
    Promise.all([api.trades(), api.counties()]).then(
      ([trades, counties]) => setCatalogue({ trades: trades.items, counties: counties.items }),
      (e) => setError(errorMessage(e)),
    )
  })

  return (
    <View className='page register-page' style={font.style}>
      <PrivacyDialog />
      <Text className='title'>登记找活</Text>
      <Text className='row muted'>请照身份证填写。身份证号加密保存，只显示前4位和后4位。</Text>
      <ErrorText>{error}</ErrorText>
      {catalogue ? (
        <WorkerForm
          trades={catalogue.trades}
          counties={catalogue.counties}
          consentVersion={consentVersion}
          onSubmit={async (input) => {
            await api.saveWorker(input)
            Taro.showToast({ title: '登记成功', icon: 'success' })
            // Came from a gate scan: finish that check-in with the resume token.
            if (params.resume) await Taro.redirectTo({ url: `/pages/checkin/index?resume=${encodeURIComponent(decodeURIComponent(params.resume))}` })
            else await Taro.switchTab({ url: '/pages/mine/index' })
          }}
          onPhoneCode={async (code) => {
            await requirePrivacy()
            return (await api.bindPhone(code)).phone
          }}
          onLocate={locate}
        />
      ) : null}
    </View>
  )
}
