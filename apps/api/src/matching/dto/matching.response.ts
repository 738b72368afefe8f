import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { FEED_POSTING_FIELDS, type CandidateItem, type FeedItem } from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';
import { PostingResponseDto } from '../../postings/dto/posting.response';

/** A feed card: the posting without its long texts and contact (the detail route has them). */
export class FeedItemResponseDto extends PickType(PostingResponseDto, FEED_POSTING_FIELDS) implements FeedItem {
  @ApiProperty({ example: 2.4 })
  distanceKm: number;

  @ApiProperty({ example: 78, description: '综合得分 0-100' })
  score: number;

  @ApiProperty({ type: [String], example: ['离你2.4公里', '你的工种'] })
  matchReasons: string[];
}

export class CandidateItemResponseDto implements CandidateItem {
  @ApiProperty({ example: 12 })
  workerId: number;

  @ApiProperty({ example: '李师傅', description: '报名或接受邀请前只显示姓氏加“师傅”' })
  displayName: string;

  @ApiProperty({ example: '138****5678', description: '报名或接受邀请前打码' })
  phone: string;

  @ApiProperty()
  contactVisible: boolean;

  @ApiProperty({ type: [String] })
  trades: string[];

  @ApiProperty({ example: 1.8 })
  distanceKm: number;

  @ApiProperty({ example: 80 })
  score: number;

  @ApiProperty({ type: [String] })
  matchReasons: string[];

  @ApiProperty({ description: '今天在零工市场签到过' })
  presentToday: boolean;

  @ApiPropertyOptional({ example: 4.6 })
  ratingAverage?: number;

  @ApiProperty({ example: 5 })
  ratingCount: number;
}

export class FeedListResponseDto extends ListResponseDto(FeedItemResponseDto) {}
export class CandidateListResponseDto extends ListResponseDto(CandidateItemResponseDto) {}
