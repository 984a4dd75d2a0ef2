import { ImportError } from "./tokens";

/**
 * Numbers are imported only when a JavaScript number holds them exactly: the request lives as
 * JSON values in the page, so an integer beyond 2^53 or a decimal with more digits than a double
 * keeps would be rounded, and every snippet would then send the rounded value. Importing refuses
 * those with a message naming the value, rather than change it silently.
 */

/** The decimal's significant digits and the power of ten of the last one, or "0". */
function normalDecimal(text: string): string | undefined {
  const match = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return undefined;
  const [, whole = "", fraction = "", exponent = "0"] = match;
  const digits = `${whole}${fraction}`.replace(/^0+/, "");
  if (digits === "") return "0";
  const significant = digits.replace(/0+$/, "");
  const power =
    BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - significant.length);
  return `${significant}e${power}`;
}

/** Why the unsigned number literal `text` cannot be imported, or undefined when it is exact. */
export function inexactNumberReason(text: string): string | undefined {
  const clean = text.replaceAll("_", "");
  const value = Number(clean);
  const exact = /^0[xX]/.test(clean)
    ? Number.isFinite(value) && BigInt(clean) === BigInt(value)
    : Number.isFinite(value) && normalDecimal(clean) === normalDecimal(String(value));
  if (exact) return undefined;
  return `JavaScript cannot hold the number ${text} exactly (it would become ${String(value)}), and the playground never changes a value silently`;
}

/** The value of an unsigned number literal, or an ImportError when it is not held exactly. */
function exactNumber(text: string, line?: number): number {
  const reason = inexactNumberReason(text);
  if (reason) throw new ImportError(reason, line);
  return Number(text.replaceAll("_", ""));
}

const JSON_NUMBER = /-?(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/y;

/**
 * Refuses JSON text holding a number that JSON.parse would round; call it on valid JSON. Errors
 * name the line counted from `firstLine`, or no line when the JSON's place is unknown.
 */
export function checkJsonNumbers(json: string, firstLine?: number): void {
  let line = firstLine ?? 1;
  for (let i = 0; i < json.length; ) {
    const char = json[i] as string;
    if (char === '"') {
      for (i++; json[i] !== '"'; i++) if (json[i] === "\\") i++;
      i++;
    } else if (char === "-" || (char >= "0" && char <= "9")) {
      JSON_NUMBER.lastIndex = i;
      const match = JSON_NUMBER.exec(json) as RegExpExecArray;
      exactNumber(match[1] as string, firstLine === undefined ? undefined : line);
      i += match[0].length;
    } else {
      if (char === "\n") line++;
      i++;
    }
  }
}
