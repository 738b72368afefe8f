export default definePageConfig({ navigationBarTitleText: '用工记录', enablePullDownRefresh: true })
