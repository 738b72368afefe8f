import { ERRORS } from '@lingong/shared'
import { ApiError, type LocalFile } from '../src/services/api'
import { createWithPhotos, setUnsentPhotos, unsentPhotos } from '../src/services/photos'

const photo = (n: number): LocalFile => ({ path: `blob:photo-${n}` })
const refusedType = () => new ApiError(415, 'COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED', ERRORS['COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED'].message)

describe('createWithPhotos', () => {
  it('files without photos in one plain request', async () => {
    const send = { alone: jest.fn(async () => ({ id: 1, files: 0 })), withFirst: jest.fn(), add: jest.fn() }
    await expect(createWithPhotos([], send)).resolves.toEqual({ record: { id: 1, files: 0 }, unsent: [] })
    expect(send.withFirst).not.toHaveBeenCalled()
  })

  it('files with the first photo, then sends the others one per request to the new record', async () => {
    const send = {
      alone: jest.fn(),
      withFirst: jest.fn(async () => ({ id: 7, files: 1 })),
      add: jest.fn(async (id: number, p: LocalFile) => ({ id, files: Number(p.path.slice(-1)) })),
    }
    const result = await createWithPhotos([photo(1), photo(2), photo(3)], send)
    expect(send.withFirst).toHaveBeenCalledWith(photo(1))
    expect(send.add.mock.calls).toEqual([
      [7, photo(2)],
      [7, photo(3)],
    ])
    expect(result).toEqual({ record: { id: 7, files: 3 }, unsent: [] })
  })

  it('keeps the record when a later photo is refused, and says which photo and why', async () => {
    const send = {
      alone: jest.fn(),
      withFirst: jest.fn(async () => ({ id: 7, files: 1 })),
      add: jest.fn(async (id: number, p: LocalFile) => {
        if (p.path.endsWith('2')) throw refusedType()
        return { id, files: 2 }
      }),
    }
    const result = await createWithPhotos([photo(1), photo(2), photo(3)], send)
    expect(result.record).toEqual({ id: 7, files: 2 })
    expect(result.unsent).toEqual([{ photo: photo(2), message: ERRORS['COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED'].message }])
  })

  it('refuses the whole filing when the first photo is refused, naming the photo in the sentence', async () => {
    const send = { alone: jest.fn(), withFirst: jest.fn(async () => Promise.reject(refusedType())), add: jest.fn() }
    const error = await createWithPhotos([photo(1), photo(2)], send).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).message).toBe(
      `第 1 张照片传不上去：${ERRORS['COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED'].message}内容还没有提交，请删掉这张照片再提交。`,
    )
    expect(send.add).not.toHaveBeenCalled()
  })

  it('passes other refusals of the record through as the API sent them', async () => {
    const invalid = new ApiError(400, 'COMPLAINT.COUNTY_REQUIRED', ERRORS['COMPLAINT.COUNTY_REQUIRED'].message)
    const send = { alone: jest.fn(), withFirst: jest.fn(async () => Promise.reject(invalid)), add: jest.fn() }
    await expect(createWithPhotos([photo(1)], send)).rejects.toBe(invalid)
  })
})

describe('unsent photos', () => {
  it('are remembered per record until none is left', () => {
    setUnsentPhotos('claim:3', [{ photo: photo(1), message: '照片太大了' }])
    expect(unsentPhotos('claim:3')).toHaveLength(1)
    expect(unsentPhotos('claim:4')).toEqual([])
    setUnsentPhotos('claim:3', [])
    expect(unsentPhotos('claim:3')).toEqual([])
  })
})
