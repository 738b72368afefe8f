import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'

/** A phone number one tap away (the insurer's hotline, a market's phone), underlined so it reads as tappable. */
export function PhoneLink({ phone, testId }: { phone: string; testId?: string }) {
  return (
    <Text className='phone-link' data-testid={testId ?? 'phone-link'} onClick={() => Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
      📞 {phone}
    </Text>
  )
}
