// "Add this page to Tailor": the background reads the page's <head> (it cannot parse HTML itself: a
// service worker has no DOMParser) and hands it to the options page, which turns it into a draft.
import * as v from 'valibot';

/** Enough of any real page's <head> for its metadata; bigger heads are cut, not refused. */
export const MAX_HEAD_CHARS = 256 * 1024;

/** Session storage is written by our own background, but what came from a web page is checked again. */
export const capturedPageSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(8192)),
  title: v.pipe(v.string(), v.maxLength(2000)),
  head: v.pipe(v.string(), v.maxLength(MAX_HEAD_CHARS)),
});

export type CapturedPage = v.InferOutput<typeof capturedPageSchema>;

