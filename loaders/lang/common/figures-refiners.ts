// Refiners of the figures runner (loaders/lang/common/figures.ts): each takes all candidates of a
// text, in order, and returns them merged, completed or filtered. Language packs list them in
// order in loaders/lang/<lg>/figures/index.ts (ranges before modifiers, dropBare last).
import { round, type Candidate, type FigureRefiner } from "./figures.ts";

/** "entre 10 et 20 euros", "de 10 à 20 millions", "between $10 and $20", "10-20 dollars". */
export const mergeRanges: FigureRefiner = (found, { text, locale }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && a.value !== null && b.value !== null && (a.bare || a.unit === b.unit) && !b.bare) {
      const mid = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 12), a.start);
      const open = locale.rangeOpen.exec(before);
      const ok = (open && locale.rangeMid.test(mid)) || locale.rangeMidAlone.test(mid);
      if (ok && (a.value <= b.value || b.atom.scaled && !a.atom.scaled)) {
        let low = a.value;
        // "entre 10 et 20 millions": the scale of the second applies to the first.
        if (b.atom.scaled && !a.atom.scaled && b.atom.value !== null && a.value !== null) {
          low = round(a.value * b.atom.scale);
        } else if (!a.atom.scaled && a.value < 1000 && b.value >= 1000 && a.value * 1000 <= b.value && a.value * 1000 * 10 > b.value) {
          // "10 à 15.000 enfants": the first number is written without its thousands.
          low = a.value * 1000;
        }
        if (low <= b.value) {
          out.push({
            ...b,
            start: open ? a.start - open[0].length : a.start,
            value: null,
            low,
            high: b.value,
            approx: a.approx || b.approx,
            bound: null,
          });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
};


/** "3 dollars 50 cents", "$20 and 43c", "twenty dollars and 43": the cents join the amount. */
export const mergeSubunits: FigureRefiner = (found, { text }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && a.kind === "money" && a.value !== null && Number.isInteger(a.value) && !a.atom.scaled && b.atom.value !== null &&
      Number.isInteger(b.atom.value) && b.atom.value > 0 && b.atom.value < 100 && !b.atom.scaled) {
      const gap = text.slice(a.end, b.start);
      const sub = b.kind === "money" && b.value !== null && Math.abs(b.value - b.atom.value / 100) < 1e-9;
      const glued = /^[¢c](?![\p{L}\p{N}])/u.exec(text.slice(b.atom.end, b.atom.end + 2));
      const endsHere = /^[\s\u00A0]*(?:[.,!?;)]|$)/.test(text.slice(b.end, b.end + 3));
      if (/^[\s\u00A0]*(?:(?:and|et)[\s\u00A0]+)?$/.test(gap) && (sub || b.bare && (glued || endsHere))) {
        out.push({ ...a, end: glued && b.bare ? b.atom.end + 1 : b.end, value: round(a.value + b.atom.value / 100) });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};

/** "près de", "environ", "nearly" (approx); "plus de", "at least" (min); "moins de", "up to" (max). */
export const applyModifiers: FigureRefiner = (found, { text, locale }) => {
  for (const f of found) {
    const before = text.slice(Math.max(0, f.start - 30), f.start);
    // The longest phrase wins: "pas plus de" (max) over "plus de" (min), "no more than" over "more than".
    const min = locale.minBefore.exec(before);
    const max = locale.maxBefore.exec(before);
    const approx = locale.approxBefore.exec(before);
    const len = (m: RegExpExecArray | null) => (m ? m[0].length : 0);
    if (min && len(min) >= len(max)) {
      setBound(f, "min");
      f.start -= min[0].length;
      if (locale.approxBefore.exec(before.slice(0, before.length - min[0].length))) f.approx = true;
    } else if (max) {
      setBound(f, "max");
      f.start -= max[0].length;
    } else if (approx) {
      f.approx = true;
      f.start -= approx[0].length;
    }
  }
  return found;
};

function setBound(f: Candidate, bound: "min" | "max"): void {
  if (f.value === null) return; // a range or vague magnitude keeps its bounds
  if (bound === "min") {
    f.low = f.value;
    f.high = null;
  } else {
    f.low = null;
    f.high = f.value;
  }
  f.value = null;
  f.bound = bound;
}

/** A bare number in a comparison takes the unit of the figure just before it in the same sentence
 *  ("7 500 salariés, contre 2 000 aujourd'hui"): unit_provenance "inferred". */
export const inheritUnits: FigureRefiner = (found, { text, locale }) => {
  let last: Candidate | null = null;
  for (const f of found) {
    if (!f.bare) {
      last = f;
      continue;
    }
    if (!last || f.atom.words && !f.atom.scaled || f.atom.lone1 || f.atom.vague) continue;
    if (f.start - last.end > 80) continue;
    const between = text.slice(last.end, f.start);
    if (/[.!?;:](?:\s|$)|\n/.test(between)) continue;
    // "more than 700 of whom", "700 d'entre eux": the number refers back to the figure before.
    const refersBack = /^[\s\u00A0]*(?:of[\s\u00A0]+(?:whom|them|those|these|which)|d['’]entre[\s\u00A0]+(?:eux|elles))(?![\p{L}])/iu.test(text.slice(f.end, f.end + 20));
    if (!locale.inheritCue.test(between) && !refersBack) continue;
    // "$4.25 and 32 is the quantity": a number that is the subject of a verb is not an amount.
    if (/^[\s\u00A0]*(?:is|are|was|were|est|sont|était|étaient)(?![\p{L}])/iu.test(text.slice(f.end, f.end + 12))) continue;
    // Nothing but blanks or punctuation may follow but a non-noun ("2 000 aujourd'hui", "2,000 now").
    if (last.unit === "percent" && !f.atom.digits) continue;
    if (last.kind !== "count" && last.kind !== "money" && last.kind !== "percent") continue;
    // Same order of magnitude or a money amount with the same scale word.
    f.unit = last.unit;
    f.kind = last.kind;
    f.unit_provenance = "inferred";
    f.bare = false;
  }
  return found;
};

/** A bare amount in millions or billions after a money word ("valorisée à 86 milliards", "raised
 *  another 6 billion") takes the currency of the last money figure before it in the text:
 *  unit_provenance "inferred". */
export const inferCurrency: FigureRefiner = (found, { text, locale }) => {
  if (!locale.moneyCue) return found;
  let lastMoney: Candidate | null = null;
  for (const f of found) {
    if (!f.bare) {
      if (f.kind === "money") lastMoney = f;
      continue;
    }
    if (!lastMoney || !f.atom.scaled || f.atom.vague || (f.value ?? f.low ?? f.high ?? 0) < 1e5) continue;
    // The cue must be in the same sentence, shortly before the number.
    const from = Math.max(0, f.start - 80);
    let before = text.slice(from, f.start);
    const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
    if (stop >= 0) before = before.slice(stop + 1);
    if (!locale.moneyCue.test(before)) continue;
    f.unit = lastMoney.unit;
    f.kind = "money";
    f.unit_provenance = "inferred";
    f.bare = false;
  }
  return found;
};

/** Drop what is still bare and resolve overlaps (the longer figure wins). */
export const dropBare: FigureRefiner = (found) => {
  const kept = found.filter((f) => !f.bare);
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const f of kept) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end - f.start > prev.end - prev.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
};

/**
 * "five million dollars ($5,000,000)", "ten (10) engineers", "dix (10) ingénieurs": an amount restated in
 * figures between brackets is one figure, not two. The restatement must give the same value, and
 * the same unit when both state one; the unit stated on either side wins.
 */
export const mergeRestatements: FigureRefiner = (found, { text }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && a.value !== null && b.value !== null && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value))) {
      const open = /^[\s\u00A0]*\($/.test(text.slice(a.atom.end, b.start)) || /^[\s\u00A0]*\($/.test(text.slice(a.end, b.start));
      const close = /^[\s\u00A0]*\)/.exec(text.slice(b.end, b.end + 3));
      const sameUnit = a.bare || b.bare || a.unit === b.unit;
      if (open && close && sameUnit) {
        // "ten (10) engineers": the unit comes after the brackets, on the second figure.
        const stated = a.bare ? b : a;
        out.push({ ...stated, start: a.start, end: Math.max(a.end, b.end + close[0].length), bare: a.bare && b.bare, approx: a.approx || b.approx });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
