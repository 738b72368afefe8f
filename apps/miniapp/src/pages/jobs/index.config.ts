export default definePageConfig({ navigationBarTitleText: '找活', enablePullDownRefresh: true })
