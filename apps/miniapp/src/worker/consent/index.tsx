import { useState } from 'react'
import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { api, errorMessage, type ConsentText } from '../../services/api'
import { usePageFont } from '../../services/display'
import { ErrorText } from '../../components/messages'
import './index.scss'

/**
 * PIPL Art 29: the ID number and precise location need a separate consent, given on its own screen
 * with the purpose stated, before the registration form asks for them.
 */
export default function ConsentPage() {
  const font = usePageFont()
  const [consent, setConsent] = useState<ConsentText>()
  const [error, setError] = useState<string>()
  // A check-in that waits for this registration (see pages/checkin): handed on to the form.
  const { params } = useRouter()
  const resume = params.resume ? `&resume=${encodeURIComponent(decodeURIComponent(params.resume))}` : ''

  useLoad(() => {
    api.piiConsent().then(setConsent, (e) => setError(errorMessage(e)))
  })

  return (
    <View className='page consent-page' style={font.style}>
      <ErrorText>{error}</ErrorText>
      {consent ? (
        <View>
          <Text className='title'>{consent.title}</Text>
          <View className='card'>
            {consent.paragraphs.map((p, i) => (
              <Text key={i} className='row consent-paragraph'>
                {p}
              </Text>
            ))}
            <Text className='row muted'>版本：{consent.version}</Text>
          </View>
          <Button
            className='btn-main'
            data-testid='agree'
            onClick={() => Taro.redirectTo({ url: `/worker/register/index?consent=${encodeURIComponent(consent.version)}${resume}` })}
          >
            我已阅读，同意
          </Button>
          <Button className='btn-plain' data-testid='disagree' onClick={() => Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/mine/index' }))}>
            不同意，返回
          </Button>
          <Text className='row muted'>不同意就不能登记找活，但仍可以查看市场信息。</Text>
        </View>
      ) : null}
    </View>
  )
}
