import { FieldError } from './problem-details';

/**
 * Deepest nesting a request may have. Our bodies are at most four levels deep (evidence items inside a
 * submission); recursive validators and PostgreSQL's jsonb would overflow long before a 40,000-level body.
 */
export const MAX_INPUT_DEPTH = 32;

/** At most this many findings are reported: a hostile body may hold thousands. */
const MAX_FINDINGS = 20;

/**
 * C0 controls except tab, line feed and carriage return (a reason may span lines), DEL and C1 controls:
 * none belongs in a name, reason or note, and NUL is refused by PostgreSQL at append.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type HostileInputCode = 'CONTROL_CHARACTER' | 'LONE_SURROGATE' | 'NESTING_TOO_DEEP' | 'UNSAFE_INTEGER';

const MESSAGES: Record<HostileInputCode, string> = {
  CONTROL_CHARACTER:
    'Chứa ký tự điều khiển (như NUL) không được phép / Contains a control character (such as NUL) that is not allowed',
  LONE_SURROGATE: 'Chứa ký tự Unicode không hợp lệ (surrogate đơn lẻ) / Contains invalid Unicode (a lone surrogate)',
  NESTING_TOO_DEEP: `Dữ liệu lồng nhau quá ${MAX_INPUT_DEPTH} cấp / Nested deeper than ${MAX_INPUT_DEPTH} levels`,
  UNSAFE_INTEGER:
    'Số vượt quá giới hạn số nguyên an toàn (2^53 − 1) nên không giữ được chính xác; gửi dưới dạng chuỗi nếu trường cho phép / ' +
    'Number beyond the safe integer range (2^53 − 1) cannot be kept exact; send it as a string where the field allows',
};

/**
 * Values no field of any request may hold, found before validation runs (class-validator and
 * class-transformer recurse, and a 40,000-level body overflows the stack): control characters and lone
 * surrogates in any string or key, nesting deeper than MAX_INPUT_DEPTH, and numbers beyond 2^53 − 1 in
 * magnitude (JSON.parse has already rounded them, so no such number can be trusted to be what was sent).
 * Iterative, so the walk itself cannot overflow. `root` names the input (`''` for a body's top level).
 */
export function findHostileInput(value: unknown, root = ''): FieldError[] {
  const findings: FieldError[] = [];
  const report = (field: string, code: HostileInputCode): void => {
    if (findings.length < MAX_FINDINGS)
      findings.push({ field: field === '' ? '(body)' : field, code, message: MESSAGES[code] });
  };
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: root, depth: 0 }];
  while (stack.length > 0 && findings.length < MAX_FINDINGS) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const code = stringProblem(current);
      if (code !== undefined) report(path, code);
    } else if (typeof current === 'number') {
      if (Math.abs(current) > Number.MAX_SAFE_INTEGER) report(path, 'UNSAFE_INTEGER');
    } else if (typeof current === 'object' && current !== null) {
      if (depth >= MAX_INPUT_DEPTH) {
        report(path, 'NESTING_TOO_DEEP');
        continue;
      }
      const entries: Array<[string, unknown]> = Array.isArray(current)
        ? current.map((item, index) => [String(index), item])
        : Object.keys(current).map((key) => [key, (current as Record<string, unknown>)[key]]);
      for (const [key, item] of entries.reverse()) {
        const child = path === '' ? printable(key) : `${path}.${printable(key)}`;
        if (!Array.isArray(current)) {
          const keyProblem = stringProblem(key);
          if (keyProblem !== undefined) report(child, keyProblem);
        }
        stack.push({ value: item, path: child, depth: depth + 1 });
      }
    }
  }
  return findings;
}

function stringProblem(text: string): HostileInputCode | undefined {
  if (CONTROL_CHARACTER.test(text)) return 'CONTROL_CHARACTER';
  if (LONE_SURROGATE.test(text)) return 'LONE_SURROGATE';
  return undefined;
}

/** A key echoed in a field name must not carry the very characters it is refused for. */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/g;

function printable(key: string): string {
  const shown = key.length > 64 ? `${key.slice(0, 64)}…` : key;
  return shown.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
