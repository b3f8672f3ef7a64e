/**
 * The one place another organisation edits to re-brand 学习园地:
 * names, navigation labels and the default yearly study-hour target.
 */
export const siteConfig = {
  /** Shown in the header, the page titles and the footer. */
  name: '学习园地',
  /** The organisation the site belongs to (footer, printed records). */
  organisation: '某市直机关第一党支部',
  /** One line under the site name on the home page. */
  tagline: '理论学习 · 先进典型 · 业务培训 · 学习计划',
  /**
   * 党支部/党小组 a member can submit their record to (报送支部 on 我的学习) and the 支部台账
   * can be filtered by. With more than one, members choose; with one, it is used as it is;
   * with none, files carry no branch.
   */
  branches: ['第一党小组', '第二党小组'],
  /** Default annual study-hour (学时) target for a member. */
  annualHoursTarget: 32,
  /** Entries per page on the collection lists. */
  pageSize: 10,
  /** Characters a reader gets through in a minute, for 约 N 分钟. */
  charsPerMinute: 400,
  /**
   * The site's collections, in the order it shows them, with their labels (navigation, badges,
   * titles) and the name of their type filter. Content folders (`content/<name>/`), routes and
   * reading-record keys follow from the names.
   */
  collections: {
    theory: { label: '理论学习', description: '中心组学习、三会一课、专题党课与自学材料', typeLabel: '学习形式' },
    exemplars: { label: '先进典型', description: '身边的优秀个人与先进集体', typeLabel: '类别' },
    training: { label: '业务培训', description: '内部交流、传帮带、专题讲座等培训记录', typeLabel: '培训类型' },
    plans: { label: '学习计划', description: '按月、季度、年度安排的必学与选学内容', typeLabel: '计划类型' },
  },
  /** Extra navigation entries after the collections. */
  nav: {
    home: '首页',
    progress: '我的学习',
    ledger: '支部台账',
    search: '搜索',
    tags: '标签',
  },
  /**
   * What `.mdx` entries may do. `'safe'` (default): only Markdown, allowed HTML and what the site
   * provides (`<div data-pagefind-ignore>`); `import`, `export` and `{expressions}` are refused by
   * `check:content` and dropped by the build and the dev server. `'trusted'`: full MDX — authors'
   * code runs at build time with the builder's rights (files, environment variables); choose it
   * only when every author may also change the site's code (README, 部署).
   */
  mdx: 'safe' as 'safe' | 'trusted',
  /** Footer note. */
  footer: '本站内容供内部学习使用。阅读记录只保存在您自己的浏览器中。',
} as const;

export type CollectionName = keyof typeof siteConfig.collections;
export const collectionNames = Object.keys(siteConfig.collections) as CollectionName[];
