/** One page of every kind, relative to the base URL (/kb/). */
export const PAGE_TYPES = [
  { name: '首页', path: './' },
  { name: '理论学习列表', path: './theory/' },
  { name: '筛选后的列表', path: './theory/type/san-hui-yi-ke/' },
  { name: '列表第二页', path: './theory/page/2/' },
  { name: '理论学习文章', path: './theory/2026-03-diaocha-yanjiu-zhuanti-dangke/' },
  { name: '先进典型（带照片）', path: './exemplars/li-hongmei/' },
  { name: '业务培训（带附件）', path: './training/2026-09-gongwen-xiezuo/' },
  { name: '学习计划', path: './plans/2026-12-yuedu-xuexi-jihua/' },
  { name: '标签总览', path: './tags/' },
  { name: '标签页', path: './tags/chuan-bang-dai/' },
  { name: '搜索结果', path: './search/?q=%E4%BC%A0%E5%B8%AE%E5%B8%A6' },
  { name: '我的学习', path: './progress/' },
  { name: '我的笔记', path: './notes/' },
  { name: '支部台账', path: './ledger/' },
  { name: '404', path: './no-such-page/' },
] as const;
