/** "2732000000000" → "2.732.000.000.000": Vietnamese thousands separators, for display; the value stays exact. */
export function formatDong(value: string | bigint): string {
  const text = String(value);
  // Stryker disable next-line MethodExpression: endsWith('-') differs only on a text ending in '-', which is no amount
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return negative ? `-${grouped}` : grouped;
}
