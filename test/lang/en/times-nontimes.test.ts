// English durations, clock times and sets are recognised (so they never become dates) but are not Story times.
import { describe, expect, it } from "vitest";
import { extractTimes, extractTimex } from "../../../loaders/lang/en/times/index.ts";
import { ref } from "../fr/times-helpers.ts";

const timex = (s: string, published = "2023-04-11") => extractTimex(s, ref(published)).map((t) => [s.slice(t.start, t.end), t.type, t.value]);

describe("en times: durations, clock times and sets", () => {
  it("reads 'for two years' as a duration, not a date", () => {
    const s = "He ran the unit for two years.";
    expect(timex(s)).toEqual([["two years", "DURATION", "P2Y"]]);
    expect(extractTimes(s, ref("2023-04-11"))).toEqual([]);
  });
  it("keeps the modifier out of the span", () => expect(timex("The talks lasted more than a week.")).toEqual([["a week", "DURATION", "P1W"]]));
  it("reads a clock time with its zone", () => expect(timex("Trading resumed at 14:30 UTC.")).toEqual([["14:30 UTC", "TIME", "2023-04-11T14:30Z"]]));
  it("reads 'every year' as a set", () => expect(timex("The event takes place every year.")).toEqual([["every year", "SET", "P1Y"]]));
  it("does not read 'a second time' as a duration", () => expect(timex("He tried a second time.")).toEqual([]));
  it("keeps 'two years ago' a date", () => expect(timex("Two years ago, he bought Twitter.")).toEqual([["Two years ago", "DATE", "2021"]]));
});
