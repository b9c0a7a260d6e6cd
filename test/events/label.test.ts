// Event labels: deterministic English phrases from type, modality and roles.
import { describe, expect, it } from "vitest";
import { eventLabel, formatKey } from "../../loaders/events/label.ts";
import type { EventRoles, Modality } from "../../loaders/types.ts";

const roles = (r: Partial<EventRoles>): EventRoles => ({ agent: "musk", patients: [], things: [], amounts: [], attempted: false, response: false, ...r });
const name = (id: string) => ({ musk: "Elon Musk", openai: "OpenAI", twitter: "Twitter" })[id] ?? id;

describe("eventLabel", () => {
  it.each([
    ["acquire", "asserted", roles({ things: ["GPU=10000"], amounts: ["USD=10000000..100000000"] }), "Elon Musk acquires 10 000 GPU for $10M–100M"],
    ["invest", "reported", roles({ patients: ["openai"], amounts: ["USD=100000000"] }), "Elon Musk invests $100M in OpenAI"],
    ["take_control", "asserted", roles({ patients: ["twitter"], amounts: ["USD=44000000000"] }), "Elon Musk takes control of Twitter for $44bn"],
    ["take_control", "reported", roles({}), "Elon Musk takes control"],
    ["take_control", "reported", roles({ patients: ["openai"], attempted: true }), "Elon Musk tries to take control of OpenAI"],
    ["acquire", "planned", roles({ patients: ["twitter"] }), "Elon Musk plans to acquire Twitter"],
    ["acquire", "negated", roles({ patients: ["twitter"] }), "Elon Musk does not acquire Twitter"],
    ["acquire", "hypothetical", roles({ patients: ["twitter"] }), "Elon Musk may acquire Twitter"],
    ["found", "asserted", roles({ agent: null, patients: ["openai"] }), "Founding of OpenAI"],
  ] as Array<[string, Modality, EventRoles, string]>)("%s %s -> %s", (type, modality, r, label) => {
    expect(eventLabel(type, modality, r, name)).toBe(label);
  });
  it("formats figure keys", () => {
    expect([formatKey("GPU=10000"), formatKey("EUR=1500000000"), formatKey("percent=49")]).toEqual(["10 000 GPU", "€1.5bn", "49%"]);
  });
});
