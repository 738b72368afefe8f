import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CandidateItem, FeedItem, ListResponse } from '@lingong/shared';
import { AuthUser, CurrentUser, Public, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { CandidatesService } from './candidates.service';
import { CandidatesQuery, FeedQuery } from './dto/matching.dto';
import { FeedService } from './feed.service';
import { CandidateListResponseDto, FeedListResponseDto } from './dto/matching.response';

@ApiTags('postings')
@ApiBearerAuth()
@Controller()
export class MatchingController {
  constructor(
    private readonly feedService: FeedService,
    private readonly candidatesService: CandidatesService,
  ) {}

  @Public()
  @Get('postings/feed')
  @ApiOperation({ summary: '附近的活：按距离、工种、工钱和新鲜度综合排序（不登录也能看，不计工种）' })
  @ApiOkResponse({ type: FeedListResponseDto })
  feed(@CurrentUser() user: AuthUser | undefined, @Query() query: FeedQuery): Promise<ListResponse<FeedItem>> {
    return this.feedService.feed(user, query);
  }

  @Roles('employer')
  @Get('postings/:id/candidates')
  @ApiOperation({ summary: '适合这条招工信息的零工（联系方式在对方报名或接受邀请后显示）' })
  @ApiOkResponse({ type: CandidateListResponseDto })
  candidates(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Query() query: CandidatesQuery): Promise<ListResponse<CandidateItem>> {
    return this.candidatesService.candidates(user, id, query);
  }
}
