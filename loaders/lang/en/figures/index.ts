// The English figures extractors, in order. The runner (loaders/lang/common/figures.ts) finds the
// quantity atoms once (numbers from ../numbers.ts, vague magnitudes from constants.ts), then each
// atom goes to the extractors below; the first that returns a figure wins.
//   1. currencyBefore: "$44bn", "€100m", "US$ 3" — the sign before the number decides the currency.
//   2. unitAfter: a unit of data/lexicons/units.tsv after the number ("10,000 GPUs", "$100 million", "tens of millions of
//      dollars", "20%", "two engineers"); before the unknown-noun rule so known units win.
//   3. percentBefore: the percent word before its number ("pourcentage de vingt", "percent of 10"),
//      only when no number stands before the percent word.
//   4. nounAfter: any other noun ("two options" -> "option").
//   5. bare: a number alone, kept only for ranges and unit inheritance.
// Refiners, in order: cents joined to their amount, then ranges (both need the bare numbers), then approx/bound words (they
// apply to the merged range), then inherited units, then the currency of bare amounts after a
// money word, then the bare numbers are dropped.
import type { FigureFound } from "../../pack.ts";
import { runFigures, type FigureLocale } from "../../common/figures.ts";
import { bare, currencyBefore, nounAfter, percentBefore, unitAfter } from "../../common/figures-extractors.ts";
import {
  applyModifiers, dropBare, inferCurrency, inheritUnits, mergeRanges, mergeRestatements, mergeSubunits,
} from "../../common/figures-refiners.ts";
import { indexUnits, unitRows } from "../../common/figures-units.ts";
import { findNumbers } from "../numbers.ts";
import * as C from "./constants.ts";

let locale: FigureLocale | null = null;

function enLocale(): FigureLocale {
  locale ??= {
    lang: "en",
    findNumbers,
    units: indexUnits(unitRows(), "en", C.singular),
    singular: C.singular,
    vague: C.VAGUE,
    connector: C.CONNECTOR,
    preAdjectives: C.PRE_ADJECTIVES,
    stopWords: C.STOP_WORDS,
    timeUnits: C.TIME_UNITS,
    months: C.MONTHS,
    yearBefore: C.YEAR_BEFORE,
    labelBefore: C.LABEL_BEFORE,
    approxBefore: C.APPROX_BEFORE,
    minBefore: C.MIN_BEFORE,
    maxBefore: C.MAX_BEFORE,
    rangeOpen: C.RANGE_OPEN,
    rangeMid: C.RANGE_MID,
    rangeMidAlone: C.RANGE_MID_ALONE,
    inheritCue: C.INHERIT_CUE,
    percentBefore: C.PERCENT_BEFORE,
    moneyCue: C.MONEY_CUE,
    headFinal: true,
    skipCapitalised: 3,
    unknownUnit: C.unknownUnit,
  };
  return locale;
}

const EXTRACTORS = [currencyBefore, unitAfter, percentBefore, nounAfter, bare];
const REFINERS = [mergeSubunits, mergeRestatements, mergeRanges, applyModifiers, inheritUnits, inferCurrency, dropBare];

export function extractFigures(text: string): FigureFound[] {
  return runFigures(text, enLocale(), EXTRACTORS, REFINERS);
}
