export default definePageConfig({ navigationBarTitleText: '招工审核' })
