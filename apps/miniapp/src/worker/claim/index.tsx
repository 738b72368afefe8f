import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { CLAIM_MAX_PHOTOS, CLAIM_STATUS_LABELS, type Claim, type EnrollmentDetail } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { shanghaiTimeLabel } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { PhotoSection } from '../../components/photo-section'
import '../common.scss'

/** One accident report: what was reported, how far it has got, and its photos. */
export default function ClaimPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const id = Number(params.id)
  const [claim, setClaim] = useState<Claim>()
  const [enrollment, setEnrollment] = useState<EnrollmentDetail>()
  const [error, setError] = useState<string>()

  useDidShow(() => {
    font.refresh()
    api.claim(id).then(
      (c) => {
        setClaim(c)
        // Only for the insurer's name and hotline: the report stands without them.
        api.enrollment(c.enrollmentId).then(setEnrollment, () => undefined)
      },
      (e) => setError(errorMessage(e)),
    )
  })

  if (!claim) {
    return (
      <View className='page claim-page' style={font.style}>
        <ErrorText>{error}</ErrorText>
      </View>
    )
  }
  const certificate = enrollment?.certificate
  return (
    <View className='page claim-page' style={font.style}>
      <View className='card'>
        <Text className='item-title'>意外报案（第 {claim.id} 号）</Text>
        <Text className='row status' data-testid='claim-status'>
          {CLAIM_STATUS_LABELS[claim.status]}
        </Text>
        {claim.statusReason ? <Text className='row'>处理说明：{claim.statusReason}</Text> : null}
        {claim.insurerClaimNo ? <Text className='row'>保险公司报案号：{claim.insurerClaimNo}</Text> : null}
        <Text className='row' data-testid='claim-time'>
          出事时间：{shanghaiTimeLabel(claim.accidentAt)}
        </Text>
        <Text className='row'>地点：{claim.place}</Text>
        <Text className='row'>经过：{claim.description}</Text>
        <Text className='row'>受伤情况：{claim.injuries}</Text>
        <Text className='row muted'>
          {/* The employer who reported opens this page too, so the reporter is named, not “您”. */}
          {claim.reportedBy === 'employer' ? '用工方' : '师傅本人'}在 {shanghaiTimeLabel(claim.reportedAt)} 报的案
        </Text>
        {certificate ? (
          <Text className='row muted'>
            {certificate.insurer} · 保单号 {certificate.policyNo}
          </Text>
        ) : null}
      </View>

      <PhotoSection
        title='现场和伤情照片'
        recordKey={`claim:${id}`}
        files={claim.photos}
        load={(photoId) => api.claimPhotoFile(id, photoId)}
        add={claim.status === 'closed' ? undefined : (photo) => api.addClaimPhoto(id, photo)}
        onAdded={setClaim}
        limit={CLAIM_MAX_PHOTOS}
        emptyText={claim.status === 'closed' ? '没有照片。' : '还没有照片。现场、伤口、病历和发票的照片，都可以补传。'}
      />

      {certificate ? (
        <Button className='btn-plain' data-testid='call-insurer' onClick={() => Taro.makePhoneCall({ phoneNumber: certificate.insurerHotline })}>
          打保险公司电话 {certificate.insurerHotline}
        </Button>
      ) : null}
    </View>
  )
}
