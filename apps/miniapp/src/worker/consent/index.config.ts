export default definePageConfig({
  navigationBarTitleText: '个人信息单独同意',
})
