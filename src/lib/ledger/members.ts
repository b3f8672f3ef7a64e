import { parseImport, MAX_IMPORT_BYTES } from '../progress/import.ts';
/** Export version that added the 党支部/党小组 field. */
const BRANCH_SINCE_VERSION = 3;
import type { ProgressState } from '../progress/types.ts';
import type { Reflection } from '../notes/types.ts';
import { parseInstant, dayOfInstant, formatDay } from '../progress/time.ts';

/** One chosen file: its name, its text and its size in bytes (`File.size`). */
export interface MemberFileInput {
  readonly name: string;
  readonly text: string;
  readonly size: number;
}

/** A member's submitted record, checked exactly as 我的学习 checks an import. */
export interface MemberReport {
  /** The file it came from. */
  readonly file: string;
  /** The 姓名 in the file, trimmed; empty when the member left it blank. */
  readonly name: string;
  /** What the ledger shows: the name, or 未填姓名（file） when it is blank. */
  readonly label: string;
  /** 党支部/党小组 the file was submitted to; empty for a backup or an older file. */
  readonly branch: string;
  /** ISO time of the export. */
  readonly exportedAt: string;
  readonly state: ProgressState;
  /** 学习心得 the member attached (附上学习心得); none otherwise. */
  readonly reflections: readonly Reflection[];
  /** Format version the file was written in. */
  readonly fromVersion: number;
}

/** A message about one file. */
export interface FileNote {
  readonly file: string;
  readonly message: string;
}

/** The outcome of loading many files: members kept, files refused, and notes on accepted ones. */
export interface LoadedFiles {
  /** One report per member (the newest export of each), ordered by name. */
  readonly members: readonly MemberReport[];
  /** Files that could not be used, each with its reason. */
  readonly refused: readonly FileNote[];
  /** Accepted files worth a remark: older format, no name, an older duplicate set aside. */
  readonly notes: readonly FileNote[];
}

/** How names are ordered everywhere in the ledger (pinyin order for Chinese). */
export const byName = new Intl.Collator('zh-CN').compare;

const exportDay = (iso: string) => {
  const ms = parseInstant(iso);
  return ms === null ? iso : formatDay(dayOfInstant(ms));
};

/** The largest file accepted, the same as import. */
export const MAX_MEMBER_FILE_BYTES = MAX_IMPORT_BYTES;

/**
 * Checks every file with the import validator (size, format, version, types, hostile keys and
 * markup); a bad file is refused with its reason and the others go on. The same member (same
 * 姓名) in several files keeps the newest export. Files without a name are kept apart, each
 * under its file name.
 */
export function readMemberFiles(files: Iterable<MemberFileInput>): LoadedFiles {
  const refused: FileNote[] = [];
  const notes: FileNote[] = [];
  const byMember = new Map<string, MemberReport>();
  for (const input of files) {
    const result = parseImport(input.text, input.size);
    if (!result.ok) {
      refused.push({ file: input.name, message: result.error.message });
      continue;
    }
    const { state, exportedAt, branch, fromVersion, reflections } = result.value;
    const name = state.settings.name;
    const report: MemberReport = {
      file: input.name,
      name,
      label: name || `未填姓名（${input.name}）`,
      branch,
      exportedAt,
      state,
      reflections,
      fromVersion,
    };
    if (fromVersion < BRANCH_SINCE_VERSION)
      notes.push({ file: input.name, message: `旧版本文件（版本 ${fromVersion}），已按当前格式读取；文件中没有党支部/党小组。` });
    if (!name) notes.push({ file: input.name, message: '文件中没有填写姓名，台账中以文件名代替。' });
    const key = name ? `name:${name}` : `file:${input.name}:${byMember.size}`;
    const earlier = byMember.get(key);
    if (!earlier) {
      byMember.set(key, report);
      continue;
    }
    const [kept, dropped] =
      (parseInstant(report.exportedAt) ?? 0) > (parseInstant(earlier.exportedAt) ?? 0) ? [report, earlier] : [earlier, report];
    byMember.set(key, kept);
    notes.push({
      file: dropped.file,
      message: `与“${kept.file}”是同一成员（${name}）的记录，采用导出较新的“${kept.file}”（${exportDay(kept.exportedAt)} 导出），本文件（${exportDay(dropped.exportedAt)} 导出）未计入。`,
    });
  }
  const members = [...byMember.values()].sort((a, b) => byName(a.label, b.label) || a.file.localeCompare(b.file));
  return { members, refused, notes };
}
