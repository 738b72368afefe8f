import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { answerPrivacy, onPrivacyPending, PRIVACY_AGREE_BUTTON_ID } from '../services/privacy'

/** WeChat's privacy authorisation, shown when a location or phone call waits for it. */
export function PrivacyDialog() {
  const [pending, setPending] = useState(false)
  useEffect(() => onPrivacyPending(setPending), [])
  if (!pending) return null
  return (
    <View className='privacy-mask'>
      <View className='card privacy-dialog'>
        <Text className='title'>个人信息保护提示</Text>
        <Text className='row'>使用位置和手机号之前，请阅读并同意《菏泽零工市场小程序隐私保护指引》。位置只用于把离您近的市场和活儿排在前面。</Text>
        <Button className='btn-main' id={PRIVACY_AGREE_BUTTON_ID} openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={() => answerPrivacy(true)}>
          同意
        </Button>
        <Button className='btn-plain' onClick={() => answerPrivacy(false)}>
          不同意
        </Button>
      </View>
    </View>
  )
}
