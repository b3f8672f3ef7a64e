/**
 * Word lists for the synthetic corpus. Written for this benchmark; combined by generate.ts into
 * many thousands of distinct names, places, units and terms, so Pagefind's index sees a
 * vocabulary close to a real archive's rather than the same few hundred words.
 */

const split = (s: string): string[] => s.trim().split(/\s+/);

/** Family names. */
export const SURNAMES = split(`
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹
彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金
石 廖 贾 夏 韦 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万
钱 严 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳`);

/** Characters used in given names. */
export const GIVEN = split(`
思 远 明 辉 静 立 平 建 国 红 梅 晓 雨 志 强 敏 秀 兰 振 宇 东 华 文 军 丽 娟 海 涛 新 宁
欣 然 嘉 怡 子 涵 浩 轩 俊 杰 佳 琪 雪 婷 宏 伟 永 刚 春 燕 玉 霞 德 胜 鹏 飞 云 峰 波 磊
超 亮 洁 颖 慧 玲 琳 凯 斌 勇 毅 晨 阳 鸣 诗 语 铭 博 瑞 松 柏 桂 芳 蓉 莉 萍 薇 彤 航 川`);

/** First and second syllables of invented place names (青河、临江、安平…). */
export const PLACE_HEAD = split(`东 西 南 北 青 清 临 安 新 长 永 和 丰 泰 康 金 云 龙 凤 石 宁 兴 华 平 柳 桃 杨 梧 白 黄`);
export const PLACE_TAIL = split(`河 山 江 湖 阳 川 林 桥 塘 溪 岭 坪 州 原 泉 港 湾 滨 口 城 坝 浦 洲 岗 田 庄 峰 源 台 亭`);
export const PLACE_KIND = split(`区 县 镇 街道 乡 开发区`);

/** Government departments and public bodies. */
export const DEPARTMENTS = split(`
财政局 税务局 档案馆 统计局 人社局 卫健委 教育局 交通运输局 住建局 自然资源局 生态环境局
农业农村局 水利局 商务局 文旅局 市场监管局 医保局 应急管理局 司法局 民政局 审计局 机关事务局
政务服务中心 大数据中心 公积金中心 图书馆 疾控中心 科技局 林业局 退役军人事务局 信访局 气象局`);

/** Offices inside a department. */
export const OFFICES = split(`
办公室 预算科 国库科 征管科 综合科 档案室 信息科 服务窗口 法规科 审批科 财务科 人事科
宣传科 后勤服务中心 稽查大队 监测站 执法大队 调度中心 技术科 规划科 项目科 党建办`);

/** First halves of compound work terms. */
export const TERM_HEAD = split(`
预算 档案 数据 窗口 财务 合同 项目 资产 采购 审批 人事 培训 宣传 后勤 信访 安全 应急 网络
信息 统计 税收 社保 医保 住房 交通 环境 农村 社区 学校 医院 粮食 水利 林草 消防 防汛 食品
药品 市场 价格 就业 养老 救助 普法 调解 公文 保密 会议 督查 考勤 资金 票据 工程 物资 车辆`);

/** Second halves of compound work terms. */
export const TERM_TAIL = split(`
管理 台账 清单 制度 流程 审核 监督 考核 平台 系统 标准 规范 风险 服务 调度 评估 整改 报表
指南 档案 预警 巡查 督办 公开 核查 备案 统筹 培训 宣讲 保障`);

/** Study topics, also used as the theory collection's `topics`. */
export const TOPICS = split(`
党章党规 作风建设 基层党建 廉洁自律 理想信念 调查研究 保密教育 群众路线 制度建设 意识形态
党史学习 组织生活 干部担当 纪律教育 学习型机关 为民服务 清廉机关 青年理论学习`);

/** Tags editors would pick from: topics plus recurring work themes. */
export const TAGS = [
  ...TOPICS,
  ...split(`
  乡村振兴 营商环境 数字政务 安全生产 防汛抗旱 生态保护 民生实事 疫后重建 志愿服务 统计调查
  档案工作 财务管理 信访工作 普法宣传 老干部工作 工会工作 共青团 妇女工作 网络安全 节能降耗
  政务公开 应急管理 窗口服务 结对共建 主题教育 专项整治`),
];

export const VERBS = split(`
学习 贯彻 落实 推进 深化 完善 健全 加强 改进 规范 优化 提升 夯实 强化 统筹 梳理 排查 整改
总结 细化 压实 对照 检视 复盘 推广 建立 修订 研判 协调 跟踪`);

export const ADVERBS = split(`扎实 认真 持续 深入 全面 系统 切实 主动 及时 严格 务实 稳步 精准 有序`);

export const HONOURS = split(`
优秀共产党员 优秀党务工作者 先进基层党组织 岗位能手 青年文明号 三八红旗手 劳动模范
服务标兵 巾帼建功标兵 优秀志愿者 文明窗口 五四红旗团支部 最美公务员 业务技术能手`);

export const AWARDING_BODIES = split(`市直机关工委 市委组织部 市总工会 团市委 市妇联 市人社局 市文明办 区委 县委`);

export const ROOMS = split(`第一会议室 第二会议室 五楼会议室 党员活动室 多功能厅 报告厅 培训教室 职工书屋`);

export const MEETINGS = split(`支部委员会 党员大会 党小组会 中心组学习会 主题党日 专题党课 读书班 座谈会 研讨会`);

export const NUMBERS = split(`两 三 四 五 六 七 八 九 十 十二 十五 二十 三十`);

/**
 * Twenty queries for the search timing: 2–4 characters, all produced often by the generator.
 * Mixed lengths and kinds (topic, compound term, department, tag) like real readers' queries.
 */
export const SEARCH_QUERIES = [
  '党章党规',
  '预算',
  '档案管理',
  '作风建设',
  '信访',
  '数据管理',
  '基层党建',
  '乡村振兴',
  '窗口服务',
  '保密',
  '防汛',
  '廉洁自律',
  '审批流程',
  '志愿服务',
  '统计',
  '资金监督',
  '调查研究',
  '税务局',
  '应急',
  '培训台账',
];

/**
 * Halves of invented coinages (码上评, 链上督, 云端学 …): out-of-dictionary words of the kind new
 * work practices produce. Each document mentions at most one, drawn so that most are rare (a few
 * documents each), as new terms are in a real archive; ICU's word splitter knows none of them.
 */
export const COINAGE_HEAD = split(`码上 链上 云端 掌上 指尖 一网 随手 智巡 数智 秒批 轻骑 红色 屏上 线上 楼宇 网格`);
export const COINAGE_TAIL = split(`办 评 督 学 查 报 签 通 管 享 巡 答`);
