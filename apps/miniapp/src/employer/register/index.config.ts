export default definePageConfig({
  navigationBarTitleText: '登记为用工方',
})
