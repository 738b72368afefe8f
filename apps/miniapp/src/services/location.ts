import Taro from '@tarojs/taro'
import type { LatLng } from '@lingong/shared'
import { requirePrivacy } from './privacy'

export const LOCATION_FAILED = '没能取得您的位置。可以在下面选择所在县区，按县区位置排序。'

/**
 * The user's position for ranking markets by distance. WeChat: the fuzzy location (app.config lists
 * only getFuzzyLocation in requiredPrivateInfos), after the privacy authorisation. The browser only
 * offers wgs84; the few hundred metres to GCJ-02 do not change which market is nearest.
 */
export async function locate(): Promise<LatLng> {
  if (process.env.TARO_ENV === 'weapp') {
    await requirePrivacy()
    const { latitude, longitude } = await Taro.getFuzzyLocation({ type: 'gcj02' })
    return { lat: latitude, lng: longitude }
  }
  const { latitude, longitude } = await Taro.getLocation({ type: 'wgs84' })
  return { lat: latitude, lng: longitude }
}
