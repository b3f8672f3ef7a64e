import { el } from '../../scripts/dom.ts';

export interface TextEditorOptions {
  label: string;
  initial: string;
  maxLength: number;
  rows: number;
  saveLabel: string;
  onSave: (text: string) => void;
  onCancel: () => void;
  /** Another action between 保存 and 取消 (只划线). */
  extra?: HTMLButtonElement;
}

/** A small button as the notes use them. */
export function smallButton(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = el('button', `kb-button kb-button-small${primary ? ' kb-button-primary' : ''}`, label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/**
 * A labelled text area with 保存 and 取消 (Ctrl+Enter saves, Esc cancels), focused once shown:
 * editing a note on the entry page and on 我的笔记, and 学习心得 on 我的笔记.
 */
export function textEditor(options: TextEditorOptions): HTMLElement {
  const wrap = el('div', 'flex flex-col gap-2');
  const id = `note-editor-${Math.random().toString(36).slice(2, 8)}`;
  const label = el('label', 'text-sm font-medium', options.label);
  label.htmlFor = id;
  const area = el('textarea', 'kb-textarea');
  area.id = id;
  area.rows = options.rows;
  area.maxLength = options.maxLength;
  area.value = options.initial;
  const actions = el('div', 'flex flex-wrap gap-2');
  actions.append(smallButton(options.saveLabel, () => options.onSave(area.value), true));
  if (options.extra) actions.append(options.extra);
  actions.append(smallButton('取消', options.onCancel));
  area.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') options.onCancel();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) options.onSave(area.value);
  });
  wrap.append(label, area, actions);
  queueMicrotask(() => area.focus());
  return wrap;
}
