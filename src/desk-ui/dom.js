// Builds DOM nodes from text only (article and post text is untrusted: never innerHTML).

export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function day(iso) {
  return iso ? String(iso).slice(0, 10) : 'no date';
}

export function when(iso) {
  if (!iso) return 'no date';
  const s = String(iso);
  return s.length > 10 ? `${s.slice(0, 10)} ${s.slice(11, 16)} UTC` : s;
}

export function label(word) {
  return String(word ?? '').replace(/_/g, ' ');
}

/** Where the figure sits in `text`: the first number written there that equals `value`. */
function figureSpan(text, value) {
  const numbers = /\d[\d,.]*\d|\d/g;
  for (let m = numbers.exec(text); m; m = numbers.exec(text)) {
    if (Number(m[0].replace(/,/g, '')) === value) return [m.index, m.index + m[0].length];
  }
  return null;
}

function markedFigure(text, value) {
  const span = figureSpan(text, value);
  if (!span) return [text];
  return [text.slice(0, span[0]), h('mark', {}, text.slice(span[0], span[1])), text.slice(span[1])];
}

/** The quote inside its sentence when the API gives one, the quote in bold and its figure marked. */
export function quoteWithFigure(claim, value) {
  const { sentence, sentenceStart, quoteStart, quote = '' } = claim;
  const at =
    sentence && sentenceStart !== null && quoteStart !== null ? quoteStart - sentenceStart : -1;
  if (at < 0 || sentence.slice(at, at + quote.length) !== quote)
    return h('q', {}, markedFigure(quote, value));
  return h(
    'q',
    {},
    sentence.slice(0, at),
    h('strong', {}, markedFigure(quote, value)),
    sentence.slice(at + quote.length),
  );
}
