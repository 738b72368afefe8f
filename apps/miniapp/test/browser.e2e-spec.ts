import type { Page } from 'playwright-core'
import { PII_CONSENT_TEXT, validateResidentId, type Application, type CreateMarketRequest, type GateTokenResponse, type Hire, type Market, type Posting } from '@lingong/shared'
import { creditCode, employerInput, login, mobile, offsetPoint, postingInput, residentId, unique, verifiedEmployer } from '../../api/test/support/factories'
import type { TestApp } from '../../api/test/support/test-app'
import { expectAgeingFriendly, fontPx, openH5App, screenshotPath, storedToken, uiLogin, type H5App } from './support/h5'

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
    for (const [offset, label] of [[0.2, '远'], [0.05, '中'], [0.01, '近']] as const) {
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
      mine.push((await t.http().post('/api/markets').set(admin.auth).send(input).expect(201)).body as Market)
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
    const openid = unique('h5c')
    let scene: string
    let hired: { employerAuth: Record<string, string>; hire: Hire } | undefined

    beforeAll(async () => {
      const operator = await login(t, 'operator', '371725')
      const gate = (await t.http().get(`/api/markets/${mine[2].id}/gate-token`).set(operator.auth).expect(200)).body as GateTokenResponse
      scene = gate.scene
    })

    /** A fresh page load of the check-in page with the scene as WeChat hands it over. */
    async function openCheckin(): Promise<void> {
      await page.goto('about:blank')
      await page.goto(`${base}/#/pages/checkin/index?scene=${encodeURIComponent(scene)}`)
    }

    it('an unregistered worker scans the gate code, registers, is checked in, and is told 今天已签到 on a second scan', async () => {
      await uiLogin(page, base, openid, 'worker')
      await openCheckin()
      await page.locator('[data-testid=checkin-register]').waitFor()
      await expect(page.locator('[data-testid=checkin-register]').textContent()).resolves.toContain('登记后会自动为您签到')
      await page.locator('[data-testid=register-and-checkin]').click()
      await page.locator('[data-testid=agree]').click()
      const form = page.locator('.register-page')
      await form.locator('[data-testid=realName] input').fill('赵春生')
      await form.locator('[data-testid=idNumber] input').fill(residentId())
      await form.locator('[data-testid=phone] input').fill(mobile())
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
    })

    it('the worker sees a verified employer\'s posting near them in 找活 with pay and distance, and applies in one tap', async () => {
      const employer = await verifiedEmployer(t, { countyCode: '371725', address: '郓城县浏览器测试路3号' })
      const title = `浏览器测试招瓦工${unique('p')}`.slice(0, 30)
      const posting = (await t.http().post('/api/postings').set(employer.auth).send(postingInput({ title, ...offsetPoint(HERE, 1), address: '郓城县浏览器测试工地' })).expect(201)).body as Posting
      expect(posting.status).toBe('open')

      await page.goto('about:blank')
      await page.goto(`${base}/#/pages/jobs/index`)
      const card = page.locator('.jobs-page [data-testid=job-card]', { hasText: title })
      await card.waitFor()
      await expect(card.locator('[data-testid=job-pay]').textContent()).resolves.toBe('200元/天 · 日结')
      await expect(card.locator('[data-testid=job-distance]').textContent()).resolves.toMatch(/距您 (\d+ 米|1(\.\d)? 公里)/)
      await expect(card.locator('[data-testid=match-reason]').allTextContents()).resolves.toContain('工种对口：瓦工')
      await card.click()

      await page.locator('.job-page [data-testid=apply]').waitFor()
      await expectAgeingFriendly(page, '.job-page .row', '.job-page [data-testid=apply]')
      await page.locator('.job-page [data-testid=apply]').click()
      await page.locator('.job-page [data-testid=applied]').waitFor()
      const applications = (await t.http().get(`/api/postings/${posting.id}/applications`).set(employer.auth).expect(200)).body.items as Application[]
      expect(applications).toEqual([expect.objectContaining({ postingId: posting.id, kind: 'application', status: 'pending' })])
      hired = { employerAuth: employer.auth, hire: (await t.http().post(`/api/applications/${applications[0].id}/accept`).set(employer.auth).expect(200)).body as Hire }
    })

    it('the hired worker reads and confirms the agreement, reports 没拿到工钱 and is led to the wage complaint opened for them', async () => {
      if (!hired) throw new Error('the previous test did not hire the worker')
      await page.goto('about:blank')
      await page.goto(`${base}/#/pages/mine/index`)
      await page.locator('.mine-page [data-testid=my-work]').click()
      await page.locator('.work-page [data-testid=hire-card]').first().click()
      const agreement = page.locator('.hire-page [data-testid=agreement-text]')
      await agreement.waitFor()
      await expect(agreement.textContent()).resolves.toBe(hired.hire.agreement.text)
      await expectAgeingFriendly(page, '.hire-page .row', '.hire-page [data-testid=confirm-agreement]')
      await page.locator('.hire-page [data-testid=confirm-agreement]').click()
      await page.locator('.hire-page [data-testid=confirm-agreement]').waitFor({ state: 'detached' })
      await expect(page.locator('.hire-page').textContent()).resolves.toContain('您已在')

      await page.locator('.hire-page [data-testid=not-paid]').click()
      await page.locator('.taro-modal__foot').getByText('没拿到', { exact: true }).click()
      await page.locator('.hire-page [data-testid=unpaid-notice]').waitFor()
      const link = page.locator('.hire-page [data-testid=see-complaint]')
      await expect(link.getByText('查看这份欠薪投诉 ›').waitFor()).resolves.toBeUndefined()
      await link.click()
      const status = page.locator('.complaint-page [data-testid=complaint-status]')
      await status.waitFor()
      await expect(status.textContent()).resolves.toBe('已提交，等待受理')
      await expect(page.locator('.complaint-page').textContent()).resolves.toContain(hired.hire.employerName)
      expect(await page.locator('.complaint-page [data-testid=history-entry]').count()).toBeGreaterThanOrEqual(1)
    })

    it('a verified employer is warned while typing a discriminatory phrase, posts the job from the form and sees it open', async () => {
      const employerOpenid = unique('h5p')
      const employer = await login(t, 'employer', undefined, employerOpenid)
      const input = employerInput({ countyCode: '371725', address: '郓城县浏览器测试路4号' })
      const registered = (await t.http().put('/api/employers/me').set(employer.auth).send(input).expect(201)).body as { id: number }
      const operator = await login(t, 'operator', '371725')
      await t.http().post(`/api/employers/${registered.id}/verify`).set(operator.auth).send({}).expect(200)

      await uiLogin(page, base, employerOpenid, 'employer')
      await page.locator('.mine-page [data-testid=post-job]').click()
      const form = page.locator('.post-page')
      await form.locator('[data-testid="trade-construction.mason"]').click()
      const title = `浏览器发布瓦工${unique('t')}`.slice(0, 30)
      await form.locator('[data-testid=title] input').fill(`${title}男性优先`)
      await expect(form.locator('[data-testid=content-blocked]').first().textContent()).resolves.toContain('不能限定性别')
      await form.locator('[data-testid=title] input').fill(title)
      await expect(form.locator('[data-testid=content-blocked]').count()).resolves.toBe(0)
      await form.locator('[data-testid=description] textarea').fill('砌院墙，管午饭。')
      await form.locator('[data-testid=pay] input').fill('220')
      await form.locator('[data-testid=address] input').fill('郓城县浏览器测试工地2号')
      await form.locator('[data-testid=locate]').click()
      await form.getByText('✓ 已取得干活地点的位置（可再点一次更新）').waitFor()
      await expectAgeingFriendly(page, '.post-page .label', '.post-page [data-testid=submit]')
      await form.locator('[data-testid=submit]').click()

      const status = page.locator('.employer-posting-page [data-testid=posting-status]')
      await status.waitFor()
      await expect(status.textContent()).resolves.toBe('招工中')
      const mine = (await t.http().get('/api/employers/me/postings').set(employer.auth).expect(200)).body.items as Posting[]
      expect(mine).toEqual([expect.objectContaining({ title, payAmountFen: 22000, status: 'open', contactPhone: input.phone })])
    })
  })
})
