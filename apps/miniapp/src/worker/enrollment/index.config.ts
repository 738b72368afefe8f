export default definePageConfig({ navigationBarTitleText: '保险凭证' })
