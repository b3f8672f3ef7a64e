import type { ProgressSnapshot, ProgressStore } from '../../lib/progress/store.ts';
import { indexCatalogue, type Catalogue, type CatalogueItem } from '../../lib/catalogue.ts';
import { progressStore } from './store-instance.ts';
import { loadCatalogue } from '../catalogue.ts';

/**
 * Base of the /progress/ sections: each renders from the store's snapshot and the catalogue,
 * again whenever either changes (this tab, another tab, or the catalogue arriving).
 */
export abstract class ProgressSection extends HTMLElement {
  protected store: ProgressStore = progressStore();
  protected catalogue: Catalogue | null = null;
  /** The catalogue's entries by key, built once when it arrives. */
  protected index: ReadonlyMap<string, CatalogueItem> = new Map();
  /** False until the catalogue request has finished (either way). */
  protected catalogueSettled = false;
  private unsubscribe: (() => void) | null = null;

  connectedCallback() {
    this.setup();
    this.update();
    this.unsubscribe = this.store.subscribe(() => this.update());
    loadCatalogue().then((catalogue) => {
      this.catalogue = catalogue;
      this.index = indexCatalogue(catalogue?.entries ?? []);
      this.catalogueSettled = true;
      this.update();
    });
  }

  disconnectedCallback() {
    this.unsubscribe?.();
  }

  private update() {
    try {
      this.render(this.store.snapshot());
    } catch (error) {
      // One section failing must not take the page down; the others keep working.
      console.error(error);
    }
  }

  /** Finds the section's own parts once. */
  protected setup(): void {}

  protected abstract render(snapshot: ProgressSnapshot): void;

  protected find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`${this.localName}: missing ${selector}`);
    return found;
  }

  /** Today's date from the page's clock. */
  protected now(): number {
    return Date.now();
  }
}
