import type { Locator, Page } from 'playwright-core'
import {
  addDays,
  type EmployerProfile,
  CLAIM_STATUS_LABELS,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATUS_LABELS,
  countyName,
  HEZE_COUNTIES,
  type ComplaintDetail,
  shanghaiDate,
  type Claim,
  type CreateMarketRequest,
  type ListResponse,
  type MarketCheckin,
} from '@lingong/shared'
import {
  checkIn,
  createEmployer,
  createInsuranceProduct,
  createMarket,
  createPosting,
  createVerifiedEmployer,
  createWorker,
  fileComplaint,
  insuranceProductInput,
  login,
  postingInput,
  unique,
} from '../../api/test/support/factories'
import { expectError } from '../../api/test/support/expect-error'
import type { TestApp } from '../../api/test/support/test-app'
import { expectAgeingFriendly, openH5App, openRoute, pageUntilShown, screenshotPath, settled, solidPng, uiLogin, type H5App } from './support/h5'

// The operator subpackage of the H5 build, served by the real API and driven in headless Chromium.
/** 巨野县: a county few other suites file complaints in, so the new case is near the top of its queue. */
const COUNTY = '371724'
/** 鄄城县: the admin's other county. */
const OTHER_COUNTY = '371726'
const SEAT = HEZE_COUNTIES.find((c) => c.code === COUNTY)!.seat

jest.setTimeout(90000)

describe('Mini-program operator pages in a browser (e2e)', () => {
  let h5: H5App
  let t: TestApp
  let page: Page
  let base: string

  beforeAll(async () => {
    h5 = await openH5App()
    ;({ t, page, base } = h5)
  }, 60000)

  afterAll(async () => {
    await h5?.close()
  })

  it('an operator logs in for a county, finds a new complaint in the queue and accepts it', async () => {
    const worker = await createWorker(t)
    const respondent = `浏览器测试劳务${unique('r')}`
    const filed: ComplaintDetail = await fileComplaint(t, worker, { countyCode: COUNTY, respondent: { name: respondent, address: '巨野县测试路1号' } })
    expect(filed.status).toBe('submitted')

    await page.goto(`${base}/#/pages/mine/index`)
    await page.locator('[data-testid=openid] input').fill(unique('h5op'))
    await page.locator('[data-testid=role-operator]').click()
    // Without a county the API refuses an operator login; the form says why in the API's words.
    await page.locator('[data-testid=login]').click()
    await expect(page.locator('[data-testid=error]').textContent()).resolves.toContain('运营人员必须指定所属县（区）')
    await page.locator(`[data-testid=county-${COUNTY}]`).click()
    await page.locator('[data-testid=login]').click()
    await page.locator('[data-testid=staff-complaints]').click()

    await page.locator('[data-testid=filter-submitted]').click()
    // Sorted by due date, a fresh case is among the last: page on until it shows.
    const card = await untilShown(page.locator('[data-testid=queue-card]', { hasText: respondent }))
    await expect(card.textContent()).resolves.toContain(COMPLAINT_CATEGORY_LABELS[filed.category])
    await card.click()

    await page.locator('[data-testid=complaint-status]').waitFor()
    await expect(page.locator('[data-testid=complaint-status]').textContent()).resolves.toBe(COMPLAINT_STATUS_LABELS.submitted)
    // Only what the shared table allows from `submitted`.
    const actions = await page.locator('[data-testid^=action-]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')))
    expect(actions).toEqual(['action-accept', 'action-reject', 'action-request-material', 'action-refer'])
    await page.locator('[data-testid=action-accept]').click()
    await page.locator('[data-testid=transition-submit]').click()
    await expect(page.locator('[data-testid=complaint-status]', { hasText: '已受理' }).textContent()).resolves.toBe('已受理')

    const staff = await login(t, 'operator', COUNTY)
    const after = await t.http().get(`/api/complaints/${filed.id}`).set(staff.auth).expect(200)
    expect(after.body.status).toBe('accepted')
  })

  /** Pages on through a sorted list until the card shows (fresh items may be on a later page). */
  function untilShown(card: Locator): Promise<Locator> {
    return pageUntilShown(card, page.locator('[data-testid=queue-card], [data-testid=claim-card]'), page.locator('[data-testid=more]'))
  }

  it("posting review: the checker's notes are shown, the operator approves one posting and rejects another with a reason", async () => {
    const employer = await createVerifiedEmployer(t, { countyCode: COUNTY })
    const tag = unique('').slice(-6)
    const post = async (title: string, requirements: string) => {
      const posting = await createPosting(t, employer, { title, requirements, lat: SEAT.lat, lng: SEAT.lng, address: '巨野县永丰街测试工地' })
      expect(posting.status).toBe('pending_review')
      return posting
    }
    const toApprove = await post(`巨野急招瓦工${tag}`, '50岁以下，能吃苦')
    const toReject = await post(`巨野招搬运工${tag}`, '18-45岁')

    const openid = unique('h5rev')
    await uiLogin(page, base, openid, 'operator', COUNTY)
    await page.locator('.mine-page [data-testid=staff-postings]').click()
    const approveCard = page.locator('.operator-postings-page [data-testid=review-card]', { hasText: toApprove.title })
    const rejectCard = page.locator('.operator-postings-page [data-testid=review-card]', { hasText: toReject.title })
    await approveCard.waitFor()
    // An operator is fixed to their county: a line, no picker.
    await expect(page.locator('.operator-postings-page [data-testid=staff-county-fixed]').textContent()).resolves.toContain(countyName(COUNTY))
    expect(await page.locator('.operator-postings-page [data-testid=staff-county-picker]').count()).toBe(0)
    // The notes are the checker's own words: the phrase it found and why it asks for review.
    const notes = await approveCard.locator('[data-testid=review-note]').allTextContents()
    expect(notes).toEqual([`！“50岁以下”：${toApprove.reviewNotes![0].reason}`])
    await expect(rejectCard.locator('[data-testid=review-note]').textContent()).resolves.toContain('“18-45岁”')
    await expectAgeingFriendly(page, '.operator-postings-page .row', '.operator-postings-page [data-testid=approve]')
    await settled(page, '.operator-postings-page')
    await page.screenshot({ path: screenshotPath('operator-review') })

    await approveCard.locator('[data-testid=approve]').click()
    await approveCard.waitFor({ state: 'detached' })
    await rejectCard.locator('[data-testid=start-reject]').click()
    await rejectCard.locator('[data-testid=reject-reason] textarea').fill('年龄限制没有正当理由，请删去后重新发布')
    await rejectCard.locator('[data-testid=reject]').click()
    await rejectCard.waitFor({ state: 'detached' })

    const staff = await login(t, 'operator', COUNTY, openid)
    const approved = await t.http().get(`/api/postings/${toApprove.id}`).set(staff.auth).expect(200)
    expect(approved.body.status).toBe('open')
    const rejected = await t.http().get(`/api/postings/${toReject.id}`).set(staff.auth).expect(200)
    expect(rejected.body).toMatchObject({ status: 'rejected', statusReason: '年龄限制没有正当理由，请删去后重新发布' })
    const [audit] = await t.dataSource.query("SELECT actorUserId FROM audit_event WHERE action = 'posting.approved' AND entityId = ?", [toApprove.id])
    expect(audit.actorUserId).toBe(staff.userId)
  })

  it("today's check-ins: the operator sees the count, the names as the API gives them, and opens the gate screen", async () => {
    const admin = await login(t, 'admin')
    const input: CreateMarketRequest = {
      name: `巨野浏览器签到市场${unique('m').slice(-6)}`,
      type: 'public',
      countyCode: COUNTY,
      address: '巨野县签到测试路1号',
      lat: SEAT.lat + 0.02,
      lng: SEAT.lng + 0.02,
      openingHours: '00:00-24:00',
      services: ['matching'],
      phone: '0530-8219999',
      trades: ['construction'],
      status: 'open',
    }
    const market = await createMarket(t, admin, input)
    const openid = unique('h5chk')
    const staff = await login(t, 'operator', COUNTY, openid)
    const names = ['赵铁柱', '钱秀英', '孙大勇']
    for (const realName of names) {
      const worker = await createWorker(t, { realName, trades: ['construction.mason'] })
      await checkIn(t, worker, market.id, staff)
    }
    const listed = ((await t.http().get(`/api/markets/${market.id}/checkins`).set(staff.auth).expect(200)).body as ListResponse<MarketCheckin>).items

    await uiLogin(page, base, openid, 'operator', COUNTY)
    await page.locator('.mine-page [data-testid=staff-checkins]').click()
    await page.locator(`.operator-checkins-page [data-testid=market-${market.id}]`).click()
    const stats = page.locator('.operator-checkins-page [data-testid=stats]')
    await expect(stats.locator('.title').textContent()).resolves.toMatch(/签到 3 人$/)
    const rows = page.locator('.operator-checkins-page [data-testid=checkin-row]')
    await expect(rows.count()).resolves.toBe(3)
    const shown = await rows.allTextContents()
    for (const c of listed) {
      // The name as the API gives it to staff, and the phone only masked.
      expect(shown.some((row) => row.includes(c.realName) && (!c.phoneMasked || row.includes(c.phoneMasked)))).toBe(true)
    }
    expect(listed.map((c) => c.realName).sort()).toEqual([...names].sort())
    expect(shown.join('')).not.toMatch(/1[3-9]\d{9}/)
    await expectAgeingFriendly(page, '.operator-checkins-page .row', '.operator-checkins-page [data-testid=gate-screen]')
    await settled(page, '.operator-checkins-page')
    await page.screenshot({ path: screenshotPath('operator-checkins') })

    const [gate] = await Promise.all([h5.context.waitForEvent('page'), page.locator('.operator-checkins-page [data-testid=gate-screen]').click()])
    await gate.waitForLoadState()
    expect(gate.url()).toContain(`/api/markets/${market.id}/gate-screen`)
    await gate.waitForFunction(
      () =>
        (globalThis as unknown as { document: { getElementById(id: string): { textContent: string } | null } }).document.getElementById('count')
          ?.textContent === '3',
    )
    await expect(gate.locator('#market').textContent()).resolves.toContain(market.name)
    // The token left the address bar as soon as the screen read it.
    expect(gate.url()).not.toContain('token=')
    await gate.close()
  })

  it('the case page assigns a colleague and suspends the respondent employer after a confirmation', async () => {
    const employer = await createVerifiedEmployer(t, { countyCode: COUNTY })
    const worker = await createWorker(t)
    const filed = await fileComplaint(t, worker, { category: 'illegal_fee', respondent: { employerId: employer.employer.id } })
    expect(filed.countyCode).toBe(COUNTY)
    const openid = unique('h5case')
    const colleague = await login(t, 'operator', COUNTY)

    await uiLogin(page, base, openid, 'operator', COUNTY)
    await openRoute(page, base, `operator/complaint/index?id=${filed.id}`)
    const casePage = page.locator('.operator-complaint-page')
    await casePage.locator('[data-testid=assign-card]').waitFor()
    await expect(casePage.locator('[data-testid=assignee-current]').textContent()).resolves.toBe('还没有指派经办人')
    await casePage.locator(`[data-testid=assignee-${colleague.userId}]`).click()
    await casePage.locator('[data-testid=assign]').click()
    await expect(casePage.locator('[data-testid=assignee-current]', { hasText: `工作人员${colleague.userId}号` }).textContent()).resolves.toBe(
      `现在由 工作人员${colleague.userId}号 办理`,
    )

    // Backing out of the confirmation sends nothing.
    const reason = '收取报名费，调查期间暂停招工'
    await casePage.locator('[data-testid=suspend-reason] textarea').fill(reason)
    await casePage.locator('[data-testid=suspend-employer]').click()
    await page.locator('.taro-modal__foot').getByText('先不暂停', { exact: true }).click()
    const staff = await login(t, 'operator', COUNTY, openid)
    expect((await t.http().get(`/api/employers/${employer.employer.id}`).set(staff.auth).expect(200)).body.status).toBe('verified')

    await casePage.locator('[data-testid=suspend-employer]').click()
    await page.locator('.taro-modal__foot').getByText('确定暂停', { exact: true }).click()
    await expect(casePage.locator('[data-testid=employer-suspended]').textContent()).resolves.toBe(`！已暂停招工：${reason}`)
    expect(await casePage.locator('[data-testid=suspend-employer]').count()).toBe(0)

    const suspended = await t.http().get(`/api/employers/${employer.employer.id}`).set(staff.auth).expect(200)
    expect(suspended.body).toMatchObject({ status: 'suspended', statusReason: reason })
    const after = (await t.http().get(`/api/complaints/${filed.id}`).set(staff.auth).expect(200)).body as ComplaintDetail
    expect(after.assignedOperatorId).toBe(colleague.userId)
    expect(after.history.map((h) => h.action)).toEqual(['submit', 'assign', 'suspend-employer'])
    expect(after.history.at(-1)).toMatchObject({ reason, byUserId: staff.userId })
  })

  it("an admin switches county and sees that county's queue; the choice carries over to the other staff pages", async () => {
    const worker = await createWorker(t)
    const here = `巨野管理员测试劳务${unique('r').slice(-6)}`
    const there = `鄄城管理员测试劳务${unique('r').slice(-6)}`
    await fileComplaint(t, worker, { countyCode: COUNTY, respondent: { name: here } })
    await fileComplaint(t, worker, { countyCode: OTHER_COUNTY, respondent: { name: there } })

    await uiLogin(page, base, unique('h5adm'), 'admin')
    await page.locator('.mine-page [data-testid=staff-complaints]').click()
    const queue = page.locator('.operator-complaints-page')
    await queue.locator('[data-testid=staff-county-picker]').waitFor()
    await queue.locator(`[data-testid=staff-county-${OTHER_COUNTY}]`).click()
    await expect(queue.locator('[data-testid=queue-scope]').textContent()).resolves.toContain(countyName(OTHER_COUNTY))
    await queue.locator('[data-testid=filter-submitted]').click()
    await expect((await untilShown(queue.locator('[data-testid=queue-card]', { hasText: there }))).count()).resolves.toBe(1)
    expect(await queue.locator('[data-testid=queue-card]', { hasText: here }).count()).toBe(0)

    await queue.locator(`[data-testid=staff-county-${COUNTY}]`).click()
    await expect(queue.locator('[data-testid=queue-scope]').textContent()).resolves.toContain(countyName(COUNTY))
    await expect((await untilShown(queue.locator('[data-testid=queue-card]', { hasText: here }))).count()).resolves.toBe(1)
    expect(await queue.locator('[data-testid=queue-card]', { hasText: there }).count()).toBe(0)

    await openRoute(page, base, 'operator/postings/index')
    await expect(page.locator(`.operator-postings-page [data-testid=staff-county-${COUNTY}]`).getAttribute('class')).resolves.toContain('chip-on')
  })

  it('用工方审核: an operator finds a newly registered employer, verifies it, and that employer can post; suspend and reinstate need a reason', async () => {
    const name = `浏览器审核建筑队${unique('e').slice(-6)}`
    const employer = await createEmployer(t, { name, countyCode: COUNTY })
    expect(employer.employer.status).toBe('unverified')
    expectError(await t.api.as(employer).post('/api/postings', postingInput()), 403, 'POSTING.EMPLOYER_UNVERIFIED')

    await uiLogin(page, base, unique('h5op'), 'operator', COUNTY)
    await page.locator('.mine-page [data-testid=staff-employers]').click()
    const review = page.locator('.operator-employers-page')
    await review.locator('[data-testid=search] input').fill(name)
    await review.locator('[data-testid=search-go]').click()
    const card = review.locator('[data-testid=employer-card]', { hasText: name })
    await card.waitFor()
    await expect(card.locator('[data-testid=credit-check]').textContent()).resolves.toContain('核对结果')
    await card.locator('[data-testid=verify]').click()
    await card.locator('[data-testid=confirm]').click()
    await card.waitFor({ state: 'detached' })

    const verified = (await t.api.as(employer).get<EmployerProfile>('/api/employers/me').expect(200)).body
    expect(verified.status).toBe('verified')
    await createPosting(t, employer)

    await review.locator('[data-testid=status-verified]').click()
    const listed = review.locator('[data-testid=employer-card]', { hasText: name })
    await listed.locator('[data-testid=suspend]').click()
    await listed.locator('[data-testid=confirm]').click()
    await expect(listed.locator('.error').textContent()).resolves.toContain('至少4个字')
    await listed.locator('[data-testid=reason] textarea').fill('工地多次拖欠工钱，暂停招工')
    await listed.locator('[data-testid=confirm]').click()
    await listed.waitFor({ state: 'detached' })
    await review.locator('[data-testid=status-suspended]').click()
    const suspended = review.locator('[data-testid=employer-card]', { hasText: name })
    await suspended.locator('[data-testid=reinstate]').click()
    await suspended.locator('[data-testid=reason] textarea').fill('工钱已结清，恢复招工')
    await suspended.locator('[data-testid=confirm]').click()
    await suspended.waitFor({ state: 'detached' })
    const back = (await t.api.as(employer).get<EmployerProfile>('/api/employers/me').expect(200)).body
    expect(back).toMatchObject({ status: 'verified', statusReason: '工钱已结清，恢复招工' })
  })

  it('批准登录: an operator opens the console QR code in the mini-program, sees where the login comes from and approves it', async () => {
    const created = (await t.http().post('/api/console/login-tickets').set('User-Agent', 'Mozilla/5.0 (TestDesk)').expect(201)).body as { id: string }
    await uiLogin(page, base, unique('h5cl'), 'operator', COUNTY)
    const q = encodeURIComponent(`https://lingong.example.cn/console-login?ticket=${created.id}`)
    await openRoute(page, base, `operator/console-login/index?q=${q}`)
    const card = page.locator('.console-login-page [data-testid=ticket]')
    await card.waitFor()
    await expect(card.textContent()).resolves.toContain('TestDesk')
    await card.locator('[data-testid=approve]').click()
    await page.locator('.console-login-page [data-testid=approved]').waitFor()
    const ticket = (await t.http().get(`/api/console/login-tickets/${created.id}`).expect(200)).body as { status: string }
    expect(ticket.status).toBe('approved')
  })

  it("意外报案: a worker's report shows in the county's list; the operator opens it, forwards it to the insurer, then closes it", async () => {
    const admin = await login(t, 'admin')
    const product = insuranceProductInput({
      planCode: unique('OPC').slice(0, 40),
      name: '零工日保（浏览器报案）',
      cover: [{ kind: 'medical', name: '意外医疗', amountFen: 5000000, deductibleFen: 10000 }],
    })
    const productId = (await createInsuranceProduct(t, admin, product)).id
    const worker = await createWorker(t, { realName: '吴报案', countyCode: COUNTY })
    const today = shanghaiDate()
    const tomorrow = addDays(today, 1)
    const enrollment = (
      await t
        .http()
        .post('/api/insurance/enrollments')
        .set(worker.auth)
        .send({ productId, startDate: tomorrow, endDate: tomorrow, idempotencyKey: unique('key') })
        .expect(201)
    ).body
    expect(enrollment.status).toBe('issued')
    // The covered day has come: as the API suite does, the dates move rather than the clock.
    await t.dataSource.query('UPDATE insurance_enrollment SET startDate = ?, endDate = ? WHERE id = ?', [today, today, enrollment.id])
    const place = `巨野县浏览器报案工地${unique('p').slice(-6)}`
    const reported = (
      await t
        .http()
        .post('/api/insurance/claims')
        .set(worker.auth)
        .send({
          enrollmentId: enrollment.id,
          accidentAt: new Date(Date.now() - 60000).toISOString(),
          place,
          description: '搬砖时被掉下的砖块砸到脚',
          injuries: '右脚砸伤，县医院拍了片',
        })
        .expect(201)
    ).body as Claim
    await t
      .http()
      .post(`/api/insurance/claims/${reported.id}/photos`)
      .set(worker.auth)
      .attach('photos', solidPng([200, 40, 40], 64), { filename: '脚伤.png', contentType: 'image/png' })
      .expect(201)

    const openid = unique('h5clm')
    await uiLogin(page, base, openid, 'operator', COUNTY)
    await page.locator('.mine-page [data-testid=staff-claims]').click()
    const list = page.locator('.operator-claims-page')
    await expect(list.locator('[data-testid=claims-scope]').textContent()).resolves.toContain(countyName(COUNTY))
    await list.locator('[data-testid=claim-filter-reported]').click()
    const card = await untilShown(list.locator('[data-testid=claim-card]', { hasText: place }))
    await expect(card.textContent()).resolves.toContain(CLAIM_STATUS_LABELS.reported)
    await card.click()

    const claimPage = page.locator('.operator-claim-page')
    await expect(claimPage.locator('[data-testid=claim-status]').textContent()).resolves.toBe(CLAIM_STATUS_LABELS.reported)
    await expect(claimPage.locator('[data-testid=claim-insured]', { hasText: '吴报案' }).textContent()).resolves.toContain(worker.worker.idNumberMasked)
    await expect(claimPage.locator('[data-testid=claim-day]').textContent()).resolves.toBe(`出事那天：${today}`)
    // The photo came through the staff token: the thumbnail is a decoded picture.
    await page.waitForFunction(() => {
      const img = (globalThis as unknown as { document: { querySelector(s: string): { naturalWidth: number } | null } }).document.querySelector(
        '.operator-claim-page [data-testid=stored-photo] img',
      )
      return !!img && img.naturalWidth === 64
    })
    expect(await claimPage.locator('[data-testid=claim-forward]').count()).toBe(1)

    // Backing out of the confirmation sends nothing.
    await claimPage.locator('[data-testid=decision-reason] textarea').fill('材料齐全，转保险公司理赔')
    await claimPage.locator('[data-testid=claim-forward]').click()
    await page.locator('.taro-modal__foot').getByText('先不转', { exact: true }).click()
    const staff = await login(t, 'operator', COUNTY, openid)
    expect((await t.http().get(`/api/insurance/claims/${reported.id}`).set(staff.auth).expect(200)).body.status).toBe('reported')

    await claimPage.locator('[data-testid=claim-forward]').click()
    await page.locator('.taro-modal__foot').getByText('确定转交', { exact: true }).click()
    await expect(claimPage.locator('[data-testid=claim-status]', { hasText: CLAIM_STATUS_LABELS.forwarded }).textContent()).resolves.toBe(
      CLAIM_STATUS_LABELS.forwarded,
    )
    const forwarded = (await t.http().get(`/api/insurance/claims/${reported.id}`).set(staff.auth).expect(200)).body as Claim
    expect(forwarded).toMatchObject({ status: 'forwarded', statusReason: '材料齐全，转保险公司理赔', insurerClaimNo: expect.any(String) })
    await expect(claimPage.locator('[data-testid=insurer-claim-no]').textContent()).resolves.toContain(forwarded.insurerClaimNo)
    expect(await claimPage.locator('[data-testid=claim-forward]').count()).toBe(0)
    await expectAgeingFriendly(page, '.operator-claim-page .row', '.operator-claim-page [data-testid=claim-close]')
    await settled(page, '.operator-claim-page')
    // The top of the report for the picture, once the 已转交 toast has gone.
    await page.getByText('已转交', { exact: true }).waitFor({ state: 'hidden' })
    await claimPage.locator('.item-title').first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('operator-claim') })

    await claimPage.locator('[data-testid=decision-reason] textarea').fill('保险公司已赔付医疗费')
    await claimPage.locator('[data-testid=claim-close]').click()
    await page.locator('.taro-modal__foot').getByText('确定结案', { exact: true }).click()
    await claimPage.locator('[data-testid=claim-done]').waitFor()
    await expect(claimPage.locator('[data-testid=claim-status]').textContent()).resolves.toBe(CLAIM_STATUS_LABELS.closed)
    const closed = (await t.http().get(`/api/insurance/claims/${reported.id}`).set(worker.auth).expect(200)).body as Claim
    expect(closed).toMatchObject({ status: 'closed', statusReason: '保险公司已赔付医疗费', insurerClaimNo: forwarded.insurerClaimNo })
  })
})
