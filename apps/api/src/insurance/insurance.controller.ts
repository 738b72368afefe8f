import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Claim, Enrollment, EnrollmentDetail, InsuranceProduct, ListResponse, SubsidyRule } from '@lingong/shared';
import { AuthUser, CurrentUser, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { renderCertificateHtml } from './certificate.html';
import {
  ClaimDecisionDto,
  CreateClaimDto,
  CreateEnrollmentDto,
  CreateProductDto,
  CreateSubsidyRuleDto,
  ListClaimsQuery,
  ListEnrollmentsQuery,
  UpdateProductDto,
  UpdateSubsidyRuleDto,
} from './dto/insurance.dto';
import { InsuranceClaimsService } from './insurance-claims.service';
import { InsuranceEnrollmentsService } from './insurance-enrollments.service';
import { InsuranceProductsService } from './insurance-products.service';
import { ApiFileResponse, ApiHtmlResponse } from '../common/openapi/api-responses';
import {
  ClaimListResponseDto,
  ClaimResponseDto,
  EnrollmentDetailResponseDto,
  EnrollmentListResponseDto,
  EnrollmentResponseDto,
  InsuranceProductListResponseDto,
  InsuranceProductResponseDto,
  SubsidyRuleListResponseDto,
  SubsidyRuleResponseDto,
} from './dto/insurance.response';

@ApiTags('insurance')
@ApiBearerAuth()
@Controller('insurance')
export class InsuranceController {
  constructor(
    private readonly products: InsuranceProductsService,
    private readonly enrollments: InsuranceEnrollmentsService,
    private readonly claims: InsuranceClaimsService,
  ) {}

  @Get('products')
  @ApiOperation({ summary: '意外险产品：零工看到按工种和年龄能否投保及原因，工作人员看到全部' })
  @ApiOkResponse({ type: InsuranceProductListResponseDto })
  listProducts(@CurrentUser() user: AuthUser): Promise<ListResponse<InsuranceProduct>> {
    return this.products.list(user);
  }

  @Roles('admin')
  @Post('products')
  @ApiOperation({ summary: '新增意外险产品（市级管理员）' })
  @ApiCreatedResponse({ type: InsuranceProductResponseDto })
  createProduct(@CurrentUser() user: AuthUser, @Body() dto: CreateProductDto): Promise<InsuranceProduct> {
    return this.products.createProduct(user, dto);
  }

  @Roles('admin')
  @Patch('products/:id')
  @ApiOperation({ summary: '修改意外险产品或停售（市级管理员）' })
  @ApiOkResponse({ type: InsuranceProductResponseDto })
  updateProduct(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: UpdateProductDto): Promise<InsuranceProduct> {
    return this.products.updateProduct(user, id, dto);
  }

  @Roles('operator', 'admin')
  @Get('subsidy-rules')
  @ApiOperation({ summary: '保费补贴规则（运营人员限本县区）' })
  @ApiOkResponse({ type: SubsidyRuleListResponseDto })
  listRules(@CurrentUser() user: AuthUser, @Query('countyCode') countyCode?: string): Promise<ListResponse<SubsidyRule>> {
    return this.products.listRules(user, countyCode);
  }

  @Roles('operator', 'admin')
  @Post('subsidy-rules')
  @ApiOperation({ summary: '新增保费补贴规则：个人、用工方、政府各承担的比例及条件' })
  @ApiCreatedResponse({ type: SubsidyRuleResponseDto })
  createRule(@CurrentUser() user: AuthUser, @Body() dto: CreateSubsidyRuleDto): Promise<SubsidyRule> {
    return this.products.createRule(user, dto);
  }

  @Roles('operator', 'admin')
  @Patch('subsidy-rules/:id')
  @ApiOperation({ summary: '修改或停用保费补贴规则' })
  @ApiOkResponse({ type: SubsidyRuleResponseDto })
  updateRule(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: UpdateSubsidyRuleDto): Promise<SubsidyRule> {
    return this.products.updateRule(user, id, dto);
  }

  @Roles('worker', 'employer')
  @Post('enrollments')
  @ApiOperation({ summary: '投保（零工给自己；用工方凭用工记录给雇用的零工）。同一请求编号重复提交答 200 和第一次的结果' })
  @ApiCreatedResponse({ type: EnrollmentResponseDto, description: '已投保' })
  @ApiOkResponse({ type: EnrollmentResponseDto, description: '同一请求编号重复提交：答复第一次的结果' })
  async enroll(@CurrentUser() user: AuthUser, @Body() dto: CreateEnrollmentDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<Enrollment> {
    const { enrollment, created } = await this.enrollments.create(user, dto);
    reply.status(created ? 201 : 200);
    return enrollment;
  }

  @Get('enrollments')
  @ApiOperation({ summary: '我的投保记录（工作人员：本县区的）' })
  @ApiOkResponse({ type: EnrollmentListResponseDto })
  listEnrollments(@CurrentUser() user: AuthUser, @Query() query: ListEnrollmentsQuery): Promise<ListResponse<Enrollment>> {
    return this.enrollments.list(user, query);
  }

  @Get('enrollments/:id')
  @ApiOperation({ summary: '投保详情，出单后含电子保险凭证' })
  @ApiOkResponse({ type: EnrollmentDetailResponseDto })
  getEnrollment(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<EnrollmentDetail> {
    return this.enrollments.get(user, id);
  }

  @Get('enrollments/:id/certificate')
  @ApiOperation({ summary: '可打印的电子保险凭证（HTML）' })
  @ApiHtmlResponse('可打印的电子保险凭证')
  async certificate(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const html = renderCertificateHtml(await this.enrollments.certificate(user, id));
    reply.type('text/html; charset=utf-8');
    return html;
  }

  @Roles('worker', 'employer')
  @Post('enrollments/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: '保障开始前退保' })
  @ApiOkResponse({ type: EnrollmentResponseDto })
  cancel(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Enrollment> {
    return this.enrollments.cancel(user, id);
  }

  @Roles('worker', 'employer')
  @Post('claims')
  @ApiOperation({ summary: '出险报案（被保险的零工本人，或为其投保的用工方）' })
  @ApiCreatedResponse({ type: ClaimResponseDto })
  reportClaim(@CurrentUser() user: AuthUser, @Body() dto: CreateClaimDto): Promise<Claim> {
    return this.claims.report(user, dto);
  }

  @Roles('worker', 'employer')
  @Post('claims/with-photos')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: '出险报案并同时上传照片（multipart：claim 字段为报案 JSON，其余为照片）' })
  @ApiCreatedResponse({ type: ClaimResponseDto })
  reportClaimWithPhotos(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest): Promise<Claim> {
    return this.claims.reportWithPhotos(user, request);
  }

  @Roles('worker', 'employer')
  @Post('claims/:id/photos')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: '补传现场和伤情照片（JPG/PNG/WEBP，multipart/form-data，字段名任意）' })
  @ApiCreatedResponse({ type: ClaimResponseDto })
  addClaimPhotos(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Req() request: FastifyRequest): Promise<Claim> {
    return this.claims.addPhotos(user, id, request);
  }

  @Get('claims/:id/photos/:photoId')
  @ApiOperation({ summary: '查看报案照片（被保险的零工、为其投保的用工方、本县区工作人员）' })
  @ApiFileResponse('报案照片', ['image/jpeg', 'image/png', 'image/webp'])
  async claimPhoto(
    @CurrentUser() user: AuthUser,
    @Param('id', idParamPipe) id: number,
    @Param('photoId', idParamPipe) photoId: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { photo, stream } = await this.claims.openPhoto(user, id, photoId);
    reply.header('x-content-type-options', 'nosniff').header('cache-control', 'private, no-store');
    return new StreamableFile(stream, {
      type: photo.contentType,
      length: photo.sizeBytes,
      disposition: `inline; filename*=UTF-8''${encodeURIComponent(photo.fileName)}`,
    });
  }

  @Get('claims')
  @ApiOperation({ summary: '报案记录（本人的；工作人员：本县区的；管理员可按县区筛选），新报的在前' })
  @ApiOkResponse({ type: ClaimListResponseDto })
  listClaims(@CurrentUser() user: AuthUser, @Query() query: ListClaimsQuery): Promise<ListResponse<Claim>> {
    return this.claims.list(user, query);
  }

  @Get('claims/:id')
  @ApiOperation({ summary: '报案详情和处理进度' })
  @ApiOkResponse({ type: ClaimResponseDto })
  getClaim(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Claim> {
    return this.claims.get(user, id);
  }

  @Roles('operator', 'admin')
  @Post('claims/:id/forward')
  @HttpCode(200)
  @ApiOperation({ summary: '把报案转给保险公司（记录保险公司的报案号）' })
  @ApiOkResponse({ type: ClaimResponseDto })
  forwardClaim(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: ClaimDecisionDto): Promise<Claim> {
    return this.claims.forward(user, id, dto);
  }

  @Roles('operator', 'admin')
  @Post('claims/:id/close')
  @HttpCode(200)
  @ApiOperation({ summary: '结案，写明结果' })
  @ApiOkResponse({ type: ClaimResponseDto })
  closeClaim(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: ClaimDecisionDto): Promise<Claim> {
    return this.claims.close(user, id, dto);
  }
}
