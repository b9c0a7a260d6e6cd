// Short readable labels, in English whatever the article language, built from the event type, its
// modality, its doer, what it was done to and its key figure: "Elon Musk acquires 10 000 GPU".
import type { EventRoles, Modality } from "../types.ts";

/** [base form, third person, noun for events without a doer]. */
const VERBS: Record<string, [string, string, string]> = {
  acquire: ["acquire", "acquires", "Acquisition of"],
  spend: ["spend", "spends", "Spending"],
  hire: ["hire", "hires", "Hiring of"],
  found: ["found", "founds", "Founding of"],
  launch: ["launch", "launches", "Launch of"],
  invest: ["invest in", "invests in", "Investment in"],
  raise: ["raise", "raises", "Fundraising"],
  leave: ["leave", "leaves", "Departure from"],
  take_control: ["take control of", "takes control of", "Takeover of"],
  reject: ["reject", "rejects", "Rejection"],
  sign: ["sign", "signs", "Signature"],
  sue: ["sue", "sues", "Lawsuit against"],
  announce: ["announce", "announces", "Announcement of"],
  criticize: ["criticize", "criticizes", "Criticism of"],
  partner: ["partner with", "partners with", "Partnership with"],
  fire: ["fire", "fires", "Dismissal of"],
  sell: ["sell", "sells", "Sale of"],
  merge: ["merge with", "merges with", "Merger with"],
  join: ["join", "joins", "Arrival at"],
  rename: ["rename", "renames", "Renaming of"],
  return: ["return to", "returns to", "Return to"],
  appoint: ["appoint", "appoints", "Appointment of"],
  publish: ["publish", "publishes", "Publication"],
  withdraw: ["withdraw from", "withdraws from", "Withdrawal from"],
  lose: ["lose", "loses", "Loss"],
  integrate: ["integrate", "integrates", "Integration of"],
};

const CURRENCY: Record<string, string> = { USD: "$", EUR: "€", GBP: "£" };

function compact(n: number): string {
  const abs = Math.abs(n);
  const short = (x: number) => (Math.round(x * 10) / 10).toString();
  if (abs >= 1e9) return short(n / 1e9) + "bn";
  if (abs >= 1e6) return short(n / 1e6) + "M";
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** "GPU=10000" -> "10 000 GPU"; "USD=1e7..1e8" -> "$10M–100M". */
export function formatKey(key: string): string {
  const [unit, range] = key.split("=");
  const [low, high] = range.split("..").map(Number);
  const amount = high === undefined || high === low ? compact(low) : `${compact(low)}–${compact(high)}`;
  const sign = CURRENCY[unit];
  return sign ? `${sign}${amount}` : unit === "percent" ? `${amount}%` : `${amount} ${unit}`;
}

export function eventLabel(type: string, modality: Modality, roles: EventRoles, name: (id: string) => string): string {
  const [base, third, noun] = VERBS[type] ?? [type, type + "s", type];
  const patients = roles.patients.slice(0, 3).map(name);
  const who = patients.length > 1 ? `${patients.slice(0, -1).join(", ")} and ${patients[patients.length - 1]}` : patients[0] ?? "";
  const thing = patients.length > 0 ? "" : roles.things[0] ? formatKey(roles.things[0]) : roles.object ? `the ${roles.object}` : "";
  const money = roles.amounts[0] ? formatKey(roles.amounts[0]) : "";
  if (!roles.agent) return [noun, who || thing, money && `(${money})`].filter(Boolean).join(" ");
  const attempt = roles.attempted ? "try to " : "";
  const verb =
    modality === "planned" ? `plans to ${attempt}${base}` :
    modality === "hypothetical" ? `may ${attempt}${base}` :
    modality === "negated" ? `does not ${attempt}${base}` :
    roles.attempted ? `tries to ${base}` : third;
  // "invests $100M in OpenAI": the amount goes before a trailing preposition.
  const [head, prep] = /^(.*?)(?: (in|of|with|from))?$/.exec(verb)!.slice(1) as [string, string | undefined];
  const object = [thing, who && prep ? `${prep} ${who}` : who].filter(Boolean).join(" ");
  // Money goes before the preposition of a giving verb ("invests $100M in OpenAI"), else at the end ("for $44bn").
  if (prep && (type === "invest" || type === "raise")) return [name(roles.agent), head, money, object].filter(Boolean).join(" ");
  if (prep) return [name(roles.agent), who ? verb : verb.slice(0, -prep.length - 1), who, money && `for ${money}`].filter(Boolean).join(" ");
  return [name(roles.agent), verb, object, money && (object ? `for ${money}` : money)].filter(Boolean).join(" ");
}
