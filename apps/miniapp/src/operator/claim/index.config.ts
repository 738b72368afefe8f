export default definePageConfig({ navigationBarTitleText: '意外报案办理' })
