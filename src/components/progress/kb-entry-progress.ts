import type { ProgressRecord } from '../../lib/progress/types.ts';
import { canAutoMarkRead, type AutoReadDecision } from '../../lib/progress/auto-read.ts';
import { isUpdatedSince } from '../../lib/progress/transitions.ts';
import { dayOfInstant, parseInstant } from '../../lib/progress/time.ts';
import { entryBadges } from '../../lib/progress-view/entry-status.ts';
import { dayText } from '../../lib/progress-view/format.ts';
import { progressStore } from '../../scripts/progress/store-instance.ts';
import { badge } from '../../scripts/dom.ts';
import { ReadingClock } from './reading-clock.ts';
import { ReadingPlace } from './reading-place.ts';

/**
 * <kb-entry-progress>: on an entry page, the reading bar, 继续阅读, the 标记为已读 / 取消已读
 * toggle, automatic 已读 (end reached and enough active reading, with the reason shown until
 * then), 有更新, and 我参加了 on training pages. Everything goes through the page's store; the
 * reading clock (reading-clock.ts) and the reading position (reading-place.ts) are its parts.
 */
class KbEntryProgress extends HTMLElement {
  private store = progressStore();
  private key = '';
  private hash: string | null = null;
  private chars = 0;
  private toggle!: HTMLButtonElement;
  private attend: HTMLButtonElement | null = null;
  private resume!: HTMLButtonElement;
  private confirm!: HTMLButtonElement;
  private note!: HTMLElement;
  private hoursNote: HTMLElement | null = null;
  private hours = 0;
  private announcer!: HTMLElement;
  private badges!: HTMLElement;
  private clock!: ReadingClock;
  private place!: ReadingPlace;
  /** Cleared when the reader un-marks the entry: then only the button marks it again. */
  private autoAllowed = true;
  private lastCode = '';
  private cleanups: (() => void)[] = [];

  connectedCallback() {
    this.key = this.dataset.key ?? '';
    this.hash = this.dataset.hash ?? null;
    this.chars = Number(this.dataset.chars) || 0;
    this.toggle = this.querySelector('[data-toggle-read]')!;
    this.attend = this.querySelector('[data-toggle-attended]');
    this.resume = this.querySelector('[data-resume]')!;
    this.confirm = this.querySelector('[data-confirm-read]')!;
    this.note = this.querySelector('[data-note]')!;
    this.hoursNote = this.querySelector('[data-hours-note]');
    this.hours = Number(this.dataset.hours) || 0;
    this.announcer = this.querySelector('[data-announce]')!;
    this.badges = this.querySelector('[data-badges]')!;

    const bar = this.querySelector<HTMLProgressElement>('[data-read-bar]');
    // Before the store opens the entry: the place saved on the previous visit.
    this.place = new ReadingPlace({
      store: this.store,
      key: this.key,
      article: this.closest('article') ?? document.querySelector<HTMLElement>('article[data-entry-key]'),
      bar,
      resume: this.resume,
      onEndReached: () => this.evaluate(),
    });
    this.clock = new ReadingClock(this.store, this.key, () => this.evaluate());
    this.store.open(this.key, this.hash);
    this.wireButtons();
    const listen = this.on.bind(this);
    this.clock.start(listen);
    listen(window, 'scroll', () => this.place.update());
    listen(window, 'resize', () => this.place.update());
    this.querySelector<HTMLElement>('[data-panel]')!.hidden = false;
    if (bar) bar.hidden = false;
    this.cleanups.push(this.store.subscribe(() => this.render()));
    this.place.update();
    this.place.offerResume();
    this.render();
  }

  disconnectedCallback() {
    this.clock.stop();
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups = [];
  }

  private record(): ProgressRecord {
    return this.store.get(this.key);
  }

  private on(target: EventTarget, type: string, listener: () => void) {
    target.addEventListener(type, listener, { passive: true });
    this.cleanups.push(() => target.removeEventListener(type, listener));
  }

  private wireButtons() {
    this.toggle.addEventListener('click', () => {
      if (this.record().status === 'read') {
        this.autoAllowed = false;
        this.store.markUnread(this.key);
      } else {
        this.store.markRead(this.key, this.hash);
      }
    });
    this.confirm.addEventListener('click', () => {
      this.store.markRead(this.key, this.hash);
      this.say('已按更新后的内容记为已读');
      this.toggle.focus();
    });
    this.attend?.addEventListener('click', () => void this.toggleAttended());
    this.resume.addEventListener('click', () => this.place.restore());
  }

  /** 我参加了 records attendance at once; undoing it (已参加 ✓ pressed again) asks first. */
  private async toggleAttended() {
    if (!this.record().attended) {
      this.store.setAttended(this.key, true);
      this.say(`已记为参加，计入 ${this.hours} 学时`);
      return;
    }
    const dialog = this.querySelector<HTMLDialogElement>('[data-confirm-dialog]');
    // The dialog's code loads only when a reader undoes: article pages stay light (npm run bench).
    const ok = dialog
      ? await (
          await import('../../scripts/progress/confirm-dialog.ts')
        ).confirmDialog(dialog, {
          title: '撤销“已参加”？',
          lead: `撤销后，本次培训的 ${this.hours} 学时不再计入您的学时。需要时可以再点“我参加了”。`,
          confirmLabel: '撤销参加',
          cautious: true,
        })
      : window.confirm('撤销“已参加”？');
    if (!ok) return;
    this.store.setAttended(this.key, false);
    this.say('已撤销参加');
  }

  /** Marks the entry 已读 when the end was reached after enough active reading. */
  private evaluate() {
    const record = this.record();
    if (record.status === 'read' || !this.autoAllowed) {
      this.render();
      return;
    }
    const decision = this.decision();
    if (decision.ok) {
      this.store.markRead(this.key, this.hash);
      this.lastCode = 'auto';
      this.say('已自动记为已读');
      return;
    }
    if (decision.code !== this.lastCode) {
      this.lastCode = decision.code;
      if (decision.code === 'too-fast') this.say(this.reasonText(decision));
    }
    this.render(decision);
  }

  private say(text: string) {
    this.announcer.textContent = text;
  }

  /** Whether the entry may now be marked 已读 by itself, and if not, why. */
  private decision(): AutoReadDecision {
    return canAutoMarkRead({ reachedEnd: this.place.reachedEnd, activeSeconds: this.record().activeSeconds, chars: this.chars });
  }

  /** Why the entry is not 已读 yet, for the note under the buttons. */
  private reasonText(decision: AutoReadDecision = this.decision()): string {
    if (decision.ok) return '';
    const paused = this.clock.paused() ? '（一分钟内没有操作，已暂停计时）' : '';
    if (decision.code === 'not-at-end') return `${decision.message}。${paused}`;
    return `已读到文末，${decision.message}才会自动记为已读（按文章长度计算，页面在前台且有操作时才计时）${paused}。`;
  }

  /** The hours hint: what will count before, what counted after. */
  private hoursText(isRead: boolean, attended: boolean): string {
    if (this.attend) {
      return attended
        ? `已记为参加：${this.hours} 学时按培训日期计入您的学时。如记错了，可点“已参加 ✓”撤销。`
        : `参加了本次培训，请点“我参加了”：${this.hours} 学时按培训日期计入您的学时；只阅读本页不计学时。`;
    }
    return isRead ? `已读完，计入 ${this.hours} 学时。` : `读完后计入 ${this.hours} 学时。`;
  }

  /** Shows the record; `decision` when the caller has just made it. */
  private render(decision?: AutoReadDecision) {
    const record = this.record();
    const isRead = record.status === 'read';
    const updated = isUpdatedSince(record, this.hash);
    setText(this.toggle, isRead ? '取消已读' : '标记为已读');
    this.toggle.setAttribute('aria-pressed', String(isRead));
    if (this.attend) {
      this.attend.setAttribute('aria-pressed', String(record.attended));
      setText(this.attend, record.attended ? '已参加 ✓' : '我参加了');
    }
    if (this.hoursNote) setText(this.hoursNote, this.hoursText(isRead, record.attended));
    this.confirm.hidden = !updated;

    const badges = entryBadges(record, this.dataset.collection ?? '', this.hash);
    const signature = badges.map((b) => b.label).join(',');
    if (this.badges.dataset.shown !== signature) {
      this.badges.dataset.shown = signature;
      this.badges.replaceChildren(...badges.map(badge));
    }

    let note: string;
    if (isRead) {
      const ms = parseInstant(record.readAt);
      const when = ms === null ? '' : `（${dayText(dayOfInstant(ms))}）`;
      note = updated ? `已读${when}。本文在您读过之后有更新，读完后可点“确认已读新内容”。` : `已读${when}。`;
    } else if (!this.autoAllowed) {
      note = '已取消已读。需要时请再点“标记为已读”。';
    } else {
      note = this.reasonText(decision);
    }
    setText(this.note, note);
  }
}

function setText(node: HTMLElement, text: string) {
  if (node.textContent !== text) node.textContent = text;
}

if (!customElements.get('kb-entry-progress')) customElements.define('kb-entry-progress', KbEntryProgress);
