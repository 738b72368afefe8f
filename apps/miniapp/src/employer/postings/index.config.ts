export default definePageConfig({ navigationBarTitleText: '我的招工', enablePullDownRefresh: true })
