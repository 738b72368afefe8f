/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
    /** API base URL, e.g. https://lingong.example.cn/api; H5 defaults to the same origin's /api. */
    TARO_APP_API?: string
  }
}
