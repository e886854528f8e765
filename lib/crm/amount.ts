// A deal's amount as a number, from the text the page shows: "$486,500.00", "€36.000", "12 500 €",
// "EUR 1.250.000,50", "$1.2M". Undefined when no number can be read.

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

export function amountOf(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /(\d[\d.,\s\u00a0\u202f']*)(?:\s*(k|mm|m|bn|b)\b)?/i.exec(text);
  if (!m) return undefined;
  let digits = m[1]!.replace(/[\s\u00a0\u202f']/g, '').replace(/[.,]$/, '');
  const last = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  let value: number;
  if (last < 0) value = Number(digits);
  else {
    const after = digits.length - last - 1;
    const seps = new Set(digits.replace(/\d/g, ''));
    // One kind of separator followed by exactly three digits groups thousands ("36.000", "1,250");
    // otherwise the last separator is the decimal point.
    const grouping = after === 3 && seps.size === 1 && !(m[2] && digits.split(/[.,]/).length === 2);
    if (grouping) value = Number(digits.replace(/[.,]/g, ''));
    else {
      digits = digits.slice(0, last).replace(/[.,]/g, '') + '.' + digits.slice(last + 1);
      value = Number(digits);
    }
  }
  if (m[2]) value *= SCALE[m[2].toLowerCase()] ?? 1;
  return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) / 100 : undefined;
}

/** The first email address in a field's text ("kenji@saltmarsh.example (Work)"). */
export function emailIn(text: string | undefined): string | undefined {
  const m = text ? /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/.exec(text) : null;
  return m?.[0];
}
