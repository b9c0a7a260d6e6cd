// Shared number reader: digits in French and English conventions and number words, driven by a
// per-language lexicon (loaders/lang/<lg>/numbers.ts). Two passes over the text, each a single
// precompiled global regex: one for digit forms ("10 000", "10.000", "10,000", "1,5", "10K",
// "2,5 milliards"), one for runs of number words ("quatre-vingt-dix-neuf", "two hundred and five").
// The figures extractors build on `findNumbers`; the times helper uses `parseNumber`.

export interface NumberLexicon {
  /** Decimal separator of the language: "," (fr) or "." (en). */
  decimal: "," | ".";
  /** Cardinal words below 100 (folded: lowercase, no accents) -> value. */
  cardinals: Record<string, number>;
  /** Words for 100. */
  hundreds: string[];
  /** Scale words -> multiplier (mille, million, milliard / thousand, million, billion). */
  scales: Record<string, number>;
  /** Words for a dozen (multiply by 12). */
  dozens: string[];
  /** Words for a pair, counted as 2 only after an article ("a couple", "a pair"). */
  pairs?: string[];
  /** Words that join parts of one number ("et", "and"). */
  joiners: string[];
  /** Words that start the decimal part ("virgule", "point"). */
  points: string[];
  /** Words that negate the following number ("minus", "negative"). */
  negatives: string[];
  /** Articles that count as 1 only before a scale, hundred, dozen or fraction ("a dozen", "a hundred"). */
  articles: string[];
  /** Fraction words that are not built from ordinals: "demi": 2, "tiers": 3, "quart": 4, "half": 2. */
  fractionWords: Record<string, number>;
  /** Ordinal words -> their cardinal value, for fraction denominators ("cinquieme" -> 5, "fifth" -> 5). */
  ordinal(word: string): number | null;
  /** Words between numerator and denominator of a ratio ("sur", "over", "out of"). */
  ratioWords: RegExp;
  /** Suffixes glued to digits or after a space: "k" -> 1e3, "M" -> 1e6 ... (case-sensitive keys). */
  suffixes: Record<string, number>;
  /** Regex source of codes that may be glued before digits ("USD3.14", "RM42"): the number is still read. */
  gluedBefore?: string;
  /** Regex source of codes that may be glued after digits ("42MYR", "3.14US$"). */
  gluedAfter?: string;
  /** A glued lowercase "m" before a lowercase noun is millions ("10m users", British style). */
  gluedMillionsBeforeNoun?: boolean;
  /** Suffixes accepted only when glued to the digits (lowercase "m" is a metre when alone). */
  gluedOnlySuffixes?: Record<string, number>;
}

export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  /** Written (at least partly) in words. */
  words: boolean;
  /** The number is a lone article-like word ("un", "une", "one"), a figure only with more context. */
  lone1: boolean;
  /** A scale word was applied ("10 millions", "1,5 milliard", "10K"). */
  scaled: boolean;
  /** The multiplier of that scale word (1 when none): 1e6 for "10 millions", 1e5 for "7 lakh". */
  scale: number;
  /** The digits as written, without scale (for year and list checks): "2015", "10 000". */
  digits: string | null;
  /** A fraction or ratio ("deux tiers", "1 sur 3"). */
  fraction: boolean;
}

const fold = (s: string): string => {
  const lower = s.toLowerCase();
  // Only strip accents when there are non-ASCII letters: most words are ASCII.
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower;
};
export { fold as foldWord };

const SPACE = "[ \\u00A0\\u202F\\u2009]";

/** Read a digit string (with its group and decimal separators) in the language's convention. */
export function readDigits(raw: string, decimal: "," | "."): number | null {
  let s = raw.replace(/[\s\u00A0\u202F\u2009]/g, "").replace(/[−–]/g, "-");
  let sign = 1;
  if (s.startsWith("-")) {
    sign = -1;
    s = s.slice(1);
  }
  const group = decimal === "," ? "." : ",";
  // A group separator is only a group separator before exactly three digits.
  const groups = s.split(group);
  if (groups.length > 1) {
    const ok = groups.slice(1).every((g, i) => (i === groups.length - 2 ? /^\d{3}(?:[.,]\d*)?$/.test(g) : /^\d{3}$/.test(g)));
    if (ok && /^\d{1,3}$/.test(groups[0])) s = groups.join("");
    else if (groups.length === 2 && /^\d*$/.test(groups[0]) && /^\d+$/.test(groups[1])) s = groups[0] + decimal + groups[1];
    else return null;
  }
  s = s.replace(decimal, ".");
  if (!/^\d*\.?\d+$|^\d+\.?$/.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? sign * v : null;
}

export interface NumberReader {
  findNumbers(text: string): NumberMatch[];
  parseNumber(s: string): number | null;
  /** Value of one folded word when it is a cardinal, hundred or scale word, else null. */
  wordValue(word: string): number | null;
}

export function createNumberReader(lex: NumberLexicon): NumberReader {
  const dec = lex.decimal === "," ? "," : "\\.";
  const grp = lex.decimal === "," ? "\\." : ",";
  // Digit forms, most specific first. Groups of three separated by spaces (all kinds), or by the
  // group separator; then an optional decimal part; or a bare decimal ",08" / ".08".
  const num =
    `(?:\\d{1,3}(?:${SPACE}\\d{3})+(?:${dec}\\d+)?` +
    `|\\d{1,3}(?:${grp}\\d{3})+(?![\\d])(?:${dec}\\d+)?` +
    `|\\d+${dec}\\d+` +
    (lex.decimal === "." ? `|\\d+,\\d{1,2}(?![\\d,])` : "") +
    `|\\d+` +
    `|(?<=^|[\\s\\-−])${dec}\\d+)`;
  const suffixKeys = Object.keys(lex.suffixes).sort((a, b) => b.length - a.length).map(escape);
  const gluedKeys = Object.keys(lex.gluedOnlySuffixes ?? {}).sort((a, b) => b.length - a.length).map(escape);
  // Scale words match in any case ("Millions"); suffixes keep their case ("M" is a million, "m" a metre).
  const scaleWords = Object.keys(lex.scales).concat(lex.dozens).sort((a, b) => b.length - a.length).map(anyCase);
  // sign? number (power | exponent)? (suffix | space scale-word)?
  const DIGITS = new RegExp(
    `(?:(?<![\\p{L}\\p{N}%$€£¥][\\s\\u00A0]*)(-|−)${SPACE}?)?(?:(?<![\\p{L}\\p{N}])${lex.gluedBefore ? `|${lex.gluedBefore}` : ""})(${num})` +
      `(?:\\^([-+]*)(\\d+)|[eE]([-+]?\\d+)(?![\\p{L}\\p{N}]))?` +
      `(?:(${gluedKeys.length ? gluedKeys.join("|") + "|" : ""}${suffixKeys.join("|")})(?![\\p{L}\\p{N}])` +
      `|${SPACE}{1,2}(${suffixKeys.join("|")})(?![\\p{L}\\p{N}])` +
      `|${SPACE}+(${scaleWords.join("|")})(?![\\p{L}]))?` +
      // "€100m", "$5bn": a glued money magnitude, kept only after a currency sign (group 11).
      `(?:(m|mn|bn|b|tn)(?=[^\\p{L}\\p{N}]|$))?` +
      `(?:${SPACE}+(${lex.dozens.map(anyCase).join("|")})(?![\\p{L}]))?` +
      `(?:${SPACE}*\\/${SPACE}*(\\d+)(?![\\d/]))?` +
      // Digits glued to letters are ordinals, units or names ("1er", "4th", "29km", "1990s").
      `(?!${lex.gluedAfter ? `(?!${lex.gluedAfter}(?![\\p{L}]))` : ""}[\\p{L}\\p{N}]|[.,]\\d)`,
    "uy",
  );
  // Candidate starts: a digit, possibly after a sign or a leading decimal separator. Jumping from
  // digit to digit keeps the big pattern from being tried at every position of the text.
  const DIGIT = /\d/g;
  function nextDigitMatch(text: string): RegExpExecArray | null {
    let d: RegExpExecArray | null;
    while ((d = DIGIT.exec(text))) {
      const i = d.index;
      let s = i;
      if (i > 0 && (text[i - 1] === "." || text[i - 1] === ",") && (i === 1 || /[\s\-−]/.test(text[i - 2]))) s = i - 1;
      if (s > 0 && (text[s - 1] === "-" || text[s - 1] === "−")) s -= 1;
      else if (s > 1 && /[ \u00A0\u202F\u2009]/.test(text[s - 1]) && (text[s - 2] === "-" || text[s - 2] === "−")) s -= 2;
      for (const start of s === i ? [i] : [s, i]) {
        DIGITS.lastIndex = start;
        const m = DIGITS.exec(text);
        if (m) {
          DIGIT.lastIndex = m.index + m[0].length;
          return m;
        }
      }
      // Skip the rest of this run of digits.
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      DIGIT.lastIndex = j;
    }
    return null;
  }
  const suffixLookup = (k: string): number | null => {
    if (k in (lex.gluedOnlySuffixes ?? {})) return lex.gluedOnlySuffixes![k];
    if (k in lex.suffixes) return lex.suffixes[k];
    const hit = Object.keys(lex.suffixes).find((x) => x.toLowerCase() === k.toLowerCase() && x.length > 1);
    return hit ? lex.suffixes[hit] : null;
  };
  const scaleLookup = (w: string): number | null => {
    const f = fold(w);
    if (f in lex.scales) return lex.scales[f];
    if (lex.dozens.includes(f)) return 12;
    return null;
  };

  const negWord = lex.negatives.length ? new RegExp(`(?<![\\p{L}])(?:${lex.negatives.join("|")})[ \\u00A0]+$`, "iu") : null;
  const hundreds = new Set(lex.hundreds);
  const dozens = new Set(lex.dozens);
  const pairs = new Set(lex.pairs ?? []);
  const joiners = new Set(lex.joiners);
  const points = new Set(lex.points);
  const negatives = new Set(lex.negatives);
  const articles = new Set(lex.articles);

  type Kind = "card" | "hundred" | "scale" | "dozen" | "join" | "point" | "neg" | "article" | "frac" | "ord";
  function kindOf(w: string): Kind | null {
    if (w in lex.cardinals) return "card";
    if (hundreds.has(w)) return "hundred";
    if (w in lex.scales) return "scale";
    if (dozens.has(w) || pairs.has(w)) return "dozen";
    if (joiners.has(w)) return "join";
    if (points.has(w)) return "point";
    if (negatives.has(w)) return "neg";
    if (articles.has(w)) return "article";
    if (w in lex.fractionWords) return "frac";
    if (lex.ordinal(w) != null) return "ord";
    return null;
  }

  function wordValue(w: string): number | null {
    const f = fold(w);
    if (f in lex.cardinals) return lex.cardinals[f];
    if (hundreds.has(f)) return 100;
    if (f in lex.scales) return lex.scales[f];
    return null;
  }

  /** Parse an integer from word tokens toks[i..]; returns value and next index, or null. */
  function parseInt(toks: { k: Kind; v: number; w: string }[], i: number): { value: number; next: number } | null {
    let total = 0;
    let current = 0;
    let lastScale = Infinity;
    let last: "none" | "unit" | "teen" | "ten" | "hundred" | "scale" = "none";
    let any = false;
    let j = i;
    let pendingJoin = -1;
    while (j < toks.length) {
      const t = toks[j];
      if (t.k === "join") {
        if (!any || pendingJoin >= 0) break;
        // "vingt et un cinquieme" = 20 + 1/5: the joiner starts a fraction, not more of this number.
        let k = j + 1;
        while (k < toks.length && (toks[k].k === "card" || toks[k].k === "article")) k++;
        if (k > j + 1 && (toks[k]?.k === "frac" || toks[k]?.k === "ord")) break;
        pendingJoin = j;
        j++;
        continue;
      }
      if (t.k === "card") {
        const v = t.v;
        // French "quatre vingt" = 80.
        if (v === 20 && last === "unit" && current % 100 === 4 && pendingJoin < 0) {
          current += 76;
          last = "ten";
        } else if (last === "none" || last === "hundred" || last === "scale") {
          current += v;
          last = v < 10 ? "unit" : v < 20 ? "teen" : "ten";
        } else if (last === "ten" && v < 20 && (v < 10 || current % 100 === 60 || current % 100 === 80 || current % 100 === 70)) {
          current += v;
          last = v < 10 ? "unit" : "teen";
        } else if (last === "ten" && v < 10) {
          current += v;
          last = "unit";
        } else if (last === "teen" && (current % 100 >= 70 || current % 100 === 10) && v < 10 && v > 6) {
          // "dix-sept", "soixante-dix-huit": 10 + 7
          current += v;
          last = "unit";
        } else if (last === "teen" && current % 100 >= 70 && v < 10) {
          // "soixante-dix-sept": 60 + 10 + 7
          current += v;
          last = "unit";
        } else break;
        any = true;
        pendingJoin = -1;
        j++;
        continue;
      }
      if (t.k === "article") {
        // "a hundred", "a dozen" ...: only at the start, before a multiplier.
        const n = toks[j + 1];
        if (any || !n || (n.k !== "hundred" && n.k !== "scale" && n.k !== "dozen")) break;
        current = 1;
        last = "unit";
        any = true;
        j++;
        continue;
      }
      if (t.k === "hundred") {
        if (last === "hundred") break;
        if (current >= 100) break;
        current = (current || 1) * 100;
        last = "hundred";
        any = true;
        pendingJoin = -1;
        j++;
        continue;
      }
      if (t.k === "scale") {
        const s = t.v;
        if (s >= lastScale && total > 0) {
          total = (total + (current || 0)) * s;
        } else {
          total += (current || 1) * s;
        }
        lastScale = Math.min(lastScale, s);
        current = 0;
        last = "scale";
        any = true;
        pendingJoin = -1;
        j++;
        continue;
      }
      if (t.k === "dozen") {
        const v = pairs.has(t.w) ? 2 : 12;
        // "a couple" is 2; "couple" alone is a noun.
        if (v === 2 && !(any && current === 1 && total === 0 && toks[j - 1]?.k === "article")) break;
        if (!any) {
          current = v;
        } else if (v === 2) {
          current = 2;
        } else {
          total = (total + current) * v;
          current = 0;
        }
        any = true;
        last = "scale";
        pendingJoin = -1;
        j++;
        continue;
      }
      break;
    }
    if (!any) return null;
    // A dangling joiner belongs to the next phrase.
    const next = pendingJoin >= 0 ? pendingJoin : j;
    return { value: total + current, next };
  }

  /** Parse word tokens starting at i into one number (with fraction / decimal parts). */
  function parseOne(toks: { k: Kind; v: number; w: string; start: number; end: number }[], i: number): { value: number; next: number; fraction: boolean } | null {
    let sign = 1;
    let j = i;
    if (toks[j]?.k === "neg") {
      sign = -1;
      j++;
    }
    // Bare fraction with article: "a half", "a fifth", "half".
    const first = parseInt(toks, j);
    let value: number;
    let fraction = false;
    if (!first) {
      const t = toks[j];
      if (t && t.k === "article" && (toks[j + 1]?.k === "frac" || toks[j + 1]?.k === "ord" && toks[j + 1].v > 2)) {
        const d = toks[j + 1];
        return { value: sign / d.v, next: j + 2, fraction: true };
      }
      // "half a million": half of the scale.
      if (t && t.k === "frac" && t.v === 2 && toks[j + 1]?.k === "article" && toks[j + 2]?.k === "scale") {
        return { value: (sign * toks[j + 2].v) / 2, next: j + 3, fraction: false };
      }
      if (t && t.k === "frac" && t.v === 2 && i === j) return { value: sign * 0.5, next: j + 1, fraction: true };
      return null;
    }
    value = first.value;
    j = first.next;
    // Decimal part in words: "deux cent virgule trois", "five point five".
    if (toks[j]?.k === "point") {
      let digits = "";
      let k = j + 1;
      while (k < toks.length && toks[k].k === "card" && toks[k].v < 10) {
        digits += String(toks[k].v);
        k++;
      }
      if (!digits) {
        const p = parseInt(toks, j + 1);
        if (p) {
          digits = String(p.value);
          k = p.next;
        }
      }
      if (digits) {
        value = Number(`${value}.${digits}`);
        j = k;
        if (toks[j]?.k === "scale") {
          value *= toks[j].v;
          j++;
        }
      }
    }
    // Fraction: numerator then denominator word ("trois cinquiemes", "two thirds", "un vingt-cinquieme").
    const den = (k: number): { d: number; next: number } | null => {
      const t = toks[k];
      if (!t) return null;
      if (t.k === "frac") return { d: t.v, next: k + 1 };
      if (t.k === "ord") return { d: t.v, next: k + 1 };
      return null;
    };
    let d = den(j);
    if (!d && value === 1) {
      // "un vingt cinquieme": the denominator is a compound ordinal.
      const p = parseInt(toks, j);
      if (p) {
        const dd = den(p.next) ?? (toks[p.next]?.k === "join" ? den(p.next + 1) : null);
        if (dd && toks[p.next]?.k === "join") dd.next = p.next + 2;
        if (dd) {
          const v = p.value + dd.d;
          d = { d: v, next: dd.next };
        }
      }
    }
    if (d) {
      // "cent trente cinquiemes": the last cardinal word may belong to the ordinal when it forms a valid number only with it.
      value = value / d.d;
      j = d.next;
      fraction = true;
      // "un demi-milliard", "three quarters of a million": a fraction of a scale is a plain amount.
      if (toks[j]?.k === "scale") {
        value *= toks[j].v;
        j++;
        fraction = false;
      }
    } else if (toks[j]?.k === "join") {
      // "trois et un cinquieme", "one and a half", "cent et trois quarts".
      const k = j + 1;
      const t = toks[k];
      if (t && (t.k === "article" || t.k === "card") && (toks[k + 1]?.k === "frac" || toks[k + 1]?.k === "ord")) {
        const n = t.k === "article" ? 1 : t.v;
        value += n / toks[k + 1].v;
        j = k + 2;
        fraction = true;
      } else if (t && t.k === "card") {
        // "vingt et trois cinquiemes", "twenty and three and three fifths"
        const p = parseOne(toks, k);
        if (p && p.fraction) {
          value += p.value;
          j = p.next;
          fraction = true;
        }
      }
    }
    return { value: sign * value, next: j, fraction };
  }

  const wordCache = new Map<string, { w: string; k: Kind | null }>();

  function wordNumbers(text: string, out: NumberMatch[]): void {
    const run: { k: Kind; v: number; w: string; start: number; end: number }[] = [];
    const flush = () => {
      let i = 0;
      while (i < run.length) {
        const p = parseOne(run, i);
        if (!p || p.next <= i) {
          i++;
          continue;
        }
        const start = run[i].start;
        const end = run[p.next - 1].end;
        const only = run.slice(i, p.next);
        const lone1 = only.length === 1 && only[0].k === "card" && only[0].v === 1;
        const scaled = only.some((t) => t.k === "scale");
        const scale = only.reduce((a, t) => (t.k === "scale" ? Math.max(a, t.v) : a), 1);
        out.push({ start, end, value: p.value, words: true, lone1, scaled, scale, digits: null, fraction: p.fraction });
        i = p.next;
      }
      run.length = 0;
    };
    let lastEnd = -1;
    // The words are runs of letters (what /\p{L}+/gu finds), read with a cached character class.
    const len = text.length;
    let i = 0;
    while (i < len) {
      let k0 = letterLength(text, i);
      if (!k0) {
        i++;
        continue;
      }
      const index = i;
      do i += k0;
      while (i < len && (k0 = letterLength(text, i)));
      const word = text.slice(index, i);
      // Most words are not number words: one cached lookup per distinct word form.
      let c = wordCache.get(word);
      if (c === undefined) {
        const f = fold(word);
        c = { w: f, k: kindOf(f) };
        if (wordCache.size > 50000) wordCache.clear(); // memory stays flat on huge inputs
        wordCache.set(word, c);
      }
      const w = c.w;
      const k = c.k;
      if (k === null) {
        if (run.length) flush();
        continue;
      }
      // Tokens of one run are separated by spaces or hyphens only.
      if (run.length && !/^[\s\u00A0\u202F-]*$/.test(text.slice(lastEnd, index))) flush();
      let v = 0;
      if (k === "card") v = lex.cardinals[w];
      else if (k === "scale") v = lex.scales[w];
      else if (k === "frac") v = lex.fractionWords[w];
      else if (k === "ord") v = lex.ordinal(w)!;
      run.push({ k, v, w, start: index, end: i });
      lastEnd = i;
    }
    flush();
  }

  function digitNumbers(text: string, out: NumberMatch[]): void {
    DIGIT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = nextDigitMatch(text))) {
      const [all, sign, raw, powSign, pow, exp, glued, spaced, scaleWord, moneyGlued, dozen, denom] = m;
      let v = readDigits(raw, lex.decimal);
      if (v === null) continue;
      if (moneyGlued) {
        // "bn" and "mn" are unambiguous; "m" and "b" are millions only after a currency sign ("€100m").
        // In English, "10m users" (a glued "m" before a lowercase noun) is millions too; "1m isn't" is not.
        const nounAfter = lex.gluedMillionsBeforeNoun && moneyGlued === "m" && /^[ \u00A0]+\p{Ll}+(?![\p{L}'’])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
        if (moneyGlued !== "bn" && moneyGlued !== "mn" && !nounAfter && !/[$€£¥][ \u00A0]?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
        v *= moneyGlued === "m" || moneyGlued === "mn" ? 1e6 : moneyGlued === "tn" ? 1e12 : 1e9;
      }
      let end = m.index + all.length;
      let scaled = !!moneyGlued;
      let scale = moneyGlued ? v / (readDigits(raw, lex.decimal) ?? v) : 1;
      if (pow !== undefined) v = Math.pow(v, ((powSign.match(/-/g)?.length ?? 0) % 2 ? -1 : 1) * Number(pow));
      if (exp !== undefined) v = v * Math.pow(10, Number(exp));
      const suf = glued ?? spaced;
      if (suf) {
        const s = suffixLookup(suf);
        if (s !== null) {
          v *= s;
          scaled = true;
          scale = s;
        }
      }
      if (scaleWord) {
        const s = scaleLookup(scaleWord);
        if (s !== null) {
          v *= s;
          scaled = s !== 12;
          if (scaled) scale = s;
        }
      }
      if (dozen) v *= 12;
      let fraction = false;
      if (denom !== undefined) {
        const d = Number(denom);
        if (d === 0) continue;
        // "2 1/4": a whole number before the fraction.
        v = v / d;
        fraction = true;
        const before = /(\d+)[ \u00A0]{1,2}$/.exec(text.slice(Math.max(0, m.index - 12), m.index));
        const prev = out[out.length - 1];
        if (before && prev && prev.end === m.index - before[0].length + before[1].length) {
          v = Math.sign(prev.value || 1) * (Math.abs(prev.value) + v);
          m = Object.assign(m, { index: prev.start });
          out.pop();
        }
      }
      if (sign) v = -v;
      v = Number(v.toPrecision(15));
      // "minus 5", "negative 1,200,000": a negative word before digits.
      let start = m.index;
      if (!sign && negWord) {
        const nw = negWord.exec(text.slice(Math.max(0, start - 12), start));
        if (nw) {
          v = -v;
          start -= nw[0].length;
        }
      }
      out.push({ start, end, value: v, words: false, lone1: false, scaled, scale, digits: raw, fraction });
    }
  }

  // "1 sur 3", "one over three", "one out of three": ratio of two numbers.
  function ratios(text: string, list: NumberMatch[]): NumberMatch[] {
    const out: NumberMatch[] = [];
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      const b = list[i + 1];
      if (b && !a.fraction && !b.fraction && b.value !== 0) {
        const gap = text.slice(a.end, b.start);
        lex.ratioWords.lastIndex = 0;
        if (lex.ratioWords.test(gap) && (a.value === 1 || !/^\s*\p{L}/u.test(text.slice(b.end, b.end + 3)))) {
          out.push({ start: a.start, end: b.end, value: a.value / b.value, words: a.words || b.words, lone1: false, scaled: false, scale: 1, digits: null, fraction: true });
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }

  function findNumbers(text: string): NumberMatch[] {
    const d: NumberMatch[] = [];
    digitNumbers(text, d);
    const w: NumberMatch[] = [];
    wordNumbers(text, w);
    // Merge, digits win on overlap; words after digits ("3 douzaines" handled in digits).
    const all = d.concat(w.filter((x) => !d.some((y) => y.start < x.end && x.start < y.end)));
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    return ratios(text, all);
  }

  function parseNumber(s: string): number | null {
    const t = s.trim();
    if (!t) return null;
    const found = findNumbers(t);
    // "forty-five (45)", "45 (forty-five)": a number restated between brackets is one number.
    if (found.length === 2 && found[0].value === found[1].value && /^\s*\(\s*$/.test(t.slice(found[0].end, found[1].start)) && /^\s*\)$/.test(t.slice(found[1].end))) {
      return found[0].start === 0 ? found[0].value : null;
    }
    if (found.length !== 1) return null;
    const f = found[0];
    // The whole string must be the number (modulo surrounding spaces and a final dot); a quantifier
    // noun keeps its "of" ("a couple of", "a dozen of").
    const rest = t.slice(f.end).replace(/[.!?;,]+$/, "").trim();
    if (f.start !== 0 || (rest !== "" && !(/^of$/i.test(rest) && /(?:couple|pair|dozen)s?$/i.test(t.slice(f.start, f.end))))) return null;
    return f.value;
  }

  return { findNumbers, parseNumber, wordValue };
}

// Letters by UTF-16 code unit, cached as met (0 unknown, 1 letter, 2 not a letter).
const LETTERS = new Uint8Array(65536);

/** The length in code units of the letter (`\p{L}`) that starts at `i`, or 0 when none does. */
function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return /^\p{L}$/u.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = LETTERS[c];
  if (k === 0) LETTERS[c] = k = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** A regex source matching `s` in any letter case, without the `i` flag. */
function anyCase(s: string): string {
  return Array.from(s)
    .map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c)))
    .join("");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
