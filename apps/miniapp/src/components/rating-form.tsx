import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { RATING_TAGS_BY_SIDE, type HireSide, type Rating, type RatingRequest, type RatingTag } from '@lingong/shared'
import { errorMessage } from '../services/api'
import { ErrorText } from './messages'

/** Words beside the stars: a number alone is not enough for every reader. */
export const SCORE_WORDS: Record<number, string> = { 1: '很差', 2: '差', 3: '一般', 4: '好', 5: '很好' }

export function stars(score: number): string {
  return `${'★'.repeat(score)}${'☆'.repeat(5 - score)}`
}

export interface RatingFormProps {
  /** Who is rating: the worker rates the employer, the employer the worker; each picks from its own tags. */
  side: HireSide
  onSubmit: (input: RatingRequest) => Promise<unknown>
  /** false when the screen already has its main action (one main button per screen). */
  main?: boolean
}

/** 1-5 stars and up to five of the side's tags; sent once (the page hides it after). */
export function RatingForm({ side, onSubmit, main = true }: RatingFormProps) {
  const [score, setScore] = useState<number>()
  const [tags, setTags] = useState<RatingTag[]>([])
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  // Each side's list fits in one rating (RATING_MAX_TAGS), so every tag may be chosen at once.
  const toggle = (tag: RatingTag) => setTags(tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag])

  const submit = async () => {
    if (!score) return setError('请先点星星：1星很差，5星很好')
    setBusy(true)
    setError(undefined)
    try {
      await onSubmit({ score, ...(tags.length ? { tags } : {}) })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='rating-form'>
      <Text className='label'>{side === 'worker' ? '给老板打几颗星' : '给师傅打几颗星'}</Text>
      <View>
        {[1, 2, 3, 4, 5].map((n) => (
          <Text
            key={n}
            className={`chip ${score === n ? 'chip-on' : ''}`}
            data-testid={`star-${n}`}
            onClick={() => {
              setScore(n)
              setError(undefined)
            }}
          >
            {score === n ? '✓ ' : ''}
            {n}星 {SCORE_WORDS[n]}
          </Text>
        ))}
      </View>
      {score ? (
        <Text className='row' data-testid='stars-chosen'>
          {stars(score)} {score}星
        </Text>
      ) : null}
      <Text className='label'>说说怎么样（可多选，可不选）</Text>
      <View>
        {RATING_TAGS_BY_SIDE[side].map((tag) => (
          <Text key={tag} className={`chip ${tags.includes(tag) ? 'chip-on' : ''}`} data-testid={`tag-${tag}`} onClick={() => toggle(tag)}>
            {tags.includes(tag) ? '✓ ' : ''}
            {tag}
          </Text>
        ))}
      </View>
      <ErrorText testId='rating-error'>{error}</ErrorText>
      <Button className={`${main ? 'btn-main' : 'btn-plain'} ${busy ? 'is-busy' : ''}`} data-testid='submit-rating' disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '提交评价'}
      </Button>
    </View>
  )
}

/** A rating already given, in words and stars. */
export function RatingSummary({ rating, who, testId }: { rating: Rating; who: string; testId: string }) {
  return (
    <Text className='row' data-testid={testId}>
      {who}：{stars(rating.score)} {rating.score}星（{SCORE_WORDS[rating.score]}）{rating.tags.length ? ` · ${rating.tags.join('、')}` : ''}
    </Text>
  )
}
