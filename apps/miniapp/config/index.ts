import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// packages/shared is imported from its TypeScript source (no build step), so both targets must compile it.
const sharedSource = path.resolve(__dirname, '../../../packages/shared/src')

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'lingong-miniapp',
    date: '2026-11-28',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    // TARO_APP_API from the build's environment (Taro itself only reads it from .env files).
    env: { TARO_APP_API: JSON.stringify(process.env.TARO_APP_API ?? '') },
    alias: {
      '@lingong/shared': path.join(sharedSource, 'index.ts'),
    },
    // Map marker and tab icons must be files in the weapp package (an inlined data URL does not work
    // there); H5 shows no map and inlines the tab icons itself.
    copy: { patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/assets/', to: 'dist/weapp/assets/' }] : [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [sharedSource] },
      postcss: {
        // Sizes stay logical px on both targets: 适老化 minimums (18 px text, 60 px buttons) are absolute.
        pxtransform: { enable: false, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: { include: [sharedSource] },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // The first screen loads as little as it can on a slow network: code used by several pages
      // (the shared contracts, Taro's components) is one cached chunk instead of a copy in each page's
      // chunk, and packages/shared is tree-shaken (`sideEffects: false` in its package.json).
      webpackChain(chain) {
        chain.optimization.merge({
          splitChunks: {
            chunks: 'all',
            maxInitialRequests: 6,
            maxAsyncRequests: 8,
          },
        })
      },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
