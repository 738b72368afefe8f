export default definePageConfig({
  navigationBarTitleText: '登记找活',
})
