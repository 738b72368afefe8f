import { Injectable } from '@nestjs/common';
import { addDays, ageOn, InsuranceProduct as ProductView, isServedCounty, ListResponse, occupationClassOf, shanghaiDate, SubsidyRule } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, isStaff, staffCanSee, staffCountyScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { InsuredPersonService } from '../workers/insured-person.service';
import { CreateProductDto, CreateSubsidyRuleDto, UpdateProductDto, UpdateSubsidyRuleDto } from './dto/insurance.dto';
import { InsuranceProduct } from './insurance-product.entity';
import { InsuranceProductRepository } from './insurance-product.repository';
import { InsuranceSubsidyRule } from './insurance-subsidy-rule.entity';
import { InsuranceSubsidyRuleRepository } from './insurance-subsidy-rule.repository';
import { toProductView, toSubsidyRuleView } from './insurance.mapper';

/** Why a worker cannot take a product on a day, or undefined when they can. */
export function ineligibleReason(
  product: InsuranceProduct,
  occupationClass: number,
  birthDate: string | null,
  firstDay: string,
  lastDay = firstDay,
): string | undefined {
  if (occupationClass === 0) return '您登记的工种还没有对应的职业类别，请先在“我的登记”里选择工种。';
  if (!product.occupationClasses.includes(occupationClass)) {
    return `您登记的工种属于第${occupationClass}类职业，这个产品只保第${product.occupationClasses.join('、')}类。`;
  }
  if (!birthDate) return '缺少出生日期，无法投保。';
  if (ageOn(birthDate, firstDay) < product.minAge || ageOn(birthDate, lastDay) > product.maxAge) {
    return `这个产品只保${product.minAge}到${product.maxAge}周岁的人。`;
  }
  return undefined;
}

/** Products (the city's admin manages them) and the counties' subsidy rules. */
@Injectable()
export class InsuranceProductsService {
  constructor(
    private readonly products: InsuranceProductRepository,
    private readonly rules: InsuranceSubsidyRuleRepository,
    private readonly insured: InsuredPersonService,
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Staff see every product. Everyone else sees the products on sale; a registered worker also
   * sees, per product, whether their trades and age allow it from tomorrow (the earliest cover day).
   */
  async list(user: AuthUser): Promise<ListResponse<ProductView>> {
    if (isStaff(user)) return { items: (await this.products.listAll()).map((p) => toProductView(p)) };
    const products = await this.products.listOnSale();
    const worker = user.roles.includes('worker') ? await this.insured.insurableOfUser(user.id) : null;
    if (!worker) return { items: products.map((p) => toProductView(p)) };
    const tomorrow = addDays(shanghaiDate(this.clock.now()), 1);
    const occupationClass = occupationClassOf(worker.trades);
    return {
      items: products.map((p) => {
        const reason = ineligibleReason(p, occupationClass, worker.birthDate, tomorrow);
        return toProductView(p, { eligible: !reason, reason });
      }),
    };
  }

  async requireProduct(id: number): Promise<InsuranceProduct> {
    const product = await this.products.findById(id);
    if (!product) throw new AppException('INSURANCE.PRODUCT_NOT_FOUND');
    return product;
  }

  async createProduct(admin: AuthUser, dto: CreateProductDto): Promise<ProductView> {
    this.checkProduct(dto);
    try {
      const saved = await this.tx.run(async () => {
        const product = await this.products.add({ ...dto, active: dto.active ?? true });
        await this.audit.record({ actorUserId: admin.id, action: 'insurance.product.created', entityType: 'insurance_product', entityId: product.id });
        return product;
      });
      return toProductView(saved);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException('INSURANCE.PLAN_CODE_TAKEN');
      throw error;
    }
  }

  async updateProduct(admin: AuthUser, id: number, dto: UpdateProductDto): Promise<ProductView> {
    const product = await this.requireProduct(id);
    const next = Object.assign(product, dto);
    this.checkProduct(next);
    try {
      await this.tx.run(async () => {
        await this.products.save(next);
        await this.audit.record({
          actorUserId: admin.id,
          action: 'insurance.product.updated',
          entityType: 'insurance_product',
          entityId: id,
          data: { fields: Object.keys(dto) },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException('INSURANCE.PLAN_CODE_TAKEN');
      throw error;
    }
    return toProductView(next);
  }

  async listRules(staff: AuthUser, countyCode?: string): Promise<ListResponse<SubsidyRule>> {
    const scope = staffCountyScope(staff);
    const county = scope ?? countyCode;
    const rules = await this.rules.listOfCounty(county);
    return { items: rules.map(toSubsidyRuleView) };
  }

  async createRule(staff: AuthUser, dto: CreateSubsidyRuleDto): Promise<SubsidyRule> {
    this.checkRuleScope(staff, dto.countyCode);
    await this.checkRule(dto);
    const saved = await this.tx.run(async () => {
      const rule = await this.rules.add({ ...dto, productId: dto.productId ?? null, active: dto.active ?? true });
      await this.audit.record({
        actorUserId: staff.id,
        action: 'insurance.subsidy_rule.created',
        entityType: 'insurance_subsidy_rule',
        entityId: rule.id,
        countyCode: rule.countyCode,
      });
      return rule;
    });
    return toSubsidyRuleView(saved);
  }

  async updateRule(staff: AuthUser, id: number, dto: UpdateSubsidyRuleDto): Promise<SubsidyRule> {
    const rule = await this.rules.findById(id);
    if (!rule || !staffCanSee(staff, rule.countyCode)) throw new AppException('INSURANCE.SUBSIDY_RULE_NOT_FOUND');
    if (dto.countyCode && dto.countyCode !== rule.countyCode) this.checkRuleScope(staff, dto.countyCode);
    const next = Object.assign(rule, dto);
    await this.checkRule(next);
    await this.tx.run(async () => {
      await this.rules.save(next);
      await this.audit.record({
        actorUserId: staff.id,
        action: 'insurance.subsidy_rule.updated',
        entityType: 'insurance_subsidy_rule',
        entityId: id,
        countyCode: next.countyCode,
        data: { fields: Object.keys(dto) },
      });
    });
    return toSubsidyRuleView(next);
  }

  /** The county's active rules for a product, most specific first: product rules, then county-wide ones. */
  async rulesFor(countyCode: string, productId: number): Promise<InsuranceSubsidyRule[]> {
    const rules = await this.rules.activeOfCounty(countyCode);
    const applicable = rules.filter((r) => r.productId === null || r.productId === productId);
    return [...applicable.filter((r) => r.productId !== null), ...applicable.filter((r) => r.productId === null)];
  }

  private checkProduct(p: CreateProductDto | InsuranceProduct): void {
    if (p.minAge > p.maxAge) {
      throw new AppException('INSURANCE.PRODUCT_INVALID', { errors: [{ field: 'maxAge', message: '最大年龄不能小于最小年龄' }] });
    }
  }

  private checkRuleScope(staff: AuthUser, countyCode: string): void {
    if (!isServedCounty(countyCode))
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'countyCode', message: '不在本平台服务范围内的县（区）' }] });
    const scope = staffCountyScope(staff);
    if (scope && scope !== countyCode) throw new AppException('AUTH.COUNTY_SCOPE');
  }

  private async checkRule(r: { workerShareBp: number; employerShareBp: number; governmentShareBp: number; productId?: number | null }): Promise<void> {
    if (r.workerShareBp + r.employerShareBp + r.governmentShareBp !== 10000) throw new AppException('INSURANCE.SUBSIDY_SHARES_INVALID');
    if (r.productId) await this.requireProduct(r.productId);
  }
}
