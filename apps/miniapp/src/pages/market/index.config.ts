export default definePageConfig({
  navigationBarTitleText: '市场详情',
})
