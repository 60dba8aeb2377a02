/**
 * The components Slidev registers globally for the layouts (every file in components/), typed
 * for vue-tsc as unplugin-vue-components would declare them, so the layouts' props are checked.
 */
export {}

declare module 'vue' {
  export interface GlobalComponents {
    BrandMark: typeof import('../components/BrandMark.vue')['default']
    ChannelHeatmap: typeof import('../components/ChannelHeatmap.vue')['default']
    ChannelRadar: typeof import('../components/ChannelRadar.vue')['default']
    ChartTable: typeof import('../components/ChartTable.vue')['default']
    DataChart: typeof import('../components/DataChart.vue')['default']
    DeckChart: typeof import('../components/DeckChart.vue')['default']
    DeckLayout: typeof import('../components/DeckLayout.vue')['default']
    FitText: typeof import('../components/FitText.vue')['default']
    SlideFrame: typeof import('../components/SlideFrame.vue')['default']
    SlideLink: typeof import('../components/SlideLink.vue')['default']
    SourceFooter: typeof import('../components/SourceFooter.vue')['default']
    TextList: typeof import('../components/TextList.vue')['default']
  }
}
