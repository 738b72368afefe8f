export default definePageConfig({ navigationBarTitleText: '用工方审核', enablePullDownRefresh: true })
