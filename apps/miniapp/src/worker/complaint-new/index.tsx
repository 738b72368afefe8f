import { useState } from 'react'
import Taro, { useLoad } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { CountyItem } from '@lingong/shared'
import { api, errorMessage, orNotFound } from '../../services/api'
import { usePageFont } from '../../services/display'
import { ComplaintForm } from '../../components/complaint-form'
import { ErrorText } from '../../components/messages'
import { createWithPhotos, setUnsentPhotos } from '../../services/photos'
import '../common.scss'

export default function NewComplaintPage() {
  const font = usePageFont()
  const [counties, setCounties] = useState<CountyItem[]>()
  const [countyCode, setCountyCode] = useState<string>()
  const [error, setError] = useState<string>()

  useLoad(() => {
    Promise.all([api.counties(), orNotFound(api.myWorker()).catch(() => undefined)]).then(
      ([c, worker]) => {
        setCountyCode(worker?.countyCode)
        setCounties(c.items)
      },
      (e) => setError(errorMessage(e)),
    )
  })

  return (
    <View className='page complaint-new-page' style={font.style}>
      <Text className='title'>我要投诉</Text>
      <Text className='row muted'>如实填写。提交后，劳动保障监察会在5个工作日内决定是否受理，进展在“我的投诉”里看。</Text>
      <ErrorText>{error}</ErrorText>
      {counties ? (
        <ComplaintForm
          counties={counties}
          initial={{ countyCode }}
          onSubmit={async (input, photos) => {
            const { record, unsent } = await createWithPhotos(photos, {
              alone: () => api.fileComplaint(input),
              withFirst: (photo) => api.fileComplaintWithPhoto(input, photo),
              add: api.addComplaintEvidence,
            })
            // The complaint page says which photos did not arrive and offers to send them again.
            setUnsentPhotos(`complaint:${record.id}`, unsent)
            Taro.showToast({ title: unsent.length ? '已提交，有照片没传上' : '已提交', icon: unsent.length ? 'none' : 'success' })
            await Taro.redirectTo({ url: `/worker/complaint/index?id=${record.id}` })
          }}
        />
      ) : null}
    </View>
  )
}
