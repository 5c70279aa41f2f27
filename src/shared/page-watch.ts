/**
 * One watcher for the whole page, shared by every connected widget: it reports a `lang` change
 * on any element of the document, since a widget follows its ancestors' language. It is
 * installed when the first widget connects and removed when the last one leaves, so a page
 * without widgets keeps no observer of ours.
 */
export interface PageWatcher {
  /** Called when something on the page that the widget depends on has changed. */
  pageChanged(): void;
}

const watchers = new Set<PageWatcher>();
let observer: MutationObserver | undefined;

function notifyAll(): void {
  for (const watcher of watchers) watcher.pageChanged();
}

export function watchPage(watcher: PageWatcher): void {
  watchers.add(watcher);
  if (observer) return;
  observer = new MutationObserver(notifyAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unwatchPage(watcher: PageWatcher): void {
  watchers.delete(watcher);
  if (watchers.size > 0 || !observer) return;
  observer.disconnect();
  observer = undefined;
}
