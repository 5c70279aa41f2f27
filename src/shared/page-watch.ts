/**
 * One watcher for the whole page, shared by every connected widget: a MutationObserver on the
 * document that reports a `lang` change on any element (a widget follows its ancestors'
 * language) and, to the widgets that ask, elements added to or removed from the page (the cramp
 * steps point to a twitching check only while there is one). It is installed when the first
 * widget connects and removed when the last one leaves, so a page without widgets keeps no
 * observer of ours; it watches the page's elements only while a widget asks it to.
 */
export interface PageWatcher {
  /** Called when something on the page that the widget depends on has changed. */
  pageChanged(): void;
}

/** Each watcher, and whether it follows elements coming and going (else `lang` changes). */
const watchers = new Map<PageWatcher, boolean>();
let observer: MutationObserver | undefined;

/** Observes what the watchers follow now: observing the same node again replaces the options. */
function observe(): void {
  observer?.observe(document.documentElement, { attributeFilter: ['lang'], childList: [...watchers.values()].includes(true), subtree: true });
}

/** Tells `watcher` of `lang` changes, or with `elements`, of elements added to or removed from the page. */
export function watchPage(watcher: PageWatcher, elements = false): void {
  watchers.set(watcher, elements);
  observer ??= new MutationObserver((records) => {
    for (const [each, follows] of watchers) if (records.some((record) => (record.type == 'childList') == follows)) each.pageChanged();
  });
  observe();
}

export function unwatchPage(watcher: PageWatcher): void {
  watchers.delete(watcher);
  if (watchers.size) return observe();
  observer?.disconnect();
  observer = undefined;
}
