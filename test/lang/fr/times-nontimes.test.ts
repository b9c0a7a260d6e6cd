// French durations, clock times and sets are recognised (so they never become dates) but are not Story times.
import { describe, expect, it } from "vitest";
import { extractTimes, extractTimex } from "../../../loaders/lang/fr/times/index.ts";
import { ref } from "./times-helpers.ts";

const timex = (s: string, published = "2023-04-11") => extractTimex(s, ref(published)).map((t) => [s.slice(t.start, t.end), t.type, t.value]);

describe("fr times: durations, clock times and sets", () => {
  it("reads 'pendant deux ans' as a duration, not a date", () => {
    const s = "Il a dirigé la filiale pendant deux ans.";
    expect(timex(s)).toEqual([["deux ans", "DURATION", "P2Y"]]);
    expect(extractTimes(s, ref("2023-04-11"))).toEqual([]);
  });
  it("reads 'plus de vingt ans' with its modifier", () => expect(timex("Une carrière de plus de vingt ans.")).toEqual([["plus de vingt ans", "DURATION", "P20Y"]]));
  it("does not read an age as a duration", () => expect(timex("Le fondateur, 51 ans, a démissionné.")).toEqual([]));
  it("does not read 'un ingénieur de 38 ans' as a duration", () => expect(timex("Un ingénieur de 38 ans a été recruté.")).toEqual([]));
  it("reads a clock time on the day of the previous date", () => expect(timex("Hier à 14 h 30, la séance a repris.")).toEqual([["Hier", "DATE", "2023-04-10"], ["14 h 30", "TIME", "2023-04-10T14:30"]]));
  it("reads 'chaque année' as a set", () => expect(timex("Le salon a lieu chaque année.")).toEqual([["chaque année", "SET", "P1Y"]]));
  it("keeps 'il y a deux ans' a date although 'deux ans' is a duration", () => expect(timex("Il y a deux ans, il a racheté Twitter.")).toEqual([["Il y a deux ans", "DATE", "2021"]]));
});
