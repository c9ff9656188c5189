import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];

/** A GDPR chapter's group in the sidebar begins with the link to its overview page. */
const CHAPTER_OVERVIEW = /\/gdpr\/kapittel-[ivx]+\/$/;

function hasCurrent(entry: Entry): boolean {
  return entry.type === 'link' ? entry.isCurrent : entry.entries.some(hasCurrent);
}

/**
 * The sidebar of one page, with the register's 99 GDPR articles listed only for the chapter the
 * page is in: every other chapter is one link to its overview page, which lists its articles.
 * All 99 links on every page made up most of each page's HTML and DOM (661 of 796 elements on a
 * tool page), parsed on every page load for a list that is collapsed or, on a phone, hidden.
 * Pure: builds new groups and never changes the sidebar it is given (Starlight's own copy for the page).
 */
export function narrowRegisterSidebar(entries: Entry[]): Entry[] {
  return entries.map((entry): Entry => {
    if (entry.type !== 'group') return entry;
    const overview = entry.entries[0];
    if (overview?.type === 'link' && CHAPTER_OVERVIEW.test(overview.href) && !hasCurrent(entry)) {
      return { ...overview, label: entry.label };
    }
    return { ...entry, entries: narrowRegisterSidebar(entry.entries) };
  });
}
