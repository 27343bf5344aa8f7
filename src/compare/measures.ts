import type { NumberMention } from "../model/types.js";

/**
 * Lengths, weights and areas in one base unit each (metre, kilogram, square metre): a report may give another
 * report's figure in its own unit ("10 miles" / "16 km"), and the same number in two units ("16 km" / "16 miles")
 * is two figures. A "ton" is a short, long or metric ton: the range of the three.
 */
const MEASURES: ReadonlyMap<string, { dimension: string; low: number; high: number }> = new Map(
  (
    [
      ["metre", "length", 1], ["kilometre", "length", 1000], ["cm", "length", 0.01], ["centimetre", "length", 0.01], ["mm", "length", 0.001],
      ["millimetre", "length", 0.001], ["foot", "length", 0.3048], ["yard", "length", 0.9144], ["inch", "length", 0.0254], ["mile", "length", 1609.344],
      ["kg", "weight", 1], ["kilogram", "weight", 1], ["kilo", "weight", 1], ["gram", "weight", 0.001], ["pound", "weight", 0.45359237], ["tonne", "weight", 1000],
      ["hectare", "area", 10_000], ["acre", "area", 4046.8564],
    ] as const
  ).map(([unit, dimension, factor]) => [unit, { dimension, low: factor, high: factor }]),
);
const TON = { dimension: "weight", low: 907.18474, high: 1016.0469 };
const NAUTICAL_MILE = { dimension: "length", low: 1852, high: 1852 };

/** Conversions round: "10 miles (16 km)" gives 16.09 km as 16. Figures this near in the base unit are one figure. */
const CONVERSION_TOLERANCE = 0.06;

/** "3 square miles", "12 sq km", "40m cubic metres": an area or volume the length unit is only part of. */
const SQUARE_OR_CUBIC = /^[\s-]*(?:square|sq\b|cubic|cu\b)/i;
const NAUTICAL = /^[\s-]*nautical\b/i;

/** The mention's measure in base units, or none for a count, an area read as a length, or an unknown unit. */
function measureOf(text: string, n: NumberMention): { dimension: string; low: number; high: number } | undefined {
  const after = text.slice(n.end, n.end + 12);
  if (SQUARE_OR_CUBIC.test(after)) return undefined;
  if (n.unit === "mile" && NAUTICAL.test(after)) return NAUTICAL_MILE;
  return n.unit === "ton" ? TON : MEASURES.get(n.unit);
}

/** Two mentions measure one dimension in different units ("miles" / "km"): they compare only once converted. */
export function inOtherUnits(textX: string, x: NumberMention, textY: string, y: NumberMention): boolean {
  if (x.unit === y.unit) return false;
  const [mx, my] = [measureOf(textX, x), measureOf(textY, y)];
  return mx !== undefined && my !== undefined && mx.dimension === my.dimension;
}

/**
 * `y` in the unit of `x`, widened by the rounding a conversion allows, for comparing with `x`; `y` itself when the two
 * are not one dimension in different units.
 */
export function inUnitOf(textY: string, y: NumberMention, textX: string, x: NumberMention): NumberMention {
  const [mx, my] = [measureOf(textX, x), measureOf(textY, y)];
  if (x.unit === y.unit || !mx || !my || mx.dimension !== my.dimension) return y;
  const low = ((y.low * my.low) / mx.high) * (1 - CONVERSION_TOLERANCE);
  const high = ((y.high * my.high) / mx.low) * (1 + CONVERSION_TOLERANCE);
  const scale = my.low / mx.low;
  const converted: NumberMention = { ...y, low, high, value: y.value * scale, unit: x.unit };
  if (y.precision !== undefined) converted.precision = y.precision * scale;
  return converted;
}

/** The figure with the unit written after it ("16 km", "10 miles"), for a reader to see which units were set apart. */
export function withUnitWord(text: string, n: NumberMention): string {
  const unit = /^[\s-]*[\p{L}.]+/u.exec(text.slice(n.end, n.end + 20));
  return text.slice(n.start, n.end + (unit?.[0].length ?? 0));
}
