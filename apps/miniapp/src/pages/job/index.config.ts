export default definePageConfig({ navigationBarTitleText: '活的详情' })
