import { Button, Image, Text, View } from '@tarojs/components'
import type { LocalFile } from '../services/api'
import { pickPhotos } from '../services/photos'

export interface PhotoPickerProps {
  label: string
  photos: LocalFile[]
  /** Most photos the form sends. */
  max: number
  onChange: (photos: LocalFile[]) => void
  disabled?: boolean
}

/** 添加照片 from the album or camera (compressed), thumbnails with 删除 under each; nothing is sent until the form is. */
export function PhotoPicker({ label, photos, max, onChange, disabled }: PhotoPickerProps) {
  const room = max - photos.length
  const add = async () => {
    const picked = await pickPhotos(room)
    if (picked.length) onChange([...photos, ...picked].slice(0, max))
  }
  return (
    <View className='field'>
      <Text className='label'>{label}</Text>
      <Text className='row muted' data-testid='photo-count'>
        {photos.length ? `已选 ${photos.length} 张，最多 ${max} 张` : `没有照片也能提交，最多 ${max} 张`}
      </Text>
      <View className='photo-grid'>
        {photos.map((photo, i) => (
          <View key={photo.path} className='photo-tile' data-testid='picked-photo'>
            <Image className='photo-thumb' src={photo.path} mode='aspectFill' />
            <Text className='photo-caption'>第 {i + 1} 张</Text>
            <Button
              className='btn-plain photo-remove'
              data-testid={`remove-photo-${i}`}
              disabled={disabled}
              onClick={() => onChange(photos.filter((_, j) => j !== i))}
            >
              删除
            </Button>
          </View>
        ))}
      </View>
      {room > 0 ? (
        <Button className='btn-plain' data-testid='add-photo' disabled={disabled} onClick={add}>
          ＋ 添加照片
        </Button>
      ) : null}
    </View>
  )
}
