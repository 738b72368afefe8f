export default definePageConfig({ navigationBarTitleText: '批准登录管理后台' })
