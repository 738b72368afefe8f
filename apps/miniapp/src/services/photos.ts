import Taro from '@tarojs/taro'
import { ApiError, errorMessage, type LocalFile } from './api'

/** WeChat's chooseMedia offers at most 9 pictures per choice on older base libraries. */
export const PHOTOS_PER_CHOICE = 9

/** A photo that did not reach the API, with the API's sentence saying why. */
export interface UnsentPhoto {
  photo: LocalFile
  message: string
}

/**
 * Photos that did not arrive, by record ('complaint:12', 'claim:3'). Kept in memory for this session
 * only, because the local paths (a WeChat temp file, a browser blob: URL) live no longer; the
 * record's page shows them and offers to send them again.
 */
const unsent = new Map<string, UnsentPhoto[]>()

export function unsentPhotos(recordKey: string): UnsentPhoto[] {
  return unsent.get(recordKey) ?? []
}

export function setUnsentPhotos(recordKey: string, photos: UnsentPhoto[]): void {
  if (photos.length) unsent.set(recordKey, photos)
  else unsent.delete(recordKey)
}

/** Opens the phone's album or camera; answers nothing when the worker cancels. */
export async function pickPhotos(count: number): Promise<LocalFile[]> {
  if (count < 1) return []
  let chosen: Taro.chooseMedia.SuccessCallbackResult
  try {
    chosen = await Taro.chooseMedia({
      count: Math.min(count, PHOTOS_PER_CHOICE),
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    })
  } catch {
    return []
  }
  // The browser build hands over the picked File too: its name is what staff see in the evidence list.
  return chosen.tempFiles.slice(0, count).map((f) => {
    const name = (f as { originalFileObj?: { name?: string } }).originalFileObj?.name
    return name ? { path: f.tempFilePath, name } : { path: f.tempFilePath }
  })
}

export interface PhotoSender<T> {
  /** The record without photos. */
  alone: () => Promise<T>
  /** The record with its first photo in one request: the API keeps both or neither. */
  withFirst: (photo: LocalFile) => Promise<T>
  /** One more photo for a record that exists. */
  add: (id: number, photo: LocalFile) => Promise<T>
}

/**
 * Creates a record with its photos, one photo per request (an upload carries one file). The record
 * goes with the first photo, so a refusal of the record or of that photo leaves nothing behind and the
 * form shows the API's sentence. Once the record exists, a refused photo does not undo it: it comes
 * back in `unsent` with the API's sentence, for the record's page to show and offer again.
 */
export async function createWithPhotos<T extends { id: number }>(photos: LocalFile[], send: PhotoSender<T>): Promise<{ record: T; unsent: UnsentPhoto[] }> {
  if (!photos.length) return { record: await send.alone(), unsent: [] }
  let created: T
  try {
    created = await send.withFirst(photos[0])
  } catch (error) {
    throw firstPhotoRefused(error)
  }
  const rest = await addPhotos(photos.slice(1), (photo) => send.add(created.id, photo))
  return { record: rest.record ?? created, unsent: rest.unsent }
}

/** A file the API refused (too large, not a photo) kept the record back too: say so of the photo. */
function firstPhotoRefused(error: unknown): unknown {
  if (!(error instanceof ApiError) || (error.status !== 413 && error.status !== 415)) return error
  return new ApiError(error.status, error.code, `第 1 张照片传不上去：${error.message}内容还没有提交，请删掉这张照片再提交。`, error.errors, error.details)
}

/** Sends photos to an existing record one by one: the record as it stands after the last that arrived, and those that did not. */
export async function addPhotos<T>(photos: LocalFile[], add: (photo: LocalFile) => Promise<T>): Promise<{ record?: T; unsent: UnsentPhoto[] }> {
  let record: T | undefined
  const failed: UnsentPhoto[] = []
  for (const photo of photos) {
    try {
      record = await add(photo)
    } catch (error) {
      failed.push({ photo, message: errorMessage(error) })
    }
  }
  return { record, unsent: failed }
}
