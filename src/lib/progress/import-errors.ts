import { MAX_IMPORT_RECORDS, type ImportIssue } from './import-schema.ts';

/** Why a file was refused (English code for logs and tests). */
export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'forbidden-key'
  | 'markup'
  | 'not-ours'
  | 'newer-version'
  | 'unsupported-version'
  | 'invalid-key'
  | 'key-too-long'
  | 'too-many-records'
  | 'too-large-parsed'
  | 'invalid-data';

/** A refused import: code plus a Chinese message for the reader. */
export interface ImportError {
  readonly code: ImportErrorCode;
  readonly message: string;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  object: '对象',
  array: '列表',
  null: 'null',
};

const CUSTOM: Readonly<Record<string, string>> = {
  'record:read-time': '已读的记录必须有 readAt，未读或在读的记录不能有 readAt',
  'record:attended-time': '未参加的记录不能有 attendedAt',
  'settings:target': `年度目标学时应为 0.5 的倍数，且不超过 1000`,
  'records:too-many': `记录超过 ${MAX_IMPORT_RECORDS} 条`,
};

/** Says what is wrong with one schema issue, in Chinese. */
export function describeIssue(issue: ImportIssue): string {
  const where = issue.path.length ? `${issue.path.map(String).join(' › ')}：` : '';
  switch (issue.code) {
    case 'invalid_type':
      return `${where}类型不对，应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return `${where}超出上限 ${String(issue.maximum)}`;
    case 'too_small':
      return `${where}低于下限 ${String(issue.minimum)}`;
    case 'invalid_format':
      return `${where}格式不对（${issue.format === 'datetime' ? '应为 ISO 8601 时间' : issue.format}）`;
    case 'invalid_value':
      return `${where}取值应为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一`;
    case 'unrecognized_keys':
      return `${where}包含未知字段 ${issue.keys.join('、')}`;
    case 'custom':
      return `${where}${CUSTOM[issue.message] ?? issue.message}`;
    default:
      return `${where}内容不符合要求`;
  }
}
