import type { Page } from 'playwright-core'
import {
  CLAIM_STATUS_LABELS,
  COMPLAINT_STATUS_LABELS,
  ERRORS,
  shanghaiDate,
  shanghaiMinuteOfDay,
  type Claim,
  type ComplaintDetail,
  type ComplaintSummary,
} from '@lingong/shared'
import { createInsuranceProduct, createWorker, insuranceProductInput, login, residentId, unique, type LoggedIn } from '../../api/test/support/factories'
import type { TestApp } from '../../api/test/support/test-app'
import { expectAgeingFriendly, openH5App, openRoute, screenshotPath, settled, solidPng, uiLogin, type H5App } from './support/h5'
import { binary } from '../../api/test/support/api-client'

// The worker's services in 我的 — accident insurance with an accident report, and a complaint with
// photos — in the H5 build served by the real API and driven in headless Chromium.

jest.setTimeout(120000)

/** A real 1×1 GIF: a picture the phone shows, but not a type the API takes. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/** Picks files through the app's 添加照片 / 补传照片 button, as the album would hand them over. */
async function choosePhotos(page: Page, button: string, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator(button).click()])
  await chooser.setFiles(files)
}

/** Waits until every thumbnail in `selector` shows a decoded picture (fetched with the token). */
async function expectThumbnailsShown(page: Page, selector: string, count: number) {
  await page.waitForFunction(
    ({ selector, count }) => {
      const images = Array.from(
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ src: string; complete: boolean; naturalWidth: number }> } }
        ).document.querySelectorAll(`${selector} img`),
      )
      return images.length === count && images.every((img) => img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0)
    },
    { selector, count },
  )
}

/** Screenshots wait for the page to finish sliding in (Taro's H5 router animates a new page). */
async function screenshotSettled(page: Page, pageSelector: string, name: string) {
  await settled(page, pageSelector)
  await page.screenshot({ path: screenshotPath(name), fullPage: true })
}

describe('Mini-program worker services in a browser (e2e)', () => {
  let h5: H5App
  let t: TestApp
  let page: Page
  let base: string
  let worker: LoggedIn
  const openid = unique('h5svc')

  beforeAll(async () => {
    h5 = await openH5App()
    ;({ t, page, base } = h5)
    worker = await createWorker(t, { idNumber: residentId('1975-06-01') }, { openid })
    await uiLogin(page, base, openid, 'worker')
  }, 60000)

  afterAll(async () => {
    await h5?.close()
  })

  it('a worker buys a day of insurance, opens the certificate, reports an accident with a photo and sees it listed', async () => {
    const admin = await login(t, 'admin')
    const product = insuranceProductInput({
      planCode: `GIG-${Date.now().toString(36).toUpperCase()}`,
      name: '零工日保（建筑、搬运）',
      cover: [
        { kind: 'death_disability', name: '意外身故/伤残', amountFen: 65000000 },
        { kind: 'medical', name: '意外医疗', amountFen: 5000000, deductibleFen: 10000 },
      ],
    })
    const productId = (await createInsuranceProduct(t, admin, product)).id

    await page.locator('.mine-page [data-testid=my-insurance]').click()
    const card = page.locator('.insurance-page [data-testid=product-card]').filter({ has: page.locator(`[data-testid=days-${productId}-1]`) })
    await expect(card.textContent()).resolves.toContain(product.name)
    await expect(card.textContent()).resolves.toContain('每天 3 元')
    await card.locator(`[data-testid=days-${productId}-1]`).click()
    await expect(card.locator('[data-testid=enroll]').textContent()).resolves.toContain('投保 1 天（原价 3 元）')
    await expectAgeingFriendly(page, '.insurance-page .row', '.insurance-page [data-testid=enroll]')
    await card.locator('[data-testid=enroll]').click()
    // Nothing is bought with one tap: the dates, the price and who pays are confirmed first.
    await expect(page.locator('.taro-modal__content').textContent()).resolves.toMatch(/保 \d{4}-\d{2}-\d{2} 零点到 \d{4}-\d{2}-\d{2} 24点，共 1 天。原价 3 元/)
    await page.locator('.taro-modal__foot').getByText('确定投保', { exact: true }).click()
    await expect(page.locator('.insurance-page [data-testid=enrolled]').textContent()).resolves.toContain('共 1 天')

    // The embedded insurer issues at once; the list shows the certificate link for an issued policy.
    const enrollment = (await t.http().get('/api/insurance/enrollments').set(worker.auth).expect(200)).body.items[0]
    expect(enrollment).toMatchObject({ productId, days: 1, status: 'issued' })
    await page.locator('.insurance-page [data-testid=enrollment-card] [data-testid=certificate]').first().click()
    await expect(page.locator('.enrollment-page [data-testid=certificate]').textContent()).resolves.toContain(enrollment.policyNo)
    // Cover starts tomorrow: no report yet, and the page says from when.
    await expect(page.locator('.enrollment-page [data-testid=report-later]').textContent()).resolves.toContain(`保障从 ${enrollment.startDate} 零点开始`)
    expect(await page.locator('.enrollment-page [data-testid=report-accident]').count()).toBe(0)

    // The covered day has come (as the API suite does, the dates move rather than the clock).
    const today = shanghaiDate()
    await t.dataSource.query('UPDATE insurance_enrollment SET startDate = ?, endDate = ? WHERE id = ?', [today, today, enrollment.id])
    await openRoute(page, base, `worker/enrollment/index?id=${enrollment.id}`)
    await page.locator('.enrollment-page [data-testid=report-accident]').waitFor()
    await screenshotSettled(page, '.enrollment-page', 'insurance-certificate')
    await page.locator('.enrollment-page [data-testid=report-accident]').click()

    const form = page.locator('.claim-new-page')
    await form.locator('[data-testid=submit]').waitFor()
    await expectAgeingFriendly(page, '.claim-new-page .label', '.claim-new-page [data-testid=submit]')
    // Said in words before anything is sent.
    await form.locator('[data-testid=submit]').click()
    await expect(form.locator('[data-testid=place-error]').textContent()).resolves.toContain('请写在哪里出的事')
    expect(await form.locator('[data-testid=day-error]').count()).toBe(0) // the one covered day is chosen already
    const minute = Math.max(0, shanghaiMinuteOfDay() - 2)
    await form.locator('[data-testid=hour] input').fill(String(Math.floor(minute / 60)))
    await form.locator('[data-testid=minute] input').fill(String(minute % 60))
    // The worker is new: theirs is the only report, so a plain place finds it.
    const place = '牡丹区中华路建材市场工地'
    await form.locator('[data-testid=place] input').fill(place)
    await form.locator('[data-testid=description] textarea').fill('搬钢管时从脚手架上踩空摔下')
    await form.locator('[data-testid=injuries] input').fill('左脚扭伤，在县医院拍了片子')
    const injury = solidPng([200, 40, 40])
    await choosePhotos(page, '.claim-new-page [data-testid=add-photo]', [{ name: '伤口.png', mimeType: 'image/png', buffer: injury }])
    await expectThumbnailsShown(page, '.claim-new-page [data-testid=picked-photo]', 1)
    await form.locator('[data-testid=submit]').click()

    const status = page.locator('.claim-page [data-testid=claim-status]')
    await expect(status.textContent()).resolves.toBe(CLAIM_STATUS_LABELS.reported)
    await expect(page.locator('.claim-page').textContent()).resolves.toContain(place)
    await expectThumbnailsShown(page, '.claim-page [data-testid=stored-photo]', 1)
    expect(await page.locator('.claim-page [data-testid=unsent-notice]').count()).toBe(0)
    await screenshotSettled(page, '.claim-page', 'accident-report')

    await openRoute(page, base, 'worker/insurance/index')
    const listed = page.locator('.insurance-page [data-testid=claim-card]', { hasText: place })
    await expect(listed.textContent()).resolves.toContain(CLAIM_STATUS_LABELS.reported)
    await expect(listed.textContent()).resolves.toContain('照片 1 张')

    const claims: Claim[] = (await t.http().get('/api/insurance/claims').set(worker.auth).expect(200)).body.items
    const claim = claims.find((c) => c.place === place)!
    expect(claim).toMatchObject({ enrollmentId: enrollment.id, reportedBy: 'worker', status: 'reported', injuries: '左脚扭伤，在县医院拍了片子' })
    expect(claim.photos).toEqual([expect.objectContaining({ fileName: '伤口.png', contentType: 'image/png', sizeBytes: injury.length })])
    expect(shanghaiMinuteOfDay(new Date(claim.accidentAt))).toBe(minute)
    const stored = await t
      .http()
      .get(`/api/insurance/claims/${claim.id}/photos/${claim.photos[0].id}`)
      .set(worker.auth)
      .buffer(true)
      .parse(binary as never)
      .expect(200)
    expect(Buffer.compare(stored.body as Buffer, injury)).toBe(0)
  })

  it('a worker files a complaint with photos: a GIF is refused with the API sentence, a photo that did not arrive is said, 补传 adds one, then the worker withdraws', async () => {
    const myComplaints = async (): Promise<ComplaintSummary[]> => (await t.http().get('/api/complaints').set(worker.auth).expect(200)).body.items
    const respondent = `浏览器测试中介${unique('c')}`

    await openRoute(page, base, 'worker/complaints/index')
    await page.locator('.complaints-page [data-testid=new-complaint]').click()
    const form = page.locator('.complaint-new-page')
    await form.locator('[data-testid=category-illegal_fee]').click()
    await form.locator('[data-testid=respondent] input').fill(respondent)
    await form.locator('[data-testid=facts] textarea').fill('介绍活要先交200元介绍费，交了钱没给安排活。')
    await form.locator('[data-testid=request] input').fill('退回介绍费200元')
    await form.locator('[data-testid=county-371702]').click()

    // A GIF as the first photo: the API refuses it, so nothing is filed, and the form says why.
    await choosePhotos(page, '.complaint-new-page [data-testid=add-photo]', [{ name: '动图.gif', mimeType: 'image/gif', buffer: GIF }])
    // The picker answers asynchronously: wait for the count to change rather than read it at once.
    await form.locator('[data-testid=photo-count]', { hasText: '已选 1 张' }).waitFor()
    await expect(form.locator('[data-testid=photo-count]').textContent()).resolves.toBe('已选 1 张，最多 9 张')
    await form.locator('[data-testid=submit]').click()
    const formError = form.locator('[data-testid=form-error]')
    await expect(formError.textContent()).resolves.toContain(ERRORS['COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED'].message)
    await expect(formError.textContent()).resolves.toContain('第 1 张照片')
    expect((await myComplaints()).some((c) => c.respondentName === respondent)).toBe(false)

    // 删除 it; a real photo goes first and the GIF after it: the complaint is filed with the photo.
    await form.locator('[data-testid=remove-photo-0]').click()
    const receipt = solidPng([30, 90, 200])
    await choosePhotos(page, '.complaint-new-page [data-testid=add-photo]', [{ name: '收据.png', mimeType: 'image/png', buffer: receipt }])
    await choosePhotos(page, '.complaint-new-page [data-testid=add-photo]', [{ name: '动图.gif', mimeType: 'image/gif', buffer: GIF }])
    await expectThumbnailsShown(page, '.complaint-new-page [data-testid=picked-photo]', 2)
    await expectAgeingFriendly(page, '.complaint-new-page .label', '.complaint-new-page [data-testid=submit]')
    await form.locator('[data-testid=submit]').click()

    const status = page.locator('.complaint-page [data-testid=complaint-status]')
    await expect(status.textContent()).resolves.toBe(COMPLAINT_STATUS_LABELS.submitted)
    await expectThumbnailsShown(page, '.complaint-page [data-testid=stored-photo]', 1)
    const reason = page.locator('.complaint-page [data-testid=unsent-reason]')
    await expect(reason.textContent()).resolves.toBe(`“动图.gif”没有传上去：${ERRORS['COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED'].message}`)
    // 重新上传 sends it again and the API says the same; the worker lets it go and 补传 another photo.
    const [retried] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/evidence`) && r.request().method() === 'POST'),
      page.locator('.complaint-page [data-testid=retry-photo-0]').click(),
    ])
    expect(retried.status()).toBe(415)
    await page.locator('.complaint-page [data-testid=add-photos]', { hasText: '补传照片' }).waitFor()
    await expect(reason.textContent()).resolves.toContain(ERRORS['COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED'].message)
    await page.locator('.complaint-page [data-testid=drop-photo-0]').click()
    await page.locator('.complaint-page [data-testid=unsent-notice]').waitFor({ state: 'detached' })
    const wages = solidPng([20, 150, 60])
    await choosePhotos(page, '.complaint-page [data-testid=add-photos]', [{ name: '聊天记录.png', mimeType: 'image/png', buffer: wages }])
    await expectThumbnailsShown(page, '.complaint-page [data-testid=stored-photo]', 2)
    await screenshotSettled(page, '.complaint-page', 'complaint-photos')

    const filed = (await myComplaints()).find((c) => c.respondentName === respondent)!
    const detail: ComplaintDetail = (await t.http().get(`/api/complaints/${filed.id}`).set(worker.auth).expect(200)).body
    expect(detail.evidence.map((e) => [e.fileName, e.contentType, e.sizeBytes])).toEqual([
      ['收据.png', 'image/png', receipt.length],
      ['聊天记录.png', 'image/png', wages.length],
    ])

    await page.locator('.complaint-page [data-testid=withdraw]').click()
    await page.locator('.taro-modal__foot').getByText('确定撤回', { exact: true }).click()
    await expect(page.locator('.complaint-page [data-testid=complaint-status]', { hasText: COMPLAINT_STATUS_LABELS.withdrawn }).textContent()).resolves.toBe(
      COMPLAINT_STATUS_LABELS.withdrawn,
    )
    expect(await page.locator('.complaint-page [data-testid=add-photos]').count()).toBe(0)
    expect((await t.http().get(`/api/complaints/${filed.id}`).set(worker.auth).expect(200)).body.status).toBe('withdrawn')
  })
})
