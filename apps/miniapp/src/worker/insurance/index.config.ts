export default definePageConfig({ navigationBarTitleText: '意外保险' })
