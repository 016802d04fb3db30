/**
 * The one script of every page's frame (BaseLayout.astro): the header's menu, search button,
 * theme switch and language links, the citations, and the offline worker. One file, so a page
 * pays one request and one compression window for all of them; what a reader may never use
 * (the search UI, the citation popover, the offline control) loads when first asked for.
 */
import './site-menu';
import './search-dialog';
import './theme-toggle';
import './language-switcher';
import './cite';
import './offline';
