import { useState } from 'react'
import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { EnrollmentDetail } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { createWithPhotos, setUnsentPhotos } from '../../services/photos'
import { ClaimForm } from '../../components/claim-form'
import { ErrorText } from '../../components/messages'
import '../common.scss'

/** 报告意外 for one enrollment (opened from its certificate). */
export default function NewClaimPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const [enrollment, setEnrollment] = useState<EnrollmentDetail>()
  const [error, setError] = useState<string>()

  useLoad(() => {
    api.enrollment(Number(params.enrollmentId)).then(setEnrollment, (e) => setError(errorMessage(e)))
  })

  const hotline = enrollment?.certificate?.insurerHotline
  return (
    <View className='page claim-new-page' style={font.style}>
      <Text className='title'>报告意外</Text>
      <ErrorText>{error}</ErrorText>
      {enrollment ? (
        <View>
          <Text className='row muted'>
            保障期间：{enrollment.startDate} 到 {enrollment.endDate}。受了伤先去看病；报案后，工作人员会把材料转给保险公司。
          </Text>
          {hotline ? (
            <Button className='btn-plain' data-testid='call-insurer' onClick={() => Taro.makePhoneCall({ phoneNumber: hotline })}>
              也可以打保险公司电话 {hotline}
            </Button>
          ) : null}
          {enrollment.status === 'issued' ? (
            <ClaimForm
              enrollment={enrollment}
              onSubmit={async (input, photos) => {
                const { record, unsent } = await createWithPhotos(photos, {
                  alone: () => api.reportClaim(input),
                  withFirst: (photo) => api.reportClaimWithPhoto(input, photo),
                  add: api.addClaimPhoto,
                })
                // The report page says which photos did not arrive and offers to send them again.
                setUnsentPhotos(`claim:${record.id}`, unsent)
                Taro.showToast({ title: unsent.length ? '已报案，有照片没传上' : '已报案', icon: unsent.length ? 'none' : 'success' })
                await Taro.redirectTo({ url: `/worker/claim/index?id=${record.id}` })
              }}
            />
          ) : (
            <Text className='notice'>这份保险没有出单，不能报案。</Text>
          )}
        </View>
      ) : null}
    </View>
  )
}
