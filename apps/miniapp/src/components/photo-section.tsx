import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Image, Text, View } from '@tarojs/components'
import { errorMessage, type LocalFile } from '../services/api'
import { openProtectedFile } from '../services/files'
import { addPhotos, pickPhotos, setUnsentPhotos, unsentPhotos, type UnsentPhoto } from '../services/photos'
import { ErrorText } from './messages'

/** A file the API keeps for a record (complaint evidence, an accident photo). */
export interface StoredFile {
  id: number
  fileName: string
  contentType: string
}

export interface PhotoSectionProps<T> {
  title: string
  /** Where the photos that did not arrive are remembered: 'complaint:12', 'claim:3'. */
  recordKey: string
  files: StoredFile[]
  /** Fetches one stored file with the token; answers a local path. */
  load: (fileId: number) => Promise<string>
  /** Sends one more photo; absent once the record takes no more (closed, withdrawn). */
  add?: (photo: LocalFile) => Promise<T>
  /** The record as the API answered after a photo arrived. */
  onAdded: (record: T) => void
  /** Most files the record may hold. */
  limit: number
  emptyText: string
}

/**
 * The photos of a record: the stored ones as thumbnails (fetched with the token: an <Image> cannot
 * send it), the ones that did not arrive with the API's sentence and 重新上传, and 补传照片.
 */
export function PhotoSection<T>({ title, recordKey, files, load, add, onAdded, limit, emptyText }: PhotoSectionProps<T>) {
  const [paths, setPaths] = useState<Record<number, string | null>>({})
  const [unsent, setUnsent] = useState<UnsentPhoto[]>(() => unsentPhotos(recordKey))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const requested = useRef(new Set<number>())

  useEffect(() => {
    for (const file of files) {
      if (requested.current.has(file.id) || !file.contentType.startsWith('image/')) continue
      requested.current.add(file.id)
      load(file.id).then(
        (path) => setPaths((p) => ({ ...p, [file.id]: path })),
        () => setPaths((p) => ({ ...p, [file.id]: null })),
      )
    }
  }, [files, load])

  const keepUnsent = (next: UnsentPhoto[]) => {
    setUnsentPhotos(recordKey, next)
    setUnsent(next)
  }

  const room = Math.max(0, limit - files.length - unsent.length)

  const send = async (photos: LocalFile[], before: UnsentPhoto[]) => {
    if (!add || !photos.length) return
    setBusy(true)
    setError(undefined)
    try {
      const result = await addPhotos(photos, add)
      keepUnsent([...before, ...result.unsent])
      if (result.record !== undefined) onAdded(result.record)
    } finally {
      setBusy(false)
    }
  }

  const addMore = async () => send(await pickPhotos(room), unsent)
  const retry = (i: number) =>
    send(
      [unsent[i].photo],
      unsent.filter((_, j) => j !== i),
    )
  const drop = (i: number) => keepUnsent(unsent.filter((_, j) => j !== i))

  const open = async (file: StoredFile) => {
    setError(undefined)
    const path = paths[file.id]
    try {
      if (path) await Taro.previewImage({ current: path, urls: files.map((f) => paths[f.id]).filter((p): p is string => Boolean(p)) })
      else await openProtectedFile(() => load(file.id), file.contentType)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <View className='card photo-section'>
      <Text className='title'>{title}</Text>
      {files.length ? null : <Text className='row muted'>{emptyText}</Text>}
      <View className='photo-grid'>
        {files.map((file) =>
          file.contentType.startsWith('image/') ? (
            <View key={file.id} className='photo-tile' data-testid='stored-photo' onClick={() => open(file)}>
              {paths[file.id] ? <Image className='photo-thumb' src={paths[file.id] as string} mode='aspectFill' /> : null}
              <Text className='photo-caption'>{paths[file.id] === null ? '这张照片打不开' : paths[file.id] ? file.fileName : '正在加载…'}</Text>
            </View>
          ) : (
            <Text key={file.id} className='row more' data-testid='stored-file' onClick={() => open(file)}>
              {file.fileName} ›
            </Text>
          ),
        )}
      </View>

      {unsent.length ? (
        <View className='notice' data-testid='unsent-notice'>
          <Text className='row'>有 {unsent.length} 张照片没有传上去：</Text>
          {unsent.map((u, i) => (
            <View key={u.photo.path} className='unsent-photo' data-testid='unsent-photo'>
              <Image className='photo-thumb' src={u.photo.path} mode='aspectFill' />
              <Text className='row' data-testid='unsent-reason'>
                {u.photo.name ? `“${u.photo.name}”` : '这张照片'}没有传上去：{u.message}
              </Text>
              {add ? (
                <Button className='btn-plain' data-testid={`retry-photo-${i}`} disabled={busy} onClick={() => retry(i)}>
                  重新上传这张
                </Button>
              ) : null}
              <Button className='btn-plain' data-testid={`drop-photo-${i}`} disabled={busy} onClick={() => drop(i)}>
                不要这张了
              </Button>
            </View>
          ))}
        </View>
      ) : null}

      <ErrorText testId='photos-error'>{error}</ErrorText>
      {add && room > 0 ? (
        <Button className={`btn-plain ${busy ? 'is-busy' : ''}`} data-testid='add-photos' disabled={busy} onClick={addMore}>
          {busy ? '正在上传…' : '＋ 补传照片'}
        </Button>
      ) : null}
    </View>
  )
}
