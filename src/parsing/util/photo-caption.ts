// PURE: a photo caption in a page's text, known by the bracketed credit that closes it.

/**
 * "(AP Photo/Rafiq Maqbool)", "( IANS )", "(Vladimir Tretyakov via AP / NUR.KZ)": a paragraph closed
 * by a bracketed credit is a photo caption. It is neither the story's lead nor where its event is.
 */
const CAPTION_CREDIT_RE = /\([^()\d]{2,40}\)$/;

export function isPhotoCaption(paragraph: string): boolean {
  return CAPTION_CREDIT_RE.test(paragraph.trim());
}
