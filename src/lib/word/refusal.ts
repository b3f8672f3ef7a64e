import type { ContentProblem } from '../content/problem.ts';

/** Largest Word file the import reads; larger ones are mostly uncompressed photos. */
export const MAX_BYTES = 20 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: old Word (.doc), and also a .docx once Word encrypts it with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/** Why a file cannot be imported, said as the checker says problems: found, expected, fix. */
export type Refusal = Omit<ContentProblem, 'file' | 'line' | 'field'>;

const EXPECTED = 'Word 文档（.docx）/ a Word document (.docx)';

export const REFUSALS = {
  tooBig: (bytes: number): Refusal => ({
    found: `文件有 ${(bytes / 1024 / 1024).toFixed(1)} MB / the file is ${(bytes / 1024 / 1024).toFixed(1)} MB`,
    expected: `不超过 ${MAX_BYTES / 1024 / 1024} MB / at most ${MAX_BYTES / 1024 / 1024} MB`,
    fix: '在 Word 中压缩图片（文件 → 压缩图片）或把文档拆成几篇再导入 / compress the pictures in Word or split the document, then import again',
  }),
  oldDoc: (): Refusal => ({
    found: '旧版 Word 文件（.doc）/ an old Word file (.doc)',
    expected: EXPECTED,
    fix: '在 Word 或 WPS 中打开，另存为“Word 文档 (*.docx)”，再导入新文件 / open it in Word or WPS, save as "Word Document (*.docx)" and import that file',
  }),
  encrypted: (): Refusal => ({
    found: '设有打开密码的加密文档 / a password-protected (encrypted) document',
    expected: `${EXPECTED}，没有打开密码 / without a password`,
    fix: '在 Word 中打开，文件 → 信息 → 保护文档 → 用密码进行加密，清空密码后保存，再导入 / remove the password in Word (File → Info → Protect Document → Encrypt with Password), save, and import again',
  }),
  notWord: (): Refusal => ({
    found: '不是 Word 文档 / not a Word document',
    expected: EXPECTED,
    fix: '只能导入 .docx 文件；其他格式请先在 Word 或 WPS 中打开并另存为 .docx / only .docx files can be imported: open the file in Word or WPS and save it as .docx',
  }),
  noText: (): Refusal => ({
    found: '文档里没有文字（可能是扫描件或只有图片）/ the document has no text (a scan, or pictures only?)',
    expected: '有文字的 Word 文档 / a Word document with text',
    fix: '请向来文单位要可编辑的文字版本，或在 Word 中把内容录入后再导入 / ask for an editable version, or type the text in Word, then import again',
  }),
} as const;

/**
 * Looks at the first bytes and the part names to tell a .docx from what merely carries its name:
 * a zip without `word/document.xml` (a renamed .xlsx), an old .doc, an encrypted .docx (which Word
 * wraps in an OLE file holding `EncryptionInfo`), or anything else. Undefined when it is a .docx.
 */
export function sniffWordFile(bytes: Uint8Array): Refusal | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.byteLength > MAX_BYTES) return REFUSALS.tooBig(buffer.byteLength);
  if (startsWith(buffer, OLE)) {
    return buffer.includes(utf16('EncryptionInfo')) || buffer.includes(utf16('EncryptedPackage'))
      ? REFUSALS.encrypted()
      : REFUSALS.oldDoc();
  }
  if (!startsWith(buffer, ZIP) || !buffer.includes('word/document.xml')) return REFUSALS.notWord();
  return undefined;
}
