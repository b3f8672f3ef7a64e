import { el } from '../dom.ts';

export interface ConfirmOptions {
  title: string;
  lead: string;
  lines?: readonly string[];
  confirmLabel: string;
  /** Put the focus on 取消 first (for actions that destroy something). */
  cautious?: boolean;
}

/**
 * Asks in a modal <dialog> (labelled by its heading, described by its text). Resolves true
 * only for the confirm button; 取消 and Esc resolve false. Focus returns to where it was.
 */
export function confirmDialog(dialog: HTMLDialogElement, options: ConfirmOptions): Promise<boolean> {
  const title = dialog.querySelector<HTMLElement>('[data-title]')!;
  const lead = dialog.querySelector<HTMLElement>('[data-lead]')!;
  const lines = dialog.querySelector<HTMLElement>('[data-lines]')!;
  const yes = dialog.querySelector<HTMLButtonElement>('[data-yes]')!;
  const no = dialog.querySelector<HTMLButtonElement>('[data-no]')!;
  title.textContent = options.title;
  lead.textContent = options.lead;
  lines.replaceChildren(...(options.lines ?? []).map((line) => el('li', undefined, line)));
  lines.hidden = (options.lines ?? []).length === 0;
  yes.textContent = options.confirmLabel;
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;

  return new Promise((resolve) => {
    const onYes = () => dialog.close('confirm');
    const onNo = () => dialog.close('cancel');
    const onClose = () => {
      yes.removeEventListener('click', onYes);
      no.removeEventListener('click', onNo);
      returnTo?.focus();
      resolve(dialog.returnValue === 'confirm');
    };
    yes.addEventListener('click', onYes);
    no.addEventListener('click', onNo);
    dialog.addEventListener('close', onClose, { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    (options.cautious ? no : yes).focus();
  });
}
