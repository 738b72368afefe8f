import { useState } from 'react'
import Taro, { useLoad } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { TRADES, type EmployerProfile } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { locate } from '../../services/location'
import { askToNotify, prefetchSubscribeTemplates } from '../../services/subscribe'
import { ErrorText } from '../../components/messages'
import { PostingForm } from '../../components/posting-form'
import { PrivacyDialog } from '../../components/privacy-dialog'
import '../common.scss'

export default function PostJobPage() {
  const font = usePageFont()
  const [employer, setEmployer] = useState<EmployerProfile>()
  const [error, setError] = useState<string>()

  useLoad(() => {
    api.myEmployer().then(setEmployer, (e) => setError(errorMessage(e)))
    void prefetchSubscribeTemplates()
  })

  return (
    <View className='page post-page' style={font.style}>
      <PrivacyDialog />
      <Text className='title'>发布招工</Text>
      <Text className='row muted'>写清楚干什么活、给多少钱、怎么结。不能限定性别、户籍，不能收任何费用。</Text>
      <ErrorText>{error}</ErrorText>
      {employer ? (
        <PostingForm
          trades={TRADES}
          defaultPhone={employer.phone}
          onLocate={locate}
          onSubmit={async (input) => {
            // Within the tap, before any await: may we tell them when someone applies or the posting is refused?
            void askToNotify(['application', 'posting_rejected'])
            const posting = await api.createPosting(input)
            Taro.showToast({ title: posting.status === 'open' ? '已发布' : '已提交审核', icon: 'none' })
            await Taro.redirectTo({ url: `/employer/posting/index?id=${posting.id}` })
          }}
        />
      ) : null}
    </View>
  )
}
