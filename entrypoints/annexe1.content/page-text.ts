import { looksLikeAnnexe1 } from '@/lib/annexe1/recognise';

/**
 * The cheap first look, in every page of the official hosts: the page's text (its same-
 * origin frames and open shadow roots included, and the names controls carry in their
 * attributes) read in one go, with no layout and no walk over the page's controls. Only a
 * page that passes it gets the assistant, which then maps the fields.
 */

// Node.DOCUMENT_NODE, without the global: each frame has its own.
const isDocument = (root: Document | ShadowRoot): root is Document => root.nodeType === 9;

/** Controls named by their attributes only, as the mapper reads them too. */
const NAMED = '[aria-label], [placeholder], [title]';
const NAMING_ATTRIBUTES = ['aria-label', 'placeholder', 'title'];

function textOfRoot(root: Document | ShadowRoot, parts: string[]): void {
  parts.push(isDocument(root) ? (root.body?.textContent ?? '') : root.textContent);
  for (const element of root.querySelectorAll(NAMED)) {
    for (const name of NAMING_ATTRIBUTES) parts.push(element.getAttribute(name) ?? '');
  }
  for (const frame of root.querySelectorAll('iframe')) {
    // A frame of another origin gives no document, and is not ours to read.
    const inner = frame.contentDocument;
    if (inner) textOfRoot(inner, parts);
  }
}

/** Open shadow roots of `root` (web-component pages print their form inside one). */
function shadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  // A live collection: no copy of the page's elements is made.
  const elements = isDocument(root) ? root.getElementsByTagName('*') : root.querySelectorAll('*');
  for (const element of elements) {
    if (element.shadowRoot) found.push(element.shadowRoot, ...shadowRoots(element.shadowRoot));
  }
  return found;
}

/**
 * « domaine MSSanté », the end of the form's title, in the raw text: what `looksLikeAnnexe1`
 * needs at the least (its folded text holds the title), found without folding the whole
 * text first. « MSSanté » keeps « MSSant » whether its « é » is one character or two.
 */
const TITLE_END = /domaine[^a-z0-9]+mssant/i;

/** True when the page reads as the Annexe 1 (`looksLikeAnnexe1` on all of its text). */
export function pageLooksLikeAnnexe1(document: Document): boolean {
  const parts: string[] = [];
  textOfRoot(document, parts);
  for (const root of shadowRoots(document)) textOfRoot(root, parts);
  const text = parts.join('\n');
  return TITLE_END.test(text) && looksLikeAnnexe1(text);
}
