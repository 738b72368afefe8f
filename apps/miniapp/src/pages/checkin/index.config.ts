export default definePageConfig({ navigationBarTitleText: '市场签到' })
