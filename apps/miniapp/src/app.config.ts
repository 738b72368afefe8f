export default defineAppConfig({
  // The tab pages and the market detail stay in the main package; one-off flows are subpackages.
  // pages/checkin is what the gate code opens, so it must be in the main package too.
  pages: ['pages/jobs/index', 'pages/markets/index', 'pages/mine/index', 'pages/market/index', 'pages/job/index', 'pages/checkin/index'],
  subPackages: [
    {
      root: 'worker',
      pages: [
        'consent/index',
        'register/index',
        'work/index',
        'hire/index',
        'complaints/index',
        'complaint/index',
        'complaint-new/index',
        'insurance/index',
        'enrollment/index',
        'claim-new/index',
        'claim/index',
      ],
    },
    { root: 'employer', pages: ['register/index', 'post/index', 'postings/index', 'posting/index', 'hires/index', 'hire/index'] },
    // Staff pages: only operators and admins open them, so none of their code weighs on the main package.
    {
      root: 'operator',
      pages: [
        'complaints/index',
        'complaint/index',
        'postings/index',
        'checkins/index',
        'claims/index',
        'claim/index',
        'staff/index',
        'employers/index',
        'console-login/index',
      ],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '菏泽零工市场',
    navigationBarTextStyle: 'black',
    // The browser build shows Taro's own title bar with a back arrow (WeChat draws its own).
    navigationStyle: 'default',
  },
  tabBar: {
    color: '#333333',
    selectedColor: '#b3261e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      // 适老化: every tab an icon with its label (icons: scripts/tab-icons.cjs).
      { pagePath: 'pages/jobs/index', text: '找活', iconPath: 'assets/tab/jobs.png', selectedIconPath: 'assets/tab/jobs-on.png' },
      { pagePath: 'pages/markets/index', text: '市场', iconPath: 'assets/tab/markets.png', selectedIconPath: 'assets/tab/markets-on.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-on.png' },
    ],
  },
  // WeChat allows one of getLocation / getFuzzyLocation here; a fuzzy position is enough to rank markets.
  // The markets' <Map> (without showLocation) and openLocation for 导航 are not location-reading APIs: no entry.
  requiredPrivateInfos: ['getFuzzyLocation'],
  permission: {
    'scope.userFuzzyLocation': { desc: '用于把离您近的活和零工市场排在前面，以及在市场门口签到' },
  },
})
