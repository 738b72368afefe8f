import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { CLAIM_STATUS_LABELS, type Claim } from '@lingong/shared'
import { shanghaiTimeLabel } from '../services/format'

/** One accident report in a list: when, where, how far it has got; opens the report (the worker's page unless `page` says which). */
export function ClaimCard({ claim, page = '/worker/claim/index' }: { claim: Claim; page?: string }) {
  return (
    <View className='card' data-testid='claim-card' onClick={() => Taro.navigateTo({ url: `${page}?id=${claim.id}` })}>
      <Text className='item-title'>
        {shanghaiTimeLabel(claim.accidentAt)} · {claim.place}
      </Text>
      <Text className='row status'>{CLAIM_STATUS_LABELS[claim.status]}</Text>
      <Text className='row muted'>
        受伤情况：{claim.injuries} · 照片 {claim.photos.length} 张
      </Text>
      <Text className='row more'>看报案 ›</Text>
    </View>
  )
}
