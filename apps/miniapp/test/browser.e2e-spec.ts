import type { Page } from 'playwright-core'
import {
  addDays,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATUS_LABELS,
  PII_CONSENT_TEXT,
  shanghaiDate,
  validateResidentId,
  type Application,
  type CreateMarketRequest,
  type Enrollment,
  type GateTokenResponse,
  type Hire,
  type InsuranceProduct,
  type Market,
  type Posting,
} from '@lingong/shared'
import {
  checkIn,
  createInsuranceProduct,
  createMarket,
  createPosting,
  createVerifiedEmployer,
  createWorker,
  creditCode,
  insuranceProductInput,
  isolatedPoint,
  login,
  mobile,
  offsetPoint,
  residentId,
  unique,
} from '../../api/test/support/factories'
import type { TestApp } from '../../api/test/support/test-app'
import { expectAgeingFriendly, fontPx, openH5App, pageUntilShown, screenshotPath, settled, storedToken, uiLogin, type H5App } from './support/h5'

/** Where the worker stands: north-east of 郓城县, away from the markets other suites create at county seats. */
const HERE = { lat: 35.7, lng: 116.2 }

// Each step waits for a page of the real app: longer than the API suites' requests.
jest.setTimeout(90000)

describe('Mini-program H5 build in a browser (e2e)', () => {
  let h5: H5App
  let t: TestApp
  let page: Page
  let base: string
  const mine: Market[] = []

  beforeAll(async () => {
    h5 = await openH5App({ geolocation: { latitude: HERE.lat, longitude: HERE.lng }, permissions: ['geolocation'] })
    ;({ t, page, base } = h5)

    const admin = await login(t, 'admin')
    // Added far to near, so an answer in insertion order would fail the nearest-first check.
    for (const [offset, label] of [
      [0.2, '远'],
      [0.05, '中'],
      [0.01, '近'],
    ] as const) {
      const input: CreateMarketRequest = {
        name: `浏览器测试${label}市场${unique('b')}`,
        type: 'public',
        countyCode: '371725',
        address: '郓城县浏览器测试路1号',
        lat: HERE.lat + offset,
        lng: HERE.lng,
        openingHours: '00:00-24:00',
        services: ['matching', 'rest_area'],
        phone: '0530-6551234',
        trades: ['construction'],
        status: 'open',
      }
      mine.push(await createMarket(t, admin, input))
    }
  }, 60000)

  afterAll(async () => {
    await h5?.close()
  })

  it('serves the app at / beside the API', async () => {
    const res = await fetch(`${base}/`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<div id="app">')
    expect((await fetch(`${base}/api/health`)).status).toBe(200)
  })

  it('a worker logs in, consents, is told about a wrong ID number, registers, and sees the markets nearest first', async () => {
    await page.goto(`${base}/#/pages/mine/index`)
    await page.locator('[data-testid=login]').waitFor()
    await expectAgeingFriendly(page, '.mine-page .label', '[data-testid=login]')
    await page.locator('[data-testid=openid] input').fill(unique('h5w'))
    await page.locator('[data-testid=role-worker]').click()
    await page.locator('[data-testid=login]').click()

    await page.locator('[data-testid=register-worker]').click()
    await page.locator('[data-testid=agree]').waitFor()
    await expect(page.locator('.consent-page .title').textContent()).resolves.toBe(PII_CONSENT_TEXT.title)
    await expect(page.locator('.consent-page .consent-paragraph').allTextContents()).resolves.toEqual([...PII_CONSENT_TEXT.paragraphs])
    await expectAgeingFriendly(page, '.consent-page .consent-paragraph', '[data-testid=agree]')
    await page.locator('[data-testid=agree]').click()

    const form = page.locator('.register-page')
    await form.locator('[data-testid=idNumber] input').waitFor()
    await expectAgeingFriendly(page, '.register-page .label', '.register-page [data-testid=submit]')
    const wrongId = '440308199901101513'
    await form.locator('[data-testid=realName] input').fill('张建国')
    await form.locator('[data-testid=idNumber] input').fill(wrongId)
    await form.locator('[data-testid=phone] input').fill(mobile())
    await form.locator('[data-testid="trade-construction.mason"]').click()
    await form.locator('[data-testid=county-371725]').click()
    await form.locator('[data-testid=submit]').click()
    const invalid = validateResidentId(wrongId)
    if (invalid.ok) throw new Error('the wrong ID number passed the validator')
    await expect(form.locator('[data-testid=idNumber-error]').textContent()).resolves.toContain(invalid.message)
    expect(await fontPx(page, '.register-page [data-testid=idNumber-error]')).toBeGreaterThanOrEqual(18)

    const id = residentId()
    await form.locator('[data-testid=idNumber] input').fill(id)
    await form.locator('[data-testid=submit]').click()
    const card = page.locator('.mine-page [data-testid=worker-card]')
    await expect(card.getByText(`身份证：${id.slice(0, 4)}**********${id.slice(14)}`).waitFor()).resolves.toBeUndefined()
    await expect(card.textContent()).resolves.not.toContain(id)

    await page.goto(`${base}/#/pages/markets/index`)
    await page.locator('[data-testid=locate]').waitFor()
    await expectAgeingFriendly(page, '.markets-page .row', '[data-testid=locate]')
    // Icons with labels: each tab shows its picture above its word.
    const tabs = await page.locator('.weui-tabbar__item').evaluateAll((items) =>
      items.map((item) => {
        const icon = (
          item as unknown as { querySelector(s: string): { naturalWidth: number; getBoundingClientRect(): { height: number } } | null }
        ).querySelector('.weui-tabbar__icon')
        return {
          label: (item as unknown as { textContent: string }).textContent.trim(),
          iconLoaded: !!icon && icon.naturalWidth > 0 && icon.getBoundingClientRect().height >= 20,
        }
      }),
    )
    expect(tabs).toEqual([
      { label: '找活', iconLoaded: true },
      { label: '市场', iconLoaded: true },
      { label: '我的', iconLoaded: true },
    ])
    await page.locator('[data-testid=locate]').click()
    await page.locator('.markets-page [data-testid=distance]').first().waitFor()
    const names = await page.locator('.markets-page [data-testid=market-card] .market-name').allTextContents()
    const distances = (await page.locator('.markets-page [data-testid=market-card] [data-testid=distance]').allTextContents()).map((text) => {
      const [, value, unit] = /([\d.]+) (米|公里)/.exec(text) ?? []
      return unit === '米' ? Number(value) / 1000 : Number(value)
    })
    expect(names[0]).toBe(mine[2].name)
    expect(names.indexOf(mine[2].name)).toBeLessThan(names.indexOf(mine[1].name))
    expect(names.indexOf(mine[1].name)).toBeLessThan(names.indexOf(mine[0].name))
    expect(distances.length).toBe(names.length)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    await expect(page.locator('.markets-page [data-testid=market-card]').first().textContent()).resolves.toContain('今日开放 全天')
    await page.screenshot({ path: screenshotPath('markets') })
  })

  it('the worker exports their data without the full ID number, then deletes the account after a plain confirm', async () => {
    await page.goto(`${base}/#/pages/mine/index`)
    await page.locator('.mine-page [data-testid=export]').click()
    const exported = (await page.locator('.mine-page [data-testid=exported]').textContent()) ?? ''
    expect(exported).toContain('张建国')
    expect(exported).not.toMatch(/\d{17}[\dX]/)

    await expect(storedToken(page)).resolves.toEqual(expect.any(String))
    await page.locator('.mine-page [data-testid=delete-account]').click()
    await page.getByText('确定要注销账号吗？').waitFor()
    await page.getByText('确定注销', { exact: true }).click()
    await page.locator('.mine-page [data-testid=login]').waitFor()
    await expect(storedToken(page)).resolves.toBeNull()
  })

  it('an employer with a credit code that fails only its checksum is warned and sent to manual review', async () => {
    await page.goto(`${base}/#/pages/mine/index`)
    await page.locator('[data-testid=openid] input').fill(unique('h5e'))
    await page.locator('[data-testid=role-employer]').click()
    await page.locator('[data-testid=login]').click()
    await page.locator('[data-testid=register-employer]').click()
    const form = page.locator('.register-page')
    await form.locator('[data-testid=kind-organisation]').click()
    await form.locator('[data-testid=name] input').fill('郓城县浏览器测试劳务有限公司')
    const code = creditCode()
    const wrongCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0')
    await form.locator('[data-testid=creditCode] input').fill(wrongCheck)
    await expect(form.locator('[data-testid=creditCode-warning]').textContent()).resolves.toContain('转人工审核')
    await form.locator('[data-testid=contactName] input').fill('王经理')
    await form.locator('[data-testid=phone] input').fill(mobile())
    await form.locator('[data-testid=address] input').fill('郓城县浏览器测试路2号')
    await form.locator('[data-testid=county-371725]').click()
    await expectAgeingFriendly(page, '.register-page .label', '.register-page [data-testid=submit]')
    await form.locator('[data-testid=submit]').click()
    await expect(form.locator('[data-testid=employer-result]').textContent()).resolves.toContain('人工审核')
  })

  it('keeps the 大字 switch across a reload and makes the text larger', async () => {
    await page.goto(`${base}/#/pages/mine/index`)
    const before = await fontPx(page, '.mine-page .title')
    await page.locator('[data-testid=large-text] input').click()
    await page.reload()
    await page.locator('.mine-page .title').first().waitFor()
    expect(await fontPx(page, '.mine-page')).toBeGreaterThanOrEqual(24)
    expect(await fontPx(page, '.mine-page .title')).toBeGreaterThan(before)
  })
  describe('gate check-in and the 找活 tab', () => {
    // One story through the UI, as issue 7 tells it; each step picks up where the one before ended.
    const workerOpenid = unique('h5c')
    const employerOpenid = unique('h5p')
    const employerName = `郓城县浏览器故事劳务有限公司${unique('n')}`.slice(0, 40)
    const title = `浏览器发布瓦工${unique('t')}`.slice(0, 30)
    const workerId = residentId('1968-05-12')
    const workerPhone = mobile()
    /** The building site: about 100 m from the market where the worker checks in, 1 km from the worker. */
    const SITE = offsetPoint(HERE, 1)
    let scene: string
    let employer: { auth: Record<string, string>; id: number }
    let product: InsuranceProduct
    const story: { posting?: Posting; hire?: Hire } = {}

    beforeAll(async () => {
      const operator = await login(t, 'operator', '371725')
      const gate = (await t.http().get(`/api/markets/${mine[2].id}/gate-token`).set(operator.auth).expect(200)).body as GateTokenResponse
      scene = gate.scene

      const registered = await createVerifiedEmployer(
        t,
        { name: employerName, countyCode: '371725', address: '郓城县浏览器测试路4号' },
        { openid: employerOpenid, operator },
      )
      employer = { auth: registered.auth, id: registered.employer.id }

      // A day cover product, and the county's rule: on hired days the employer pays half, the government 30%.
      const admin = await login(t, 'admin')
      product = await createInsuranceProduct(
        t,
        admin,
        insuranceProductInput({
          planCode: unique('BP').slice(0, 40),
          name: `浏览器测试日保${unique('i')}`.slice(0, 40),
          pricePerDayFen: 400,
          cover: [{ kind: 'death_disability', name: '意外身故/伤残', amountFen: 50000000 }],
        }),
      )
      await t
        .http()
        .post('/api/insurance/subsidy-rules')
        .set(operator.auth)
        .send({
          countyCode: '371725',
          productId: product.id,
          name: '用工当天用工方和政府分担',
          condition: 'hired_that_day',
          workerShareBp: 2000,
          employerShareBp: 5000,
          governmentShareBp: 3000,
        })
        .expect(201)

      // The story is told in standard text size (the 大字 test above leaves it on).
      await page.goto(`${base}/#/pages/mine/index`)
      await page.evaluate(() => (globalThis as unknown as { localStorage: { removeItem(key: string): void } }).localStorage.removeItem('lingong.largeText'))
    })

    /** A fresh page load of the check-in page with the scene as WeChat hands it over. */
    async function openCheckin(): Promise<void> {
      await page.goto('about:blank')
      await page.goto(`${base}/#/pages/checkin/index?scene=${encodeURIComponent(scene)}`)
    }

    async function confirmModal(button: string): Promise<void> {
      await page.locator('.taro-modal__foot').getByText(button, { exact: true }).click()
    }

    function required<T>(value: T | undefined, step: string): T {
      if (value === undefined) throw new Error(`an earlier step did not finish: ${step}`)
      return value
    }

    it('1. a worker scans the gate code, registers with the ID consent, is checked in, and is told 今天已签到 on a second scan', async () => {
      await uiLogin(page, base, workerOpenid, 'worker')
      await openCheckin()
      await page.locator('[data-testid=checkin-register]').waitFor()
      await expect(page.locator('[data-testid=checkin-register]').textContent()).resolves.toContain('登记后会自动为您签到')
      await page.locator('[data-testid=register-and-checkin]').click()
      await page.locator('[data-testid=agree]').click()
      const form = page.locator('.register-page')
      await form.locator('[data-testid=realName] input').fill('赵春生')
      await form.locator('[data-testid=idNumber] input').fill(workerId)
      await form.locator('[data-testid=phone] input').fill(workerPhone)
      await form.locator('[data-testid="trade-construction.mason"]').click()
      await form.locator('[data-testid=county-371725]').click()
      await form.locator('[data-testid=submit]').click()

      const result = page.locator('.checkin-page [data-testid=checkin-result]')
      await result.waitFor()
      await expect(result.textContent()).resolves.toBe('✓ 签到成功')
      await expect(page.locator('.checkin-page [data-testid=checkin-market]').textContent()).resolves.toContain(mine[2].name)
      await expectAgeingFriendly(page, '.checkin-page .row', '.checkin-page [data-testid=see-jobs]')

      await openCheckin()
      await page.locator('.checkin-page [data-testid=checkin-result]').waitFor()
      await expect(page.locator('.checkin-page [data-testid=checkin-result]').textContent()).resolves.toBe('✓ 今天已签到')

      await page.goto(`${base}/#/pages/mine/index`)
      const card = page.locator('.mine-page [data-testid=worker-card]')
      await card.getByText(`身份证：${workerId.slice(0, 4)}**********${workerId.slice(14)}`).waitFor()
      await expect(card.textContent()).resolves.not.toContain(workerId)
    })

    it('2. the employer writes a posting near the market: a discriminatory phrase is flagged while typing and the submit is refused with its reason; fixed, it is posted', async () => {
      await uiLogin(page, base, employerOpenid, 'employer')
      await h5.context.setGeolocation({ latitude: SITE.lat, longitude: SITE.lng })
      await page.locator('.mine-page [data-testid=post-job]').click()
      const form = page.locator('.post-page')
      await form.locator('[data-testid="trade-construction.mason"]').click()
      await form.locator('[data-testid=title] input').fill(`${title}男性优先`)
      const blocked = form.locator('[data-testid=content-blocked]')
      await expect(blocked.first().textContent()).resolves.toContain('不能限定性别')
      await form.locator('[data-testid=description] textarea').fill('砌院墙，管午饭。')
      await form.locator('[data-testid=pay] input').fill('220')
      await form.locator('[data-testid=address] input').fill('郓城县浏览器测试工地2号')
      await form.locator('[data-testid=durationDays] input').fill('3')
      await form.locator('[data-testid=locate]').click()
      await form.getByText('✓ 已取得干活地点的位置（可再点一次更新）').waitFor()
      await expectAgeingFriendly(page, '.post-page .label', '.post-page [data-testid=submit]')

      // Submitting with the phrase is refused on the spot, the reason still in view, and nothing is sent.
      await form.locator('[data-testid=submit]').click()
      await expect(form.locator('[data-testid=form-error]').textContent()).resolves.toContain('不能发布的内容')
      await expect(blocked.first().textContent()).resolves.toContain('“男性优先”')
      expect(await fontPx(page, '.post-page [data-testid=content-blocked]')).toBeGreaterThanOrEqual(18)
      expect((await t.http().get('/api/employers/me/postings').set(employer.auth).expect(200)).body.items).toEqual([])

      await form.locator('[data-testid=title] input').fill(title)
      await expect(blocked.count()).resolves.toBe(0)
      await form.locator('[data-testid=submit]').click()
      const status = page.locator('.employer-posting-page [data-testid=posting-status]')
      await status.waitFor()
      await expect(status.textContent()).resolves.toBe('招工中')
      const posted = (await t.http().get('/api/employers/me/postings').set(employer.auth).expect(200)).body.items as Posting[]
      expect(posted).toEqual([expect.objectContaining({ title, payAmountFen: 22000, durationDays: 3, status: 'open', lat: SITE.lat, lng: SITE.lng })])
      story.posting = posted[0]
    })

    it('3. the worker finds the job in 找活 with pay, distance and why it fits, and applies in one tap', async () => {
      required(story.posting, 'posting')
      await h5.context.setGeolocation({ latitude: HERE.lat, longitude: HERE.lng })
      await uiLogin(page, base, workerOpenid, 'worker')
      await page.goto(`${base}/#/pages/jobs/index`)
      const card = page.locator('.jobs-page [data-testid=job-card]', { hasText: title })
      await card.waitFor()
      await expect(card.locator('[data-testid=job-pay]').textContent()).resolves.toBe('220元/天 · 日结')
      await expect(card.locator('[data-testid=job-distance]').textContent()).resolves.toMatch(/距您 (\d+ 米|1(\.\d)? 公里)/)
      await expect(card.locator('[data-testid=match-reason]').allTextContents()).resolves.toContain('工种对口：瓦工')
      await card.click()

      await page.locator('.job-page [data-testid=apply]').waitFor()
      await expectAgeingFriendly(page, '.job-page .row', '.job-page [data-testid=apply]')
      await page.locator('.job-page [data-testid=apply]').click()
      await page.locator('.job-page [data-testid=applied]').waitFor()
    })

    it('4. the employer sees the applicant with name and phone, hires, confirms the agreement and insures the worker for the coming days', async () => {
      const posting = required(story.posting, 'posting')
      await uiLogin(page, base, employerOpenid, 'employer')
      await page.locator('.mine-page [data-testid=my-postings]').click()
      await page.locator('.postings-page [data-testid=posting-card]', { hasText: title }).click()
      const applicant = page.locator('.employer-posting-page [data-testid=application-card]', { hasText: '赵春生' })
      await applicant.waitFor()
      await expect(applicant.textContent()).resolves.toContain('自己报名的')
      await expect(applicant.textContent()).resolves.toContain(`打电话 ${workerPhone}`)
      await expect(applicant.locator('[data-testid=decline]').textContent()).resolves.toBe('不录用')
      await expectAgeingFriendly(page, '.employer-posting-page .row', '.employer-posting-page [data-testid=accept]')
      await settled(page, '.employer-posting-page')
      await page.screenshot({ path: screenshotPath('employer-posting') })
      await applicant.locator('[data-testid=accept]').click()
      await applicant.getByText('已录用').waitFor()
      await expect(page.locator('.employer-posting-page [data-testid=posting-status]').textContent()).resolves.toBe('已招满')

      await applicant.locator('[data-testid=see-hire]').click()
      const agreement = page.locator('.employer-hire-page [data-testid=agreement-text]')
      await agreement.waitFor()
      const [hire] = (await t.http().get('/api/hires').query({ as: 'employer' }).set(employer.auth).expect(200)).body.items as Hire[]
      expect(hire).toMatchObject({ postingId: posting.id, workerName: '赵春生', startDate: shanghaiDate(), endDate: addDays(shanghaiDate(), 2) })
      story.hire = hire
      await expect(agreement.textContent()).resolves.toBe(hire.agreement.text)
      await expect(page.locator('.employer-hire-page [data-testid=call-worker]').textContent()).resolves.toContain(workerPhone)
      await expectAgeingFriendly(page, '.employer-hire-page .row', '.employer-hire-page [data-testid=confirm-agreement]')
      await page.locator('.employer-hire-page [data-testid=confirm-agreement]').click()
      await page.locator('.employer-hire-page [data-testid=waiting-worker]').waitFor()
      await expect(page.locator('.employer-hire-page [data-testid=agreement-state]').textContent()).resolves.toMatch(/^您已在 .+ 确认；师傅还没有确认$/)

      // Cover starts tomorrow at the earliest: the two days left of the three.
      const insurance = page.locator('.employer-hire-page [data-testid=insurance-card]')
      await insurance.locator(`[data-testid=product-${product.id}]`).click()
      await expect(insurance.locator('[data-testid=insurance-quote]').textContent()).resolves.toContain('共 2 天，原价 8 元')
      await insurance.locator('[data-testid=enroll-worker]').click()
      await expect(insurance.locator('[data-testid=premium-split]').textContent()).resolves.toBe('保费 8 元：您付 4 元，师傅付 1.6 元，政府补贴 2.4 元。')
      const enrollments = (await t.http().get('/api/insurance/enrollments').set(employer.auth).expect(200)).body.items as Enrollment[]
      expect(enrollments.filter((e) => e.hireId === hire.id)).toEqual([
        expect.objectContaining({
          startDate: addDays(shanghaiDate(), 1),
          endDate: addDays(shanghaiDate(), 2),
          premiumFen: 800,
          employerShareFen: 400,
          workerShareFen: 160,
          governmentShareFen: 240,
        }),
      ])
      await insurance.scrollIntoViewIfNeeded()
      await page.screenshot({ path: screenshotPath('employer-hire-insurance') })
      await page.locator('.employer-hire-page [data-testid=hire-worker]').scrollIntoViewIfNeeded()
      await settled(page, '.employer-hire-page')
      await page.screenshot({ path: screenshotPath('employer-hire') })
    })

    it('5. the worker reads and confirms the same agreement', async () => {
      const hire = required(story.hire, 'hire')
      await uiLogin(page, base, workerOpenid, 'worker')
      await page.locator('.mine-page [data-testid=my-work]').click()
      await page.locator('.work-page [data-testid=hire-card]').first().click()
      const agreement = page.locator('.hire-page [data-testid=agreement-text]')
      await agreement.waitFor()
      await expect(agreement.textContent()).resolves.toBe(hire.agreement.text)
      await expect(page.locator('.hire-page').textContent()).resolves.toContain('用工方已确认')
      await expectAgeingFriendly(page, '.hire-page .row', '.hire-page [data-testid=confirm-agreement]')
      await page.locator('.hire-page [data-testid=confirm-agreement]').click()
      await page.locator('.hire-page [data-testid=confirm-agreement]').waitFor({ state: 'detached' })
      await expect(page.locator('.hire-page').textContent()).resolves.toContain('您已在')
      const confirmed = (await t.http().get(`/api/hires/${hire.id}`).set(employer.auth).expect(200)).body as Hire
      expect(confirmed.agreement.hash).toMatch(/^[0-9a-f]{64}$/)
    })

    it('6. the employer marks the work done after a plain confirm and rates the worker', async () => {
      const hire = required(story.hire, 'hire')
      await uiLogin(page, base, employerOpenid, 'employer')
      await page.locator('.mine-page [data-testid=employer-hires]').click()
      const card = page.locator('.employer-hires-page [data-testid=employer-hire-card]', { hasText: '赵春生' })
      await expect(card.textContent()).resolves.toContain('干活中，完工后请标记完工')
      await card.click()
      await page.locator('.employer-hire-page [data-testid=mark-done]').waitFor()
      await expectAgeingFriendly(page, '.employer-hire-page .row', '.employer-hire-page [data-testid=mark-done]')
      await page.locator('.employer-hire-page [data-testid=mark-done]').click()
      await page.getByText('活干完了吗？').waitFor()
      await confirmModal('干完了')
      await expect(page.locator('.employer-hire-page [data-testid=completed-notice]').textContent()).resolves.toContain('标记完工，已通知师傅')

      const rating = page.locator('.employer-hire-page [data-testid=rating-card]')
      await rating.locator('[data-testid=star-5]').click()
      await rating.locator('[data-testid="tag-活干得好"]').click()
      await rating.locator('[data-testid=submit-rating]').click()
      await expect(rating.locator('[data-testid=my-rating]').textContent()).resolves.toBe('您的评价：★★★★★ 5星（很好） · 活干得好')
      await expect(rating.locator('[data-testid=submit-rating]').count()).resolves.toBe(0)
      const done = (await t.http().get(`/api/hires/${hire.id}`).set(employer.auth).expect(200)).body as Hire
      expect(done.completedAt).toEqual(expect.any(String))
      expect(done.ratings.byEmployer).toMatchObject({ score: 5, tags: ['活干得好'] })
    })

    it('7. the worker sees 老板已标记完工, reports 没拿到工钱, rates the employer and is led to the wage complaint opened for them', async () => {
      const hire = required(story.hire, 'hire')
      await uiLogin(page, base, workerOpenid, 'worker')
      await page.locator('.mine-page [data-testid=my-work]').click()
      const card = page.locator('.work-page [data-testid=hire-card]').first()
      await expect(card.textContent()).resolves.toContain('老板已标记完工')
      await card.click()
      await expect(page.locator('.hire-page [data-testid=completed-notice]').textContent()).resolves.toContain('老板已标记完工')

      await page.locator('.hire-page [data-testid=not-paid]').click()
      await confirmModal('没拿到')
      await page.locator('.hire-page [data-testid=unpaid-notice]').waitFor()

      const rating = page.locator('.hire-page [data-testid=rating-card]')
      await expect(rating.locator('[data-testid=their-rating]').textContent()).resolves.toContain('老板给您的评价：★★★★★ 5星')
      await expectAgeingFriendly(page, '.hire-page .row', '.hire-page [data-testid=submit-rating]')
      await rating.locator('[data-testid=star-1]').click()
      await rating.locator('[data-testid="tag-拖欠工钱"]').click()
      await rating.locator('[data-testid=submit-rating]').click()
      await expect(rating.locator('[data-testid=my-rating]').textContent()).resolves.toBe('您的评价：★☆☆☆☆ 1星（很差） · 拖欠工钱')
      const reputation = (await t.http().get(`/api/employers/${employer.id}/reputation`).set(employer.auth).expect(200)).body
      expect(reputation).toMatchObject({ ratingAverage: 1, ratingCount: 1, unpaidCount: 1 })

      const link = page.locator('.hire-page [data-testid=see-complaint]')
      await link.getByText('查看这份欠薪投诉 ›').waitFor()
      await link.click()
      const status = page.locator('.complaint-page [data-testid=complaint-status]')
      await status.waitFor()
      await expect(status.textContent()).resolves.toBe(COMPLAINT_STATUS_LABELS.submitted)
      await expect(page.locator('.complaint-page').textContent()).resolves.toContain(hire.employerName)
      expect(await page.locator('.complaint-page [data-testid=history-entry]').count()).toBeGreaterThanOrEqual(1)
    })

    it('8. an operator of 郓城县 finds the wage complaint in the queue and accepts it', async () => {
      const hire = required(story.hire, 'hire')
      await uiLogin(page, base, unique('h5op'), 'operator', '371725')
      await page.locator('.mine-page [data-testid=staff-complaints]').click()
      await page.locator('[data-testid=filter-submitted]').click()
      // Sorted by due date, a fresh case is among the last: page on until it shows.
      const card = await pageUntilShown(
        page.locator('[data-testid=queue-card]', { hasText: employerName }),
        page.locator('[data-testid=queue-card]'),
        page.locator('[data-testid=more]'),
      )
      await expect(card.textContent()).resolves.toContain(COMPLAINT_CATEGORY_LABELS.wage_arrears)
      await card.click()
      await expect(page.locator('[data-testid=complaint-status]').textContent()).resolves.toBe(COMPLAINT_STATUS_LABELS.submitted)
      await page.locator('[data-testid=action-accept]').click()
      await page.locator('[data-testid=transition-submit]').click()
      await expect(page.locator('[data-testid=complaint-status]', { hasText: COMPLAINT_STATUS_LABELS.accepted }).textContent()).resolves.toBe(
        COMPLAINT_STATUS_LABELS.accepted,
      )

      const stored = await t.dataSource.query('SELECT category, status FROM complaint WHERE hireId = ?', [hire.id])
      expect(stored).toEqual([{ category: 'wage_arrears', status: 'accepted' }])
    })
  })

  describe('candidates and invitations', () => {
    it('a worker checked in today at a market near the site is the first candidate (今天在市场); the employer invites, the worker accepts and a hire exists', async () => {
      const site = isolatedPoint()
      const admin = await login(t, 'admin')
      const operator = await login(t, 'operator', '371725')
      const market = await createMarket(t, admin, {
        name: `浏览器测试邀请市场${unique('m')}`,
        type: 'public',
        countyCode: '371725',
        address: '郓城县邀请测试路1号',
        ...offsetPoint(site, 2),
        openingHours: '00:00-24:00',
        services: ['matching'],
        phone: '0530-6551234',
        trades: ['construction'],
        status: 'open',
      })
      // Nearer the site but not at the market today, against further away but checked in this morning.
      const absent = await createWorker(t, { realName: '钱不在', trades: ['construction.mason'], countyCode: '371725', location: offsetPoint(site, 0.5) })
      const presentOpenid = unique('h5i')
      const presentLogin = await createWorker(
        t,
        { realName: '孙在场', trades: ['construction.mason'], countyCode: '371725', location: offsetPoint(site, 3) },
        { openid: presentOpenid },
      )
      const present = presentLogin.worker
      await checkIn(t, presentLogin, market.id, operator)

      const inviterOpenid = unique('h5v')
      const inviter = await createVerifiedEmployer(t, { countyCode: '371725' }, { openid: inviterOpenid, operator })
      const registered = inviter.employer
      const inviteTitle = `浏览器邀请瓦工${unique('v')}`.slice(0, 30)
      const posting = await createPosting(t, inviter, { title: inviteTitle, ...site, address: '郓城县邀请测试工地' })

      await uiLogin(page, base, inviterOpenid, 'employer')
      await page.locator('.mine-page [data-testid=my-postings]').click()
      await page.locator('.postings-page [data-testid=posting-card]', { hasText: inviteTitle }).click()
      const candidates = page.locator('.employer-posting-page [data-testid=candidate-card]')
      await candidates.first().waitFor()
      await expect(candidates.locator('.item-title').allTextContents()).resolves.toEqual(['孙师傅 · 今天在市场', '钱师傅'])
      await expect(candidates.first().textContent()).resolves.toContain('今天已在附近零工市场签到')
      await candidates.first().locator('[data-testid=invite]').click()
      await candidates.first().locator('[data-testid=invited]').waitFor()
      const invitations = (await t.http().get(`/api/postings/${posting.id}/applications`).set(inviter.auth).expect(200)).body.items as Application[]
      expect(invitations).toEqual([expect.objectContaining({ kind: 'invitation', status: 'pending', workerId: present.id })])
      expect(invitations[0].workerId).not.toBe(absent.worker.id)

      await uiLogin(page, base, presentOpenid, 'worker')
      await page.locator('.mine-page [data-testid=my-work]').click()
      const invitation = page.locator('.work-page [data-testid=application-card]', { hasText: inviteTitle })
      await expect(invitation.textContent()).resolves.toContain('老板邀请您')
      await expectAgeingFriendly(page, '.work-page .row', '.work-page [data-testid=accept-invitation]')
      await invitation.locator('[data-testid=accept-invitation]').click()
      const agreement = page.locator('.hire-page [data-testid=agreement-text]')
      await agreement.waitFor()
      await expect(agreement.textContent()).resolves.toContain('孙在场')
      const hires = (await t.http().get('/api/hires').set(presentLogin.auth).expect(200)).body.items as Hire[]
      expect(hires).toEqual([expect.objectContaining({ postingId: posting.id, workerId: present.id, employerId: registered.id })])
    })
  })
})
