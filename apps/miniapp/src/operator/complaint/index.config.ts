export default definePageConfig({ navigationBarTitleText: '投诉案件' })
