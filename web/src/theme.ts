// The workbench's look: Ant Design's defaults with a forestry green.
import type { ThemeConfig } from 'antd';

export const BRAND_GREEN = '#17704a';
export const HEADER_BG = '#0f4c33';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_GREEN,
    colorLink: BRAND_GREEN,
    borderRadius: 6,
    // Ant Design's grey texts fall short of WCAG AA contrast (4.5:1) that GB/T 37668 asks of
    // government systems; darker greys keep the hierarchy and pass.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorError: '#cf1322',
    // Status tags (已发布, 待审核, 已下线) write the status colour on its pale tint; the defaults fall
    // short of 4.5:1 there, these darker shades pass.
    colorSuccess: '#237804',
    colorInfo: '#0958d9',
    colorWarning: '#874d00',
    // …on tints pinned to Ant Design's own pale defaults (derived tints of the darker shades are too
    // dark: #237804 on its derived tint measured below 4.5:1 in axe).
    colorSuccessBg: '#f6ffed',
    colorInfoBg: '#e6f4ff',
    colorWarningBg: '#fffbe6',
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: HEADER_BG, headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff' },
    Tree: { nodeSelectedBg: '#e3f1ea' },
    Menu: {
      itemSelectedBg: '#e3f1ea',
      itemSelectedColor: BRAND_GREEN,
      subMenuItemSelectedColor: BRAND_GREEN,
    },
  },
};
