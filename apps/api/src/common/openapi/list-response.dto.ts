import { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ListResponse } from '@lingong/shared';

/**
 * The list answer `{ items, nextCursor? }` of one item DTO, as a named class so the OpenAPI document
 * shows the item type: `export class PostingListResponseDto extends ListResponseDto(PostingResponseDto) {}`.
 */
export function ListResponseDto<T>(item: Type<T>): Type<ListResponse<T>> {
  class List implements ListResponse<T> {
    @ApiProperty({ type: () => [item] })
    items: T[];

    @ApiPropertyOptional({ description: '还有下一页时出现：作为 cursor 传回即得下一页' })
    nextCursor?: string;
  }
  return List;
}
