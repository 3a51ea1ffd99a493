/**
 * A page as a person reads it: its text in reading order, cut into units (the words of one
 * block between two form controls), and its form controls between them. One pass over the
 * document, its open shadow roots and its same-origin frames.
 */

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A unit of text; `label` is the `<label>` it sits in, when it names a control. */
export type TextToken = { text: string; block: Element; label?: Element };

export type Token = TextToken | { control: Control };

/**
 * What the assistant adds to a page (its panel, its messages beside fields) carries this
 * attribute, so that reading the page again never reads the assistant's own words.
 */
export const OWN_UI_ATTRIBUTE = 'data-annexe1-assistant';

/** Input types that hold something a person types or ticks (not buttons, files, hidden). */
const FILLABLE_TYPES = new Set([
  'text',
  'email',
  'tel',
  'url',
  'search',
  'date',
  'number',
  'checkbox',
  'radio',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'BUTTON']);

/** True for the inputs, text areas and selects a person fills in. */
export function isFillable(element: Element): element is Control {
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  if (element.tagName !== 'INPUT') return false;
  return FILLABLE_TYPES.has((element as HTMLInputElement).type);
}

/** The nearest block-level ancestor: the unit a line of text belongs to. */
export function blockOf(node: Node): Element {
  let element = node.parentElement;
  while (element && !BLOCK_TAGS.has(element.tagName)) element = element.parentElement;
  return element ?? (node.ownerDocument?.body as Element);
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/**
 * The page's tokens in reading order. Text nodes of one block with no control between
 * them make one unit; a `<br>` ends a unit.
 */
export function readTokens(root: Document): Token[] {
  const tokens: Token[] = [];
  let open: TextToken | undefined;

  const visit = (node: Node, label: Element | undefined): void => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (text.trim() === '') return;
      const block = blockOf(node);
      if (open && open.block === block && open.label === label) open.text += text;
      else {
        open = label ? { text, block, label } : { text, block };
        tokens.push(open);
      }
      return;
    }
    if (node.nodeType !== 1) return;

    const element = node as Element;
    if (SKIPPED_TAGS.has(element.tagName) || element.hasAttribute(OWN_UI_ATTRIBUTE)) return;
    if (element.tagName === 'BR' || BLOCK_TAGS.has(element.tagName)) open = undefined;
    if (isFillable(element)) {
      tokens.push({ control: element });
      open = undefined;
      return;
    }
    if (element.tagName === 'IFRAME') {
      const inner = sameOriginDocument(element as HTMLIFrameElement);
      if (inner?.body) visit(inner.body, undefined);
      open = undefined;
      return;
    }
    const within = element.tagName === 'LABEL' ? element : label;
    if (element.shadowRoot) for (const child of element.shadowRoot.childNodes) visit(child, within);
    for (const child of element.childNodes) visit(child, within);
    if (BLOCK_TAGS.has(element.tagName)) open = undefined;
  };

  if (root.body) visit(root.body, undefined);
  return tokens;
}

const NAMING_ATTRIBUTES = ['aria-label', 'placeholder', 'title'];

/**
 * All the text a person meets in the tokens, for recognising the form: the page's words,
 * and the names its controls carry in attributes (a page may print no label at all).
 */
export function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if ('text' in token) return token.text;
      return NAMING_ATTRIBUTES.map((name) => token.control.getAttribute(name) ?? '').join(' ');
    })
    .join(' ');
}
