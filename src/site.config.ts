/**
 * The one place another organisation edits to re-brand 学习园地: names, collections, navigation
 * labels and the default yearly study-hour target. `siteConfig` holds everything; browser code
 * imports only `collections` or `readingConfig`, so pages do not carry the rest.
 */

/**
 * The site's collections, in the order it shows them, with their labels (navigation, badges,
 * titles), what their list page says and the name of their type filter. Content folders
 * (`content/<name>/`), routes and reading-record keys follow from the names.
 */
export const collections = {
  theory: { label: '理论学习', description: '中心组学习、三会一课、专题党课与自学材料', typeLabel: '学习形式' },
  exemplars: { label: '先进典型', description: '身边的优秀个人与先进集体', typeLabel: '类别' },
  training: { label: '业务培训', description: '内部交流、传帮带、专题讲座等培训记录', typeLabel: '培训类型' },
  plans: { label: '学习计划', description: '按月、季度、年度安排的必学与选学内容', typeLabel: '计划类型' },
} as const;

/** Reading figures the browser needs as well (我的学习, automatic 已读): kept apart so pages do not carry the whole configuration. */
export const readingConfig = {
  /** Default annual study-hour (学时) target for a member. */
  annualHoursTarget: 32,
  /** Characters a reader gets through in a minute, for 约 N 分钟. */
  charsPerMinute: 400,
} as const;

/** Everything, for the build and the pages' markup. */
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
  // Written out, not spread: a spread would keep this object in the browser bundle.
  annualHoursTarget: readingConfig.annualHoursTarget,
  charsPerMinute: readingConfig.charsPerMinute,
  /** Entries per page on the collection lists. */
  pageSize: 10,
  collections,
  /** Extra navigation entries after the collections. */
  nav: {
    home: '首页',
    progress: '我的学习',
    ledger: '支部台账',
    notes: '我的笔记',
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

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];
