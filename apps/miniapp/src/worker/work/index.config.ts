export default definePageConfig({ navigationBarTitleText: '我的报名和活', enablePullDownRefresh: true })
