// src/content-io/read-content.ts
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parse, YAMLParseError } from "yaml";

// src/schemas/common.ts
import { z } from "zod";
var IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase kebab-case (a-z, 0-9, single hyphens)");
var IdListSchema = z.array(IdSchema).refine((ids) => new Set(ids).size === ids.length, "lists the same id more than once");
var TextSchema = z.string().trim().min(1, "must not be empty");

// src/schemas/attribution.ts
import { z as z2 } from "zod";
var ATTRIBUTION_KINDS = [
  "official-record",
  "on-the-record",
  "report-assessment",
  "third-party",
  "multiple-unnamed-sources",
  "single-unnamed-source",
  "reportedly",
  "stated-unknown",
  "denied",
  "no-response"
];
var AttributionKindSchema = z2.enum(ATTRIBUTION_KINDS);

// src/schemas/source.ts
import { z as z3 } from "zod";
var SourceSchema = z3.strictObject({
  /** A descriptive title for the report, in our words when the report has none. */
  title: TextSchema,
  /** Who published the report, when that is known; omitted otherwise, never guessed. */
  publisher: TextSchema.optional(),
  /**
   * The short label citations show before the paragraph ("Report A ¶1"). Defaults to the
   * publisher, or "Report" with a letter when several sources would share it.
   */
  short: TextSchema.optional(),
  /** What kind of document this is, e.g. "news report". */
  kind: TextSchema.default("news report"),
  /** How the report counts paragraphs: its non-empty lines, 1 to paragraphCount. */
  paragraphCount: z3.number().int().positive(),
  /** Our own digest of each paragraph, in order: item N describes paragraph N. */
  paragraphs: z3.array(TextSchema).min(1),
  /** An editorial note about the source as a whole (e.g. a known inconsistency). */
  note: TextSchema.optional()
});

// src/schemas/claim.ts
import { z as z4 } from "zod";
var ClaimSchema = z4.strictObject({
  /** The statement, in our own words, with the report's hedging kept. */
  statement: TextSchema,
  /** The id of the source that makes the statement. */
  source: IdSchema,
  /** The source's paragraph numbers (1-based) the statement comes from. */
  paragraphs: z4.array(z4.number().int().positive()).min(1).refine((ns) => new Set(ns).size === ns.length, "lists the same paragraph more than once"),
  /** How the report sources the statement. */
  attribution: AttributionKindSchema,
  /** Actors the report attributes the statement to (a named speaker, a denying party...). */
  attributedTo: IdListSchema.default([]),
  /** A person's own words as the report quotes them, verbatim; shown in quotation marks. */
  quote: TextSchema.optional()
});

// src/schemas/actor.ts
import { z as z5 } from "zod";
var ACTOR_KINDS = ["person", "organization", "group"];
var ActorSchema = z5.strictObject({
  /** The name with its diacritics, e.g. "Ana Gómez Núñez". */
  name: TextSchema,
  /** Person, organization or group. */
  kind: z5.enum(ACTOR_KINDS),
  /** Other names readers may type: plain spellings without diacritics, short names, titles. */
  aliases: z5.array(TextSchema).default([]),
  /** The actor's role as of the report, in a few words. */
  role: TextSchema,
  /** What the report says about the actor, in our words. */
  summary: TextSchema,
  /** Claims that support the role and summary. */
  claims: IdListSchema.min(1, "an actor needs at least one claim"),
  /** Optional fixed position on the relationship map, as fractions of its width and height. */
  pin: z5.strictObject({ x: z5.number().min(0).max(1), y: z5.number().min(0).max(1) }).optional()
});

// src/schemas/relation.ts
import { z as z6 } from "zod";
var RelationSchema = z6.strictObject({
  /** The actor the relation starts from. */
  source: IdSchema,
  /** The actor the relation points to. */
  target: IdSchema,
  /** A short kebab-case type used for filtering, e.g. "funding", "membership". */
  type: IdSchema,
  /** How the tie reads between the two names: "<source> <label> <target>". */
  label: TextSchema,
  /** Whether the relation has a direction (source acts on target). */
  directed: z6.boolean().default(true),
  /** Claims that state the tie. */
  claims: IdListSchema.min(1, "a relation needs at least one claim")
});

// src/schemas/event.ts
import { z as z7 } from "zod";
var EVENT_FLAGS = ["disputed", "ongoing"];
var PartialDateSchema = z7.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD").refine((value) => {
  const [y, m, d] = value.split("-").map(Number);
  if (m === void 0) return true;
  if (m < 1 || m > 12) return false;
  if (d === void 0) return true;
  const last = new Date(Date.UTC(y ?? 0, m, 0)).getUTCDate();
  return d >= 1 && d <= last;
}, "is not a calendar date");
var EventSchema = z7.strictObject({
  /** A short title. */
  title: TextSchema,
  /** One or two sentences on what happened, in our words. */
  summary: TextSchema,
  /** The date as the source gives it, at its precision. Omit when the source gives none. */
  date: PartialDateSchema.optional(),
  /** When it happened in words, as the source puts it ("in the months before the operation"). */
  when: TextSchema.optional(),
  /** The phase of the story the event belongs to. */
  phase: IdSchema.optional(),
  /** Events this one happened after, per the source. */
  after: IdListSchema.default([]),
  /** Events this one happened before, per the source. */
  before: IdListSchema.default([]),
  /**
   * Ids from `after`/`before` whose order is our inference, not stated by the source; the
   * timeline and its text say so wherever that order is shown.
   */
  inferred: IdListSchema.default([]),
  /** Whether the event is a stretch of time (talks that went on) rather than a moment. */
  span: z7.boolean().default(false),
  /** Marks such as `disputed` or `ongoing`. */
  flags: z7.array(z7.enum(EVENT_FLAGS)).default([]),
  /** The explainer that discusses a flag (e.g. the editorial note on a disputed date). */
  note: IdSchema.optional(),
  /** Actors involved. */
  actors: IdListSchema.min(1, "an event needs at least one actor"),
  /** Claims that state the event. */
  claims: IdListSchema.min(1, "an event needs at least one claim")
}).refine((e) => e.inferred.every((id) => e.after.includes(id) || e.before.includes(id)), {
  path: ["inferred"],
  error: "lists an event that is in neither `after` nor `before`"
});

// src/schemas/phase.ts
import { z as z8 } from "zod";
var PhaseSchema = z8.strictObject({
  /** A short title, e.g. "Back channel". */
  title: TextSchema,
  /** One sentence on what the phase covers. */
  summary: TextSchema,
  /** Position of the phase in the story, ascending. */
  order: z8.number().int()
});

// src/schemas/explainer.ts
import { z as z9 } from "zod";
var ExplainerSchema = z9.strictObject({
  /** The page title. */
  title: TextSchema,
  /** One or two sentences shown in lists, search results and meta descriptions. */
  summary: TextSchema,
  /** Position in the explainer list, ascending. */
  order: z9.number().int(),
  /**
   * Former slugs of this page, each optionally with the `#section` its content moved to. Each
   * gets a small redirect page at its old address, so links and embeds elsewhere keep working.
   */
  redirectFrom: z9.array(
    z9.string().regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/,
      'must be a former slug, optionally with a #section: "old-slug" or "old-slug#section"'
    )
  ).default([])
});

// src/schemas/site.ts
import { z as z10 } from "zod";
var CitedTextSchema = z10.strictObject({
  /** The statement, in our words. */
  text: TextSchema,
  /** Claims that support it. */
  claims: IdListSchema.min(1, "needs at least one claim")
});
var KeyFigureSchema = z10.strictObject({
  /** The figure as shown, e.g. "$25 million". */
  value: TextSchema,
  /** What the figure is. */
  label: TextSchema,
  /** Claims that support it. */
  claims: IdListSchema.min(1, "needs at least one claim")
});
var SiteSchema = z10.strictObject({
  /** The site's name, shown in the header and page titles. */
  title: TextSchema,
  /** A one-line description used in meta tags. */
  description: TextSchema,
  /** The content language, as a BCP 47 tag. */
  lang: TextSchema.default("en"),
  /** The source the story is built from; shown in credits and embeds. */
  primarySource: IdSchema,
  /** The home page's lead paragraph. */
  lead: CitedTextSchema,
  /** The story in brief: a few cited statements. */
  brief: z10.array(CitedTextSchema).min(1),
  /** Key figures with their claims. */
  keyFigures: z10.array(KeyFigureSchema).default([])
});

// src/lib/content/integrity.ts
function checkIntegrity(story) {
  const problems = [];
  const error = (file, message) => problems.push({ severity: "error", file, message });
  const warn = (file, message) => problems.push({ severity: "warning", file, message });
  const sources = indexById(story.sources, "source", error);
  const claims = indexById(story.claims, "claim", error);
  const actors = indexById(story.actors, "actor", error);
  indexById(story.relations, "relation", error);
  const events2 = indexById(story.events, "event", error);
  const phases2 = indexById(story.phases, "phase", error);
  const explainers = indexById(story.explainers, "explainer", error);
  const usedClaims = /* @__PURE__ */ new Set();
  const usedActors = /* @__PURE__ */ new Set();
  const refs = (file, what, ids, known, kind, used) => {
    for (const id of ids) {
      if (!known.has(id))
        error(file, `${what} refers to unknown ${kind} "${id}"${suggest(id, known)}`);
      used?.add(id);
    }
  };
  const site = story.site;
  refs(site.file, "primarySource", [site.data.primarySource], sources, "source");
  refs(site.file, "lead", site.data.lead.claims, claims, "claim", usedClaims);
  for (const [i, item] of site.data.brief.entries())
    refs(site.file, `brief[${i}]`, item.claims, claims, "claim", usedClaims);
  for (const [i, item] of site.data.keyFigures.entries())
    refs(site.file, `keyFigures[${i}]`, item.claims, claims, "claim", usedClaims);
  const shortLabels = /* @__PURE__ */ new Map();
  for (const source of story.sources) {
    const { short } = source.data;
    if (short === void 0) continue;
    const other = shortLabels.get(short);
    if (other !== void 0)
      error(
        source.file,
        `field "short" is "${short}", the same as in ${other}: give each source its own short label`
      );
    else shortLabels.set(short, source.file);
  }
  for (const source of story.sources) {
    const { paragraphCount, paragraphs } = source.data;
    if (paragraphs.length !== paragraphCount)
      error(
        source.file,
        `has ${paragraphs.length} paragraph digests but paragraphCount is ${paragraphCount}`
      );
  }
  for (const claim of story.claims) {
    const source = sources.get(claim.data.source);
    refs(claim.file, "source", [claim.data.source], sources, "source");
    if (source) {
      for (const n of claim.data.paragraphs)
        if (n > source.data.paragraphCount)
          error(
            claim.file,
            `cites paragraph ${n}, but source "${source.id}" has ${source.data.paragraphCount} paragraphs`
          );
    }
    refs(claim.file, "attributedTo", claim.data.attributedTo, actors, "actor", usedActors);
  }
  for (const actor of story.actors)
    refs(actor.file, "claims", actor.data.claims, claims, "claim", usedClaims);
  for (const relation of story.relations) {
    const { source, target } = relation.data;
    refs(relation.file, "source", [source], actors, "actor", usedActors);
    refs(relation.file, "target", [target], actors, "actor", usedActors);
    if (source === target) error(relation.file, `relates actor "${source}" to itself`);
    refs(relation.file, "claims", relation.data.claims, claims, "claim", usedClaims);
  }
  for (const event of story.events) {
    const { data, file } = event;
    refs(file, "actors", data.actors, actors, "actor", usedActors);
    refs(file, "claims", data.claims, claims, "claim", usedClaims);
    refs(file, "after", data.after, events2, "event");
    refs(file, "before", data.before, events2, "event");
    if (data.phase !== void 0) refs(file, "phase", [data.phase], phases2, "phase");
    if (data.note !== void 0) refs(file, "note", [data.note], explainers, "explainer");
    if (data.after.includes(event.id) || data.before.includes(event.id))
      error(file, "is ordered relative to itself");
    if (data.date === void 0 && data.after.length === 0 && data.before.length === 0 && data.phase === void 0)
      error(
        file,
        "has neither a date, an order nor a phase: give the date the source states, list events it comes after or before, or put it in a phase"
      );
    if (data.date === void 0 && data.when === void 0)
      error(file, "has no date, so it needs `when`: the timing in words, as the source gives it");
    if (data.flags.includes("disputed") && data.note === void 0)
      error(file, "is flagged disputed but has no `note` naming the explainer that discusses it");
  }
  for (const event of story.events) {
    const phaseOf = (e) => e?.data.phase === void 0 ? void 0 : phases2.get(e.data.phase)?.data.order;
    const own = phaseOf(event);
    if (own === void 0) continue;
    for (const id of event.data.after) {
      const other = phaseOf(events2.get(id));
      if (other !== void 0 && other > own)
        error(
          event.file,
          `comes after "${id}", which is in a later phase: the order and the phases disagree`
        );
    }
    for (const id of event.data.before) {
      const other = phaseOf(events2.get(id));
      if (other !== void 0 && other < own)
        error(
          event.file,
          `comes before "${id}", which is in an earlier phase: the order and the phases disagree`
        );
    }
  }
  for (const cycle of findOrderCycles(story.events))
    error(
      events2.get(cycle[0] ?? "")?.file ?? "content/events",
      `event order has a cycle: ${cycle.join(" \u2192 ")} \u2192 ${cycle[0] ?? ""}`
    );
  const formerSlugs = /* @__PURE__ */ new Map();
  for (const explainer of story.explainers) {
    for (const from of explainer.data.redirectFrom) {
      const slug = from.split("#")[0] ?? from;
      if (explainers.has(slug))
        error(
          explainer.file,
          `redirectFrom "${from}" is the slug of an existing explainer; a page cannot redirect from a live page`
        );
      const other = formerSlugs.get(slug);
      if (other !== void 0)
        error(explainer.file, `redirectFrom "${slug}" is also claimed by ${other}`);
      formerSlugs.set(slug, explainer.file);
    }
  }
  for (const explainer of story.explainers) {
    refs(explainer.file, "<Cite>", explainer.cites, claims, "claim", usedClaims);
    refs(explainer.file, "<Actor>", explainer.actorLinks, actors, "actor", usedActors);
    refs(explainer.file, "<See>", explainer.explainerLinks, explainers, "explainer");
  }
  for (const actor of story.actors)
    if (!usedActors.has(actor.id))
      warn(actor.file, `actor "${actor.id}" is in no relation, event, attribution or explainer`);
  for (const claim of story.claims)
    if (!usedClaims.has(claim.id))
      warn(
        claim.file,
        `claim "${claim.id}" is cited by no actor, relation, event, explainer or the home page`
      );
  return problems;
}
function indexById(entries, kind, error) {
  const map = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const previous = map.get(entry.id);
    if (previous)
      error(entry.file, `duplicate ${kind} id "${entry.id}", also used by ${previous.file}`);
    else map.set(entry.id, entry);
  }
  return map;
}
function findOrderCycles(events2) {
  const next = /* @__PURE__ */ new Map();
  const edge = (a, b) => {
    if (!next.has(a)) next.set(a, /* @__PURE__ */ new Set());
    next.get(a)?.add(b);
  };
  for (const e of events2) {
    for (const earlier of e.data.after) edge(earlier, e.id);
    for (const later of e.data.before) edge(e.id, later);
  }
  const cycles = /* @__PURE__ */ new Map();
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit = (id) => {
    state.set(id, "active");
    stack.push(id);
    for (const n of [...next.get(id) ?? []].sort()) {
      if (n === id) continue;
      const s = state.get(n);
      if (s === "active") {
        const cycle = stack.slice(stack.indexOf(n));
        const start = cycle.indexOf([...cycle].sort()[0] ?? "");
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(rotated.join(" "), rotated);
      } else if (s === void 0) visit(n);
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const id of [...next.keys()].sort()) if (!state.has(id)) visit(id);
  return [...cycles.values()];
}
function suggest(id, known) {
  let best;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const candidate of known.keys()) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === void 0 ? "" : ` (did you mean "${best}"?)`;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

// src/lib/content/mdx-refs.ts
var TAG = /<(Cite|Actor|See)\b([^>]*)>/g;
var ATTRS = { Cite: "claims", Actor: "id", See: "slug" };
function readMdxRefs(body) {
  const refs = { cites: [], actorLinks: [], explainerLinks: [], unreadable: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const match of body.matchAll(TAG)) {
    const [whole, tag = "", attrs = ""] = match;
    const name = ATTRS[tag] ?? "";
    const value = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
    if (value === void 0) {
      refs.unreadable.push(whole.trim());
      continue;
    }
    const ids = value.split(/\s+/).filter(Boolean);
    if (ids.length === 0) refs.unreadable.push(whole.trim());
    if (tag === "Cite") {
      for (const id of ids)
        if (!seen.has(id)) {
          seen.add(id);
          refs.cites.push(id);
        }
    } else if (tag === "Actor") refs.actorLinks.push(...ids);
    else refs.explainerLinks.push(...ids);
  }
  return refs;
}

// src/content-io/collections.ts
var COLLECTIONS = {
  sources: { pattern: "*.{yaml,yml}", schema: SourceSchema },
  claims: { pattern: "*.{yaml,yml}", schema: ClaimSchema },
  actors: { pattern: "*.{yaml,yml}", schema: ActorSchema },
  relations: { pattern: "*.{yaml,yml}", schema: RelationSchema },
  events: { pattern: "*.{yaml,yml}", schema: EventSchema },
  phases: { pattern: "*.{yaml,yml}", schema: PhaseSchema },
  explainers: { pattern: "*.{md,mdx}", schema: ExplainerSchema }
};
var SITE_FILE = "site.yaml";

// src/content-io/read-content.ts
var DATA_EXT = /* @__PURE__ */ new Set([".yaml", ".yml"]);
var PAGE_EXT = /* @__PURE__ */ new Set([".md", ".mdx"]);
var FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
function readContent(dir, root = process.cwd()) {
  const problems = [];
  const rel = (file) => {
    const relative = path.relative(root, file);
    return relative === "" || relative.startsWith("..") ? file : relative;
  };
  const error = (file, message) => problems.push({ severity: "error", file: rel(file), message });
  const parseData = (file, raw, schema) => {
    if (raw === null || raw === void 0) {
      error(file, "is empty");
      return void 0;
    }
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) error(file, describeIssue(issue));
    return void 0;
  };
  const readYaml = (file) => {
    try {
      return parse(readFileSync(file, "utf8"), { prettyErrors: true });
    } catch (e) {
      if (e instanceof YAMLParseError) {
        const at = e.linePos?.[0];
        const where = at ? `line ${at.line}, column ${at.col}: ` : "";
        error(file, `is not valid YAML: ${where}${e.message.split("\n")[0] ?? ""}`);
      } else error(file, `could not be read: ${String(e)}`);
      return void 0;
    }
  };
  const entries = (name, schema) => {
    const out = [];
    for (const file of listFiles(path.join(dir, name), DATA_EXT, error)) {
      const id = idOf(file, error);
      const raw = readYaml(file);
      if (raw === void 0) continue;
      const data = parseData(file, raw, schema);
      if (id !== void 0 && data !== void 0) out.push({ id, file: rel(file), data });
    }
    return out;
  };
  const sources = entries("sources", COLLECTIONS.sources.schema);
  const claims = entries("claims", COLLECTIONS.claims.schema);
  const actors = entries("actors", COLLECTIONS.actors.schema);
  const relations = entries("relations", COLLECTIONS.relations.schema);
  const events2 = entries("events", COLLECTIONS.events.schema);
  const phases2 = entries("phases", COLLECTIONS.phases.schema);
  const explainers = [];
  for (const file of listFiles(path.join(dir, "explainers"), PAGE_EXT, error)) {
    const id = idOf(file, error);
    const text = readFileSync(file, "utf8");
    const match = FRONTMATTER.exec(text);
    if (!match) {
      error(
        file,
        "has no frontmatter: start the file with a --- block holding title, summary and order"
      );
      continue;
    }
    let raw;
    try {
      raw = parse(match[1] ?? "", { prettyErrors: true });
    } catch (e) {
      error(
        file,
        `has frontmatter that is not valid YAML: ${e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e)}`
      );
      continue;
    }
    const data = parseData(file, raw, COLLECTIONS.explainers.schema);
    const refs = readMdxRefs(text.slice(match[0].length));
    for (const tag of refs.unreadable)
      error(file, `${tag} must name its ids as a plain string, e.g. claims="claim-a claim-b"`);
    if (id !== void 0 && data !== void 0)
      explainers.push({
        id,
        file: rel(file),
        data,
        cites: refs.cites,
        actorLinks: refs.actorLinks,
        explainerLinks: refs.explainerLinks
      });
  }
  const siteFile = path.join(dir, SITE_FILE);
  let site;
  if (!exists(siteFile)) error(siteFile, "is missing: every story needs its site settings");
  else {
    const raw = readYaml(siteFile);
    const data = raw === void 0 ? void 0 : parseData(siteFile, raw, SiteSchema);
    if (data) site = { id: "site", file: rel(siteFile), data };
  }
  if (problems.length > 0 || site === void 0) return { story: void 0, problems };
  const story = {
    site,
    sources,
    claims,
    actors,
    relations,
    events: events2,
    phases: phases2,
    explainers
  };
  return { story, problems: checkIntegrity(story) };
}
function listFiles(folder, extensions, error) {
  if (!exists(folder)) return [];
  const files = [];
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith(".") || name.startsWith("_")) continue;
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) error(file, "is a folder: collections hold files only");
    else if (extensions.has(path.extname(name))) files.push(file);
    else error(file, `is not a ${[...extensions].join(" or ")} file, so it would be ignored`);
  }
  return files;
}
function idOf(file, error) {
  const id = path.basename(file, path.extname(file));
  const result = IdSchema.safeParse(id);
  if (result.success) return id;
  error(
    file,
    `has a file name that is not a valid id: "${id}" ${result.error.issues[0]?.message ?? ""}`
  );
  return void 0;
}
function describeIssue(issue) {
  const field = issue.path.length ? `field "${issue.path.join(".")}"` : "the file";
  if (issue.code === "unrecognized_keys")
    return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}${issue.path.length ? ` in ${issue.path.join(".")}` : ""}`;
  if (issue.code === "invalid_value" && "values" in issue)
    return `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue.code === "invalid_type" && issue.message.includes("received undefined"))
    return `${field} is missing`;
  return `${field} ${issue.message.replace(/^Invalid input: /, "")}`;
}
function exists(file) {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

// src/i18n/en.ts
var en = {
  // The language itself, in its own words (the switcher shows it).
  "language.name": "English",
  // Page shell
  "shell.skip": "Skip to content",
  "shell.mainNav": "Main",
  "shell.languages": "Language",
  "shell.readIn": "Read this page in {language}",
  "shell.untranslated": "This page is not yet translated into English. It is shown in {original}, the language it was written in.",
  "shell.partlyUntranslated": "Parts of this page are not yet translated into English and are shown in {original}.",
  "shell.title": "{page} \xB7 {site}",
  "nav.explainers": "Explainers",
  "nav.actors": "Who\u2019s who",
  "nav.timeline": "Timeline",
  "nav.network": "Map",
  "nav.evidence": "Evidence",
  "nav.data": "Data",
  "theme.label": "Theme: {theme}",
  "theme.system": "system",
  "theme.light": "light",
  "theme.dark": "dark",
  "footer.builtFrom": {
    one: "Built from one source: {sources}. Every statement on this site cites the paragraph it comes from and how its source attributes it.",
    other: "Built from {count} sources: {sources}. Every statement on this site cites the paragraph it comes from and how its source attributes it."
  },
  "footer.publisher": "({publisher})",
  "footer.sources": "All sources",
  "footer.evidence": "All claims by attribution",
  "footer.data": "Download the data",
  "footer.search": "Search",
  "footer.sitemap": "Sitemap",
  "fileNotice.lead": "You are reading a saved copy from disk.",
  "fileNotice.body": "Text and charts work, but styling, search and interactive charts need the folder to be served over HTTP. In the folder that holds this site, run {python} or {npx} and open {url}.",
  // Attribution: how the report sources a claim
  "attribution.official-record.label": "Official record",
  "attribution.official-record.description": "Documented in an official record, such as a court filing or a public register.",
  "attribution.on-the-record.label": "On the record",
  "attribution.on-the-record.description": "Said publicly by a named person or body.",
  "attribution.third-party.label": "Third party",
  "attribution.third-party.description": "Reported by an outside party: neither the report itself nor the people it is about.",
  "attribution.multiple-unnamed-sources.label": "Multiple unnamed sources",
  "attribution.multiple-unnamed-sources.description": "Attributed to several sources the report does not name.",
  "attribution.single-unnamed-source.label": "Single unnamed source",
  "attribution.single-unnamed-source.description": "Attributed to one source the report does not name.",
  "attribution.reportedly.label": "Reportedly",
  "attribution.reportedly.description": "Presented as reported, with no source given.",
  "attribution.report-assessment.label": "The report\u2019s own account",
  "attribution.report-assessment.description": "Stated by the report itself, as narration or assessment, without a source.",
  "attribution.stated-unknown.label": "Stated as unknown",
  "attribution.stated-unknown.description": "The report says this is not known.",
  "attribution.denied.label": "Denied",
  "attribution.denied.description": "The subject denies it.",
  "attribution.no-response.label": "Did not respond",
  "attribution.no-response.description": "The party asked did not respond to the report\u2019s request for comment.",
  // Kinds of actor
  "actorKind.person": "person",
  "actorKind.organization": "organization",
  "actorKind.group": "group",
  "actorKind.person.title": "Person",
  "actorKind.organization.title": "Organization",
  "actorKind.group.title": "Group",
  "actorKind.person.plural": "People",
  "actorKind.organization.plural": "Organizations",
  "actorKind.group.plural": "Groups",
  // Citations, notes, claims and quotations
  "cite.label": "Source {number}: {attribution}",
  "cite.labelUnnumbered": "Source: {attribution}",
  "cite.popover": "Source of this statement",
  "notes.heading": "Sources for this page",
  "notes.evidence": "Evidence",
  "notes.back": "Back to citation {number} in the text",
  "claim.attributedTo": "Attributed to {names}",
  "claim.evidence": "Evidence",
  "claim.report": "Report",
  "claim.paragraph": "paragraph {number} of {title}",
  "quote.quoted": "Quoted:",
  "quote.translated": "our translation of the report\u2019s {language} quotation",
  "quote.original": "original",
  // Dates and time
  "date.noDate": "Date not given",
  "date.noDateGiven": "{when} (no date given)",
  "date.precision.day": "exact day given",
  "date.precision.month": "month only",
  "date.precision.year": "year only",
  "date.withPrecision": "{date} ({precision})",
  "date.disputedText": "{date}, as reported; this date is disputed",
  "date.asReportedDisputed": "(as reported; {mark}disputed)",
  "date.asReportedDisputedNote": "(as reported; {mark}disputed, {note})",
  "date.seeNote": "see the note",
  "date.whyDisputed": "Why this date is disputed",
  "date.span": "a stretch of time",
  "date.ongoing": "ongoing at the time of the report",
  // Home
  "home.eyebrow": "Explainer",
  "home.brief": "The story in brief",
  "home.keyFigures": "Key figures",
  "home.explainers": "Explainers",
  "home.explore": "Explore",
  "home.actorsCard": {
    one: "{count} person, organization or group, with what the report says about it.",
    other: "{count} people, organizations and groups, each with what the report says about them."
  },
  "home.timelineCard": {
    one: "{count} event, dated only as precisely as the report allows.",
    other: "{count} events, dated only as precisely as the report allows."
  },
  "home.networkCard": {
    one: "{count} tie between the actors, with its sources.",
    other: "{count} ties between the actors, each with its sources."
  },
  "home.evidenceCard": {
    one: "The one claim, with how the report sources it.",
    other: "All {count} claims, grouped by how the report sources them."
  },
  // Explainers
  "explainers.title": "Explainers",
  "explainers.description": "Every explainer of {site}, in reading order.",
  "explainer.more": "More explainers",
  "explainer.toc": "On this page",
  // Who's who and actor pages
  "actors.title": "Who\u2019s who",
  "actors.description": "The people, organizations and groups in {site}.",
  "actors.lede": "Everyone the report mentions, with their role as of the report. Each page lists what the report says about them and how it sources it.",
  "actor.description": "{name}: {role}. {summary}",
  "actor.aliases": "Also written as: {aliases}",
  "actor.relations": "Relations",
  "actor.noRelations": "The report states no direct tie between {name} and another actor.",
  "actor.onMap": "See {name} on the relationship map",
  "actor.events": "Events",
  "actor.noEvents": "No event in the timeline involves {name}.",
  "actor.statements": "Statements attributed to {name}",
  "actor.mentions": "In the explainers",
  "actor.noMentions": "No explainer discusses {name} yet.",
  "actor.mapTitle": "{name} and the actors tied to them",
  "actor.mapDescription": "{summary}: {name}, at the centre, and every actor the report ties to them. Shapes show the kind of actor, line styles how the report sources each tie; the same relations are listed above.",
  "actor.timelineCaption": "{name} on the timeline",
  // Evidence
  "evidence.title": "Evidence",
  "evidence.description": "Every claim in {site}, grouped by how the report sources it.",
  "evidence.lede": {
    one: "Every statement on this site rests on this one claim. It is shown with how the report sources it; we add no confidence score of our own.",
    other: "Every statement on this site rests on one of these {count} claims. They are grouped by how the report sources them; we add no confidence score of our own."
  },
  "evidence.kinds": "Attribution kinds",
  // Sources
  "sources.title": "Sources",
  "sources.description": "Every source {site} is built from, with our digest of each paragraph.",
  "sources.lede": {
    one: "This story is built from one source. Its page gives our digest of each paragraph and the claims we took from it.",
    other: "This story is built from {count} sources. Each page gives our digest of each paragraph and the claims we took from it."
  },
  "sources.kind": "Kind",
  "sources.citedAs": "Cited as",
  "sourcing.mixed": "Mixed sourcing:",
  "redirect.title": "Moved: {title} \xB7 {site}",
  "redirect.body": "This page has moved to {link}.",
  "source.eyebrow": "Source \xB7 {kind}",
  "source.description": "What each paragraph of the source says, in our words, and the claims taken from it.",
  "source.publisher": "Publisher",
  "source.noPublisher": "Not stated in the copy we worked from",
  "source.paragraphs": "Paragraphs",
  "source.paragraphCount": "{count}, numbered by the report\u2019s non-empty lines",
  "source.claims": "Claims taken",
  "source.intro": "This page does not reproduce the report. Each paragraph below is our own digest; the claims under it are the statements we took from that paragraph, with the attribution the report gives.",
  "source.byParagraph": "Paragraph by paragraph",
  "source.paragraph": "Paragraph",
  "source.claimsFrom": {
    one: "{count} claim from this paragraph",
    other: "{count} claims from this paragraph"
  },
  // Timeline
  "timeline.title": "Timeline",
  "timeline.description": "What happened when in {site}, dated only as precisely as the report allows.",
  "timeline.intro.one.all": "Every event here has a calendar date in the report, shown at the precision it gives.",
  "timeline.intro.one.most": "{dated} of the {total} events have a calendar date in the report; the others are placed by the order it gives.",
  "timeline.intro.one.few": "Most events have no calendar date in the report: they are placed by the order it gives.",
  "timeline.intro.one.none": "No event has a calendar date in the report: each is placed by the order it gives.",
  "timeline.intro.many.all": "Every event here has a calendar date in the reports, shown at the precision they give.",
  "timeline.intro.many.most": "{dated} of the {total} events have a calendar date in the reports; the others are placed by the order they give.",
  "timeline.intro.many.few": "Most events have no calendar date in the reports: they are placed by the order they give.",
  "timeline.intro.many.none": "No event has a calendar date in the reports: each is placed by the order they give.",
  "timeline.intro.disputed": {
    one: "One date, marked \u26A0, is disputed: it is shown as reported, never placed in time.",
    other: "{count} dates, marked \u26A0, are disputed: each is shown as reported, never placed in time."
  },
  "timeline.intro.unplaced": {
    one: "One event that nothing orders relative to the rest is shown apart.",
    other: "{count} events that nothing orders relative to the rest are shown apart."
  },
  "timeline.skip": "Skip the chart: every event in words",
  "timeline.caption": "The story\u2019s timeline",
  "timeline.embedCaption": "Timeline",
  "timeline.allInOrder": "Every event, in order",
  "timeline.summary": {
    one: "{count} event",
    other: "{count} events"
  },
  "timeline.summaryPhases": {
    one: "{events} in {count} phase",
    other: "{events} in {count} phases"
  },
  "timeline.figcaption": "{caption}: {summary}. {scale}",
  "timeline.scale.both": "Time runs down: a solid line is to scale, a dashed line shows order only.",
  "timeline.scale.time": "Time runs down, to scale.",
  "timeline.scale.order": "Time runs down; distances show order only.",
  "timeline.phase": "Phase",
  "timeline.allPhases": "All phases",
  "timeline.actor": "Actor",
  "timeline.allActors": "All actors",
  "timeline.selected": "Selected event",
  "timeline.close": "Close{hidden}",
  "timeline.closeHidden": " the event details",
  "timeline.involves": "Involves:",
  "timeline.howSourced": "How the report sources it",
  "timeline.inList": "This event in the list below",
  "timeline.after": "After {events}",
  "timeline.before": "Before {events}",
  "timeline.afterBefore": "After {after}; before {before}",
  "timeline.inferred": "(our inference: no source states this order)",
  "timeline.unplacedEvent": "Not placed in time: nothing in the sources orders it relative to the rest of the timeline.",
  "timeline.showOnChart": "Show on the chart",
  "timeline.otherPhase": "Not in a phase",
  "timeline.unordered": "order among these not stated",
  "timeline.unplaced.title": "Not placed in time",
  "timeline.unplaced.note": "Nothing in the sources orders these events relative to the timeline.",
  "timeline.unplaced.listNote": "Nothing in the sources orders these events relative to the events above, so the chart draws them apart.",
  "timeline.phaseOrderInferred": "No stated order puts this phase after the one before it: its place here is our reading.",
  "timeline.markDisputed": "\u26A0 {date}, as reported; disputed",
  "timeline.markOngoing": "{time} \xB7 ongoing",
  "timeline.markOngoingOnly": "ongoing",
  "timeline.markNoDate": "No date given",
  "timeline.describeSpan": "A stretch of time.",
  "timeline.describeOngoing": "Ongoing at the time of the report.",
  "timeline.describeUnplaced": "Not placed in time relative to the rest of the timeline.",
  "timeline.describePhase": "Phase: {phase}.",
  "timeline.describeActors": "Involves {names}.",
  "timeline.key": "Key to the timeline",
  "timeline.key.day": "Exact day given",
  "timeline.key.month": "Month given, not the day",
  "timeline.key.year": "Year given, nothing more precise",
  "timeline.key.none": "No date: placed by the order given",
  "timeline.key.disputed": "Disputed date: shown as reported, never placed on the time scale",
  "timeline.key.span": "A stretch of time; it fades out where its end is not stated",
  "timeline.key.ongoing": "Ongoing at the time of the report",
  "timeline.key.axis-time": "Solid line: distances are time, to scale",
  "timeline.key.axis-order": "Dashed line: order only; distances are not time",
  "timeline.key.break": "Zigzag: a long gap in time, cut short",
  "timeline.key.group": "Bracket: the order among these events is not stated",
  "timeline.status.all": {
    one: "Showing the one event.",
    other: "Showing all {count} events."
  },
  "timeline.status.filtered": {
    one: "Showing {count} of {total} events.",
    other: "Showing {count} of {total} events."
  },
  // Relationship map
  "network.title": "Relationship map",
  "network.description": "How the actors in {site} are tied, each tie with its sources.",
  "network.lede": "Every tie between actors that the report states: {summary}. Line styles show how the report sources each tie; select an actor or a tie to see the claims behind it.",
  "network.chartTitle": "Relationship map: {summary}",
  "network.chartDescription": "Each actor is a shape: circle for a person, square for an organization, hexagon for a group, larger with more relations. Each line is a tie the report states, solid when on the record, dashed when from unnamed sources, dotted when only reported, unknown, denied or unanswered; an arrowhead gives its direction. Every tie is also listed below the map.",
  "network.embedDescription": "Each actor is a shape: circle for a person, square for an organization, hexagon for a group. Each line is a tie the report states, solid when on the record, dashed when from unnamed sources, dotted when only reported, unknown, denied or unanswered; an arrowhead gives its direction. The full page lists every tie in words.",
  "network.relations": {
    zero: "no relations",
    one: "{count} relation",
    other: "{count} relations"
  },
  "network.actors": {
    one: "{count} actor",
    other: "{count} actors"
  },
  "network.summary": "{actors} and {relations}",
  "network.node": "{name}, {kind}, {relations}",
  "network.edge": "{source} {label} {target}, {sourcing}",
  "network.mixedSourcing": "mixed sourcing: {labels}",
  "network.filters": "Filter the ties",
  "network.filterTypes": "Relation types",
  "network.filterSourcing": "Sourcing",
  "network.zoom": "Zoom",
  "network.zoomIn": "Zoom in",
  "network.zoomOut": "Zoom out",
  "network.reset": "Reset view",
  "network.help": "Tab into the map, then: arrow keys pan, + and \u2212 zoom (Ctrl + scroll or pinch also zoom). Tab again to reach the actors: arrow keys move between connected actors, Enter shows details, Escape clears.",
  "network.close": "Close{hidden}",
  "network.closeHidden": " details",
  "network.key": "Key",
  "network.keySize": "Larger shape: more relations",
  "network.keyLine.solid": "Solid line: {labels}",
  "network.keyLine.dashed": "Dashed line: {labels}",
  "network.keyLine.dotted": "Dotted line: {labels}",
  "network.keyLine.mixed": "Dash-dot line: mixed sourcing, the tie\u2019s claims are sourced differently; its details list each",
  "network.keyArrow": "Arrowhead: the tie runs one way, in the arrow\u2019s direction",
  "network.line.solid": "solid",
  "network.line.dashed": "dashed",
  "network.line.dotted": "dotted",
  "network.openPage": "Open the page on {name}",
  "network.whatReportSays": "What the report says, and how it sources it",
  "network.onThisMap": "{relations} on this map",
  "network.oneWay": "One way, from {source} to {target}.",
  "network.noDirection": "No direction: it ties both actors alike.",
  "network.drawnAs": "Drawn as a {line} line:",
  "network.drawnMixed": "Drawn as a dash-dot line, for mixed sourcing: its claims are sourced differently.",
  "network.claimsBehind": {
    one: "The claim behind this tie",
    other: "The {count} claims behind this tie"
  },
  "network.showOnMap": "Show on the map:",
  "network.inTwin": "This relation in the list below the map",
  "network.twinRelations": "Every relation on the map",
  "network.twinLede": "{summary}, grouped by type. Each tie shows how the report sources it; the numbers lead to the claims behind it.",
  "network.twinActors": "Actors on the map",
  "network.twinActor": "{name}, {kind}: {relations}",
  "network.show": "Show on the map",
  "network.status.details": "Showing details of {name}.",
  "network.status.shown": {
    one: "Showing {count} of {total} relations.",
    other: "Showing {count} of {total} relations."
  },
  // Search
  "search.title": "Search",
  "search.description": "Search {site}: explainers, people, events and claims.",
  "search.button": "Search",
  "search.close": "Close{hidden}",
  "search.closeHidden": " search",
  "search.noJs": "Search runs in your browser and needs JavaScript, which is off or did not load. Without it, browse {actors} or {evidence}.",
  "search.noJsActors": "everyone in the story",
  "search.noJsEvidence": "every claim by how the report sources it",
  "search.label": "Search names, events, claims and pages",
  "search.hint": "Results update as you type. Use the up and down arrow keys to choose a result and Enter to open it.",
  "search.submit": "Search",
  "search.show": "Show",
  "search.all": "All",
  "search.sourcedAs": "Claims sourced as",
  "search.any": "Any",
  "search.openPage": "Open on the search page",
  "search.results": "Search results",
  "search.more": "Show more results",
  "search.kind.explainer": "Explainers",
  "search.kind.actor": "Who\u2019s who",
  "search.kind.event": "Events",
  "search.kind.claim": "Claims",
  "search.kind.source": "Sources",
  "search.kind.page": "Other pages",
  "search.badge.explainer": "Explainer",
  "search.badge.actor": "Who\u2019s who",
  "search.badge.event": "Event",
  "search.badge.claim": "Claim",
  "search.badge.source": "Source",
  "search.badge.page": "Page",
  "search.section": "Section: ",
  "search.status.items": {
    one: "{count} item{scope}.",
    other: "{count} items{scope}."
  },
  "search.status.found": {
    one: "{count} result for \u201C{query}\u201D{scope}.",
    other: "{count} results for \u201C{query}\u201D{scope}."
  },
  "search.status.none": "No results for \u201C{query}\u201D{scope}. Try fewer words, another spelling or no filter.",
  "search.status.showing": {
    one: "Showing {shown} of {count} result.",
    other: "Showing {shown} of {count} results."
  },
  "search.scope.kind": " in {kind}",
  "search.scope.attribution": " among claims sourced as {attribution}",
  "search.unavailable": "Search could not load its index. It works when the built site is served over HTTP, not opened from files.",
  "search.unavailableDev": "No search index in development: search runs on the built site. Run: npm run build && npm run preview",
  "search.record.alsoWritten": "Also written as {names}",
  "search.record.involves": "Involves {names}",
  "search.record.quoted": "Quoted: \u201C{quote}\u201D",
  "search.record.attributedTo": "Attributed to {names}",
  "search.record.paragraphs": {
    one: "paragraph {list}",
    other: "paragraphs {list}"
  },
  "search.record.sourceParagraphs": {
    one: "{source}, paragraph {list}",
    other: "{source}, paragraphs {list}"
  },
  // Data downloads
  "data.title": "Data",
  "data.description": "Download the data behind {site}: actors, relations, events, claims and sources as JSON and CSV, and the network for Gephi.",
  "data.lede": "Everything this site shows comes from these files. Each claim names its source paragraphs and how the report sources it; actors, relations and events list the claims they rest on.",
  "data.version": "Version {version}: a fingerprint of the content, which changes whenever any of it changes. Every file carries its source and this version (JSON in {meta}, CSV in the {sources} and {versionColumn} columns).",
  "data.language": "These files carry the {language} text of this edition; the {field} field of each file\u2019s {meta} names it.",
  "data.downloads": "Downloads",
  "data.tableCaption": "Datasets with their downloads",
  "data.dataset": "Dataset",
  "data.holds": "What it holds",
  "data.files": "Files",
  "data.of": " of {dataset}",
  "data.ofNetwork": " of the network",
  "data.rows": {
    one: "{description} ({count} row)",
    other: "{description} ({count} rows)"
  },
  "data.kb": "{count} KB",
  "data.fields": "Fields",
  "data.csvNote": "In CSV files, lists are joined with \u201C; \u201D. The files are UTF-8 with a byte-order mark, so spreadsheets keep accented names intact.",
  "data.cite": "How to cite",
  "data.citeIntro": "Cite the claim, not just the site: each claim has a stable id and an address on the {evidence}, and names the paragraphs of the source it comes from. For example:",
  "data.citeEvidence": "evidence page",
  "data.citeExample": "{site}, claim {id}, data version {version}, based on {source}.",
  "data.citeAnySource": "<the claim\u2019s source>",
  "data.citeKeep": "Keep the attribution the data gives: a claim from unnamed sources is a claim from unnamed sources, not an established fact.",
  "data.name.actors": "actors",
  "data.name.relations": "relations",
  "data.name.events": "events",
  "data.name.claims": "claims",
  "data.name.sources": "sources",
  "data.name.network": "network",
  "data.set.actors": "People, organizations and groups in the story.",
  "data.set.relations": "Ties between two actors that the source states.",
  "data.set.events": "Events, dated only as precisely as the source allows.",
  "data.set.claims": "Atomic statements taken from the source, with paragraph numbers and attribution.",
  "data.set.sources": "The reports the story is built from.",
  "data.set.network": "Actors and the ties between them.",
  "data.gexf": "The relationship map for Gephi: actors as nodes, relations as edges.",
  "data.gexfDescription": {
    one: "{title}. Source: {sources}. Version {version}.",
    other: "{title}. Sources: {sources}. Version {version}."
  },
  "data.field.id": "Stable identifier.",
  "data.field.actor.name": "Name with diacritics.",
  "data.field.actor.kind": "person, organization or group.",
  "data.field.actor.aliases": "Other spellings and descriptions.",
  "data.field.actor.role": "Role as of the report.",
  "data.field.actor.summary": "What the report says about the actor, in our words.",
  "data.field.actor.claims": "Ids of the claims supporting role and summary.",
  "data.field.actor.url": "The actor\u2019s page.",
  "data.field.relation.source": "Actor id the tie starts from.",
  "data.field.relation.target": "Actor id the tie points to.",
  "data.field.relation.type": "Short type used for filtering.",
  "data.field.relation.label": "Reads as \u201Csource label target\u201D.",
  "data.field.relation.directed": "Whether the tie has a direction.",
  "data.field.relation.attributions": "Every attribution among its claims, once each, in the vocabulary\u2019s order; the claims dataset gives each claim\u2019s own.",
  "data.field.relation.mixedSourcing": "Whether its claims are sourced differently (more than one attribution).",
  "data.field.relation.claims": "Ids of the claims stating the tie.",
  "data.field.event.title": "Short title.",
  "data.field.event.date": "Date as the source states it (YYYY, YYYY-MM or YYYY-MM-DD), empty when it gives none.",
  "data.field.event.datePrecision": "year, month or day; empty when undated.",
  "data.field.event.when": "The timing in words, as the source gives it.",
  "data.field.event.after": "Events this one came after, per the source.",
  "data.field.event.before": "Events this one came before, per the source.",
  "data.field.event.phase": "Phase of the story.",
  "data.field.event.span": "A stretch of time rather than a moment.",
  "data.field.event.flags": "disputed (the stated date is in doubt), ongoing.",
  "data.field.event.actors": "Actor ids involved.",
  "data.field.event.claims": "Ids of the claims stating the event.",
  "data.field.event.url": "The event on the timeline.",
  "data.field.claim.statement": "The claim in our words.",
  "data.field.claim.source": "Source id.",
  "data.field.claim.paragraphs": "Paragraph numbers of the source (its non-empty lines).",
  "data.field.claim.attribution": "How the report sources the claim.",
  "data.field.claim.attributedTo": "Actor ids the report attributes it to.",
  "data.field.claim.quote": "A person\u2019s words as quoted, verbatim.",
  "data.field.claim.quoteTranslation": "Our translation of the quotation, when this edition is in another language than the report.",
  "data.field.claim.url": "The claim on the evidence page.",
  "data.field.source.title": "Descriptive title.",
  "data.field.source.publisher": "Publisher, empty when unknown.",
  "data.field.source.short": "The short label citations give the source, e.g. \u201CReport A\u201D.",
  "data.field.source.kind": "Kind of document.",
  "data.field.source.paragraphCount": "Number of paragraphs (non-empty lines).",
  "data.field.source.url": "Our paragraph-by-paragraph digest.",
  "data.type.string": "string",
  "data.type.integer": "integer",
  "data.type.boolean": "boolean",
  "data.type.list": "list",
  "data.type.date": "date",
  // Embeds and the gallery
  "embed.title": "Embed a chart",
  "embed.description": "Put the relationship map or the timeline of {site} in your own article: snippets, options and downloads.",
  "embed.lede": "Every chart here can go into your own article. Paste the snippet into your CMS: the chart keeps its sources and links back here, fits its height to its content, follows your reader\u2019s light or dark setting, and works without JavaScript at a fixed height.",
  "embed.scripts": "The resizing also works with the scripts many newsrooms already run for pym.js, Datawrapper or AMP embeds. If your CMS strips scripts, use the fixed-height snippet. The data behind every chart is on the {data}.",
  "embed.dataPage": "data page",
  "embed.options": "Options",
  "embed.theme": "Theme",
  "embed.theme.auto": "Follow the reader\u2019s setting",
  "embed.theme.light": "Light",
  "embed.theme.dark": "Dark",
  "embed.none": "None",
  "embed.plain": "No title or footer",
  "embed.static": "Static (no interaction)",
  "embed.preview": "Preview: {title}",
  "embed.snippet": "Snippet (resizes itself)",
  "embed.fixed": "Without scripts (fixed height)",
  "embed.copy": "Copy snippet",
  "embed.copied": "Snippet copied.",
  "embed.copyByHand": "Select the snippet and copy it with your keyboard.",
  "embed.download": "Download this chart:",
  "embed.fullPage": "full page",
  "embed.optionsInAddress": "Options in the address",
  "embed.opt.theme": "Colour scheme; {auto} (the default) follows the reader\u2019s setting.",
  "embed.opt.plain": "No title or footer: only the chart. Please credit the source in your article.",
  "embed.opt.static": "No interactivity: the chart as drawn, links still work.",
  "embed.opt.focus": "The map opens focused on one actor.",
  "embed.opt.event": "The timeline opens with one event selected.",
  "embed.source": {
    one: "Source: {sources}.",
    other: "Built from {count} sources: {sources}."
  },
  "embed.footer": "Every mark cites its source\u2019s paragraph and how it is sourced.",
  "embed.openFull": "Open the full version",
  "embed.getData": "Get the data",
  "embed.chart.network.title": "Relationship map of {site}: who is tied to whom, and how the report sources each tie",
  "embed.chart.network.heading": "Relationship map of {site}",
  "embed.chart.network.description": "Every actor and relation; line style shows how the report sources each tie.",
  "embed.chart.network.option": "Focus on an actor",
  "embed.chart.actor.title": "One actor\u2019s ties in {site}",
  "embed.chart.actor.heading": "One actor\u2019s ties in {site}",
  "embed.chart.actor.choiceTitle": "{name}: ties in {site}",
  "embed.chart.actor.description": "A small map of one actor and everyone the report ties to them.",
  "embed.chart.actor.option": "Actor",
  "embed.chart.timeline.title": "Timeline of {site}: events dated only as precisely as the report allows",
  "embed.chart.timeline.heading": "Timeline of {site}",
  "embed.chart.timeline.description": "Every event, by phase and in the order the report gives, with disputed dates marked.",
  "embed.chart.timeline.option": "Select an event",
  "embed.networkPage.title": "Who is tied to whom: {site}",
  "embed.networkPage.description": "Relationship map: {summary}. {site}",
  "embed.actorPage.title": "{name}: ties in {site}",
  "embed.actorPage.description": "{name}, {role}, and every actor the report ties to them.",
  "embed.timelinePage.title": "Timeline: {site}",
  "embed.timelinePage.description": "What happened when, dated only as precisely as the report allows. {site}",
  // Not found
  "notFound.title": "Page not found",
  "notFound.description": "This page does not exist.",
  "notFound.body": "There is no page at this address. It may have moved, or the link may be mistyped.",
  "notFound.home": "The story in brief",
  "notFound.explainers": "All explainers",
  "notFound.actors": "Who\u2019s who",
  "notFound.search": "Search the site"
};

// src/i18n/es.ts
var es = {
  "language.name": "Espa\xF1ol",
  "shell.skip": "Saltar al contenido",
  "shell.mainNav": "Principal",
  "shell.languages": "Idioma",
  "shell.readIn": "Leer esta p\xE1gina en {language}",
  "shell.untranslated": "Esta p\xE1gina todav\xEDa no est\xE1 traducida al espa\xF1ol. Se muestra en {original}, el idioma en que se escribi\xF3.",
  "shell.partlyUntranslated": "Partes de esta p\xE1gina todav\xEDa no est\xE1n traducidas al espa\xF1ol y se muestran en {original}.",
  "shell.title": "{page} \xB7 {site}",
  "nav.explainers": "Explicadores",
  "nav.actors": "Qui\xE9n es qui\xE9n",
  "nav.timeline": "Cronolog\xEDa",
  "nav.network": "Mapa",
  "nav.evidence": "Evidencia",
  "nav.data": "Datos",
  "theme.label": "Tema: {theme}",
  "theme.system": "el del sistema",
  "theme.light": "claro",
  "theme.dark": "oscuro",
  "footer.builtFrom": {
    one: "Elaborado a partir de una sola fuente: {sources}. Cada afirmaci\xF3n de este sitio cita el p\xE1rrafo del que procede y c\xF3mo la atribuye su fuente.",
    other: "Elaborado a partir de {count} fuentes: {sources}. Cada afirmaci\xF3n de este sitio cita el p\xE1rrafo del que procede y c\xF3mo la atribuye su fuente."
  },
  "footer.publisher": "({publisher})",
  "footer.sources": "Todas las fuentes",
  "footer.evidence": "Todas las afirmaciones seg\xFAn su atribuci\xF3n",
  "footer.data": "Descargar los datos",
  "footer.search": "Buscar",
  "footer.sitemap": "Mapa del sitio",
  "fileNotice.lead": "Est\xE1 leyendo una copia guardada en su equipo.",
  "fileNotice.body": "El texto y los gr\xE1ficos funcionan, pero los estilos, la b\xFAsqueda y los gr\xE1ficos interactivos necesitan que la carpeta se sirva por HTTP. En la carpeta que contiene este sitio, ejecute {python} o {npx} y abra {url}.",
  "attribution.official-record.label": "Registro oficial",
  "attribution.official-record.description": "Consta en un registro oficial, como un escrito judicial o un registro p\xFAblico.",
  "attribution.on-the-record.label": "Declaraci\xF3n p\xFAblica",
  "attribution.on-the-record.description": "Lo dijo p\xFAblicamente una persona o una instituci\xF3n identificada.",
  "attribution.third-party.label": "Terceros",
  "attribution.third-party.description": "Lo informa una parte externa: ni el propio informe ni las personas de las que trata.",
  "attribution.multiple-unnamed-sources.label": "Seg\xFAn varias fuentes no identificadas",
  "attribution.multiple-unnamed-sources.description": "Se atribuye a varias fuentes que el informe no identifica.",
  "attribution.single-unnamed-source.label": "Seg\xFAn una fuente no identificada",
  "attribution.single-unnamed-source.description": "Se atribuye a una sola fuente que el informe no identifica.",
  "attribution.reportedly.label": "Seg\xFAn se informa",
  "attribution.reportedly.description": "Se presenta como algo que se ha informado, sin fuente.",
  "attribution.report-assessment.label": "Relato del propio informe",
  "attribution.report-assessment.description": "Lo afirma el propio informe, como narraci\xF3n o valoraci\xF3n, sin citar una fuente.",
  "attribution.stated-unknown.label": "Se desconoce, seg\xFAn el informe",
  "attribution.stated-unknown.description": "El informe dice que esto no se sabe.",
  "attribution.denied.label": "Desmentido",
  "attribution.denied.description": "La persona o instituci\xF3n aludida lo niega.",
  "attribution.no-response.label": "Sin respuesta",
  "attribution.no-response.description": "La parte consultada no respondi\xF3 a la solicitud de comentarios del informe.",
  "actorKind.person": "persona",
  "actorKind.organization": "organizaci\xF3n",
  "actorKind.group": "grupo",
  "actorKind.person.title": "Persona",
  "actorKind.organization.title": "Organizaci\xF3n",
  "actorKind.group.title": "Grupo",
  "actorKind.person.plural": "Personas",
  "actorKind.organization.plural": "Organizaciones",
  "actorKind.group.plural": "Grupos",
  "cite.label": "Fuente {number}: {attribution}",
  "cite.labelUnnumbered": "Fuente: {attribution}",
  "cite.popover": "Fuente de esta afirmaci\xF3n",
  "notes.heading": "Fuentes de esta p\xE1gina",
  "notes.evidence": "Evidencia",
  "notes.back": "Volver a la cita {number} en el texto",
  "claim.attributedTo": "Atribuido a {names}",
  "claim.evidence": "Evidencia",
  "claim.report": "Informe",
  "claim.paragraph": "p\xE1rrafo {number} de {title}",
  "quote.quoted": "Cita:",
  "quote.translated": "traducci\xF3n nuestra de la cita en {language} del informe",
  "quote.original": "original",
  "date.noDate": "Sin fecha",
  "date.noDateGiven": "{when} (sin fecha)",
  "date.precision.day": "con d\xEDa exacto",
  "date.precision.month": "solo el mes",
  "date.precision.year": "solo el a\xF1o",
  "date.withPrecision": "{date} ({precision})",
  "date.disputedText": "{date}, seg\xFAn el informe; esta fecha est\xE1 en duda",
  "date.asReportedDisputed": "(seg\xFAn el informe; {mark}en duda)",
  "date.asReportedDisputedNote": "(seg\xFAn el informe; {mark}en duda; {note})",
  "date.seeNote": "vea la nota",
  "date.whyDisputed": "Por qu\xE9 esta fecha est\xE1 en duda",
  "date.span": "un per\xEDodo",
  "date.ongoing": "en curso al momento del informe",
  "home.eyebrow": "Explicador",
  "home.brief": "La historia en breve",
  "home.keyFigures": "Cifras clave",
  "home.explainers": "Explicadores",
  "home.explore": "Explorar",
  "home.actorsCard": {
    one: "{count} persona, organizaci\xF3n o grupo, con lo que el informe dice al respecto.",
    other: "{count} personas, organizaciones y grupos, cada uno con lo que el informe dice al respecto."
  },
  "home.timelineCard": {
    one: "{count} hecho, fechado solo con la precisi\xF3n que permite el informe.",
    other: "{count} hechos, fechados solo con la precisi\xF3n que permite el informe."
  },
  "home.networkCard": {
    one: "{count} v\xEDnculo entre los actores, con sus fuentes.",
    other: "{count} v\xEDnculos entre los actores, cada uno con sus fuentes."
  },
  "home.evidenceCard": {
    one: "La \xFAnica afirmaci\xF3n, con el modo en que la sustenta el informe.",
    other: "Las {count} afirmaciones, agrupadas seg\xFAn c\xF3mo las sustenta el informe."
  },
  "explainers.title": "Explicadores",
  "explainers.description": "Todos los explicadores de {site}, en orden de lectura.",
  "explainer.more": "M\xE1s explicadores",
  "explainer.toc": "En esta p\xE1gina",
  "actors.title": "Qui\xE9n es qui\xE9n",
  "actors.description": "Las personas, organizaciones y grupos de {site}.",
  "actors.lede": "Todos los que menciona el informe, con el cargo o papel que ten\xEDan seg\xFAn el informe. Cada p\xE1gina re\xFAne lo que el informe dice de ellos y c\xF3mo lo sustenta.",
  "actor.description": "{name}: {role}. {summary}",
  "actor.aliases": "Tambi\xE9n se escribe: {aliases}",
  "actor.relations": "Relaciones",
  "actor.noRelations": "El informe no se\xF1ala ning\xFAn v\xEDnculo directo entre {name} y otro actor.",
  "actor.onMap": "Ver a {name} en el mapa de relaciones",
  "actor.events": "Hechos",
  "actor.noEvents": "Ning\xFAn hecho de la cronolog\xEDa involucra a {name}.",
  "actor.statements": "Afirmaciones atribuidas a {name}",
  "actor.mentions": "En los explicadores",
  "actor.noMentions": "Todav\xEDa ning\xFAn explicador trata sobre {name}.",
  "actor.mapTitle": "{name} y los actores vinculados",
  "actor.mapDescription": "{summary}: {name}, en el centro, y cada actor con el que el informe lo vincula. Las formas indican el tipo de actor y los trazos, c\xF3mo sustenta el informe cada v\xEDnculo; las mismas relaciones aparecen en la lista de arriba.",
  "actor.timelineCaption": "{name} en la cronolog\xEDa",
  "evidence.title": "Evidencia",
  "evidence.description": "Todas las afirmaciones de {site}, agrupadas seg\xFAn c\xF3mo las sustenta el informe.",
  "evidence.lede": {
    one: "Todo lo que dice este sitio se apoya en esta \xFAnica afirmaci\xF3n, que se muestra con el modo en que la sustenta el informe; no a\xF1adimos ning\xFAn grado de confianza propio.",
    other: "Todo lo que dice este sitio se apoya en alguna de estas {count} afirmaciones. Est\xE1n agrupadas seg\xFAn c\xF3mo las sustenta el informe; no a\xF1adimos ning\xFAn grado de confianza propio."
  },
  "evidence.kinds": "Tipos de atribuci\xF3n",
  "sources.title": "Fuentes",
  "sources.description": "Todas las fuentes con las que se construy\xF3 {site}, con nuestro resumen de cada p\xE1rrafo.",
  "sources.lede": {
    one: "Esta historia se construy\xF3 a partir de una sola fuente. Su p\xE1gina ofrece nuestro resumen de cada p\xE1rrafo y las afirmaciones que tomamos de \xE9l.",
    other: "Esta historia se construy\xF3 a partir de {count} fuentes. Cada p\xE1gina ofrece nuestro resumen de cada p\xE1rrafo y las afirmaciones que tomamos de \xE9l."
  },
  "sources.kind": "Tipo",
  "sources.citedAs": "Se cita como",
  "sourcing.mixed": "Atribuci\xF3n mixta:",
  "redirect.title": "Se traslad\xF3: {title} \xB7 {site}",
  "redirect.body": "Esta p\xE1gina se traslad\xF3 a {link}.",
  "source.eyebrow": "Fuente \xB7 {kind}",
  "source.description": "Lo que dice cada p\xE1rrafo de la fuente, en nuestras palabras, y las afirmaciones tomadas de \xE9l.",
  "source.publisher": "Medio",
  "source.noPublisher": "No figura en la copia con la que trabajamos",
  "source.paragraphs": "P\xE1rrafos",
  "source.paragraphCount": "{count}, numerados seg\xFAn las l\xEDneas no vac\xEDas del informe",
  "source.claims": "Afirmaciones tomadas",
  "source.intro": "Esta p\xE1gina no reproduce el informe. Cada p\xE1rrafo de abajo es un resumen nuestro; las afirmaciones que lo acompa\xF1an son las que tomamos de ese p\xE1rrafo, con la atribuci\xF3n que da el informe.",
  "source.byParagraph": "P\xE1rrafo por p\xE1rrafo",
  "source.paragraph": "P\xE1rrafo",
  "source.claimsFrom": {
    one: "{count} afirmaci\xF3n de este p\xE1rrafo",
    other: "{count} afirmaciones de este p\xE1rrafo"
  },
  "timeline.title": "Cronolog\xEDa",
  "timeline.description": "Qu\xE9 pas\xF3 y cu\xE1ndo en {site}, con fechas solo tan precisas como lo permite el informe.",
  "timeline.intro.one.all": "Todos los hechos de esta cronolog\xEDa tienen fecha en el informe, con la precisi\xF3n con que la da.",
  "timeline.intro.one.most": "{dated} de los {total} hechos tienen fecha en el informe; los dem\xE1s se ubican seg\xFAn el orden que este da.",
  "timeline.intro.one.few": "La mayor\xEDa de los hechos no tiene fecha en el informe: se ubican seg\xFAn el orden que este da.",
  "timeline.intro.one.none": "Ning\xFAn hecho tiene fecha en el informe: cada uno se ubica seg\xFAn el orden que este da.",
  "timeline.intro.many.all": "Todos los hechos de esta cronolog\xEDa tienen fecha en los informes, con la precisi\xF3n con que la dan.",
  "timeline.intro.many.most": "{dated} de los {total} hechos tienen fecha en los informes; los dem\xE1s se ubican seg\xFAn el orden que estos dan.",
  "timeline.intro.many.few": "La mayor\xEDa de los hechos no tiene fecha en los informes: se ubican seg\xFAn el orden que estos dan.",
  "timeline.intro.many.none": "Ning\xFAn hecho tiene fecha en los informes: cada uno se ubica seg\xFAn el orden que estos dan.",
  "timeline.intro.disputed": {
    one: "Una fecha, marcada con \u26A0, est\xE1 en duda: se muestra tal como se inform\xF3 y nunca se ubica en el tiempo.",
    other: "{count} fechas, marcadas con \u26A0, est\xE1n en duda: cada una se muestra tal como se inform\xF3 y nunca se ubica en el tiempo."
  },
  "timeline.intro.unplaced": {
    one: "Un hecho que nada ordena respecto del resto se muestra aparte.",
    other: "{count} hechos que nada ordena respecto del resto se muestran aparte."
  },
  "timeline.skip": "Saltar el gr\xE1fico: todos los hechos en texto",
  "timeline.caption": "La cronolog\xEDa de la historia",
  "timeline.embedCaption": "Cronolog\xEDa",
  "timeline.allInOrder": "Todos los hechos, en orden",
  "timeline.summary": {
    one: "{count} hecho",
    other: "{count} hechos"
  },
  "timeline.summaryPhases": {
    one: "{events} en {count} etapa",
    other: "{events} en {count} etapas"
  },
  "timeline.figcaption": "{caption}: {summary}. {scale}",
  "timeline.scale.both": "El tiempo corre hacia abajo: una l\xEDnea continua est\xE1 a escala; una discontinua muestra solo el orden.",
  "timeline.scale.time": "El tiempo corre hacia abajo, a escala.",
  "timeline.scale.order": "El tiempo corre hacia abajo; las distancias muestran solo el orden.",
  "timeline.phase": "Etapa",
  "timeline.allPhases": "Todas las etapas",
  "timeline.actor": "Actor",
  "timeline.allActors": "Todos los actores",
  "timeline.selected": "Hecho seleccionado",
  "timeline.close": "Cerrar{hidden}",
  "timeline.closeHidden": " los detalles del hecho",
  "timeline.involves": "Involucra a:",
  "timeline.howSourced": "C\xF3mo lo sustenta el informe",
  "timeline.inList": "Este hecho en la lista de abajo",
  "timeline.after": "Despu\xE9s de {events}",
  "timeline.before": "Antes de {events}",
  "timeline.afterBefore": "Despu\xE9s de {after}; antes de {before}",
  "timeline.inferred": "(deducci\xF3n nuestra: ninguna fuente indica este orden)",
  "timeline.unplacedEvent": "Sin ubicaci\xF3n en el tiempo: nada en las fuentes lo ordena respecto del resto de la cronolog\xEDa.",
  "timeline.showOnChart": "Ver en el gr\xE1fico",
  "timeline.otherPhase": "Sin etapa",
  "timeline.unordered": "el orden entre estos no se indica",
  "timeline.unplaced.title": "Sin ubicaci\xF3n en el tiempo",
  "timeline.unplaced.note": "Nada en las fuentes ordena estos hechos respecto de la cronolog\xEDa.",
  "timeline.unplaced.listNote": "Nada en las fuentes ordena estos hechos respecto de los anteriores, as\xED que el gr\xE1fico los muestra aparte.",
  "timeline.phaseOrderInferred": "Ning\xFAn orden indicado ubica esta etapa despu\xE9s de la anterior: su lugar aqu\xED es una lectura nuestra.",
  "timeline.markDisputed": "\u26A0 {date}, seg\xFAn el informe; en duda",
  "timeline.markOngoing": "{time} \xB7 en curso",
  "timeline.markOngoingOnly": "en curso",
  "timeline.markNoDate": "Sin fecha",
  "timeline.describeSpan": "Un per\xEDodo.",
  "timeline.describeOngoing": "En curso al momento del informe.",
  "timeline.describeUnplaced": "Sin ubicaci\xF3n en el tiempo respecto del resto de la cronolog\xEDa.",
  "timeline.describePhase": "Etapa: {phase}.",
  "timeline.describeActors": "Involucra a {names}.",
  "timeline.key": "Clave de la cronolog\xEDa",
  "timeline.key.day": "Con d\xEDa exacto",
  "timeline.key.month": "Con el mes, sin el d\xEDa",
  "timeline.key.year": "Con el a\xF1o, sin m\xE1s precisi\xF3n",
  "timeline.key.none": "Sin fecha: ubicado seg\xFAn el orden indicado",
  "timeline.key.disputed": "Fecha en duda: se muestra tal como se inform\xF3, nunca se ubica en la escala de tiempo",
  "timeline.key.span": "Un per\xEDodo; se desvanece donde no se indica su final",
  "timeline.key.ongoing": "En curso al momento del informe",
  "timeline.key.axis-time": "L\xEDnea continua: las distancias son tiempo, a escala",
  "timeline.key.axis-order": "L\xEDnea discontinua: solo el orden; las distancias no son tiempo",
  "timeline.key.break": "Zigzag: un largo lapso de tiempo, acortado",
  "timeline.key.group": "Corchete: no se indica el orden entre estos hechos",
  "timeline.status.all": {
    one: "Se muestra el \xFAnico hecho.",
    other: "Se muestran los {count} hechos."
  },
  "timeline.status.filtered": {
    one: "Se muestra {count} de {total} hechos.",
    other: "Se muestran {count} de {total} hechos."
  },
  "network.title": "Mapa de relaciones",
  "network.description": "C\xF3mo se vinculan los actores de {site}, cada v\xEDnculo con sus fuentes.",
  "network.lede": "Cada v\xEDnculo entre actores que se\xF1ala el informe: {summary}. Los trazos indican c\xF3mo sustenta el informe cada v\xEDnculo; seleccione un actor o un v\xEDnculo para ver las afirmaciones que lo respaldan.",
  "network.chartTitle": "Mapa de relaciones: {summary}",
  "network.chartDescription": "Cada actor es una forma: c\xEDrculo para una persona, cuadrado para una organizaci\xF3n, hex\xE1gono para un grupo, m\xE1s grande cuantas m\xE1s relaciones tiene. Cada l\xEDnea es un v\xEDnculo que se\xF1ala el informe: continua cuando consta en un registro o en una declaraci\xF3n p\xFAblica, discontinua cuando viene de fuentes no identificadas, punteada cuando solo se informa, se desconoce, se desmiente o no tuvo respuesta; una punta de flecha indica su direcci\xF3n. Todos los v\xEDnculos figuran tambi\xE9n en la lista debajo del mapa.",
  "network.embedDescription": "Cada actor es una forma: c\xEDrculo para una persona, cuadrado para una organizaci\xF3n, hex\xE1gono para un grupo. Cada l\xEDnea es un v\xEDnculo que se\xF1ala el informe: continua cuando consta en un registro o en una declaraci\xF3n p\xFAblica, discontinua cuando viene de fuentes no identificadas, punteada cuando solo se informa, se desconoce, se desmiente o no tuvo respuesta; una punta de flecha indica su direcci\xF3n. La p\xE1gina completa enumera cada v\xEDnculo en texto.",
  "network.relations": {
    zero: "ninguna relaci\xF3n",
    one: "{count} relaci\xF3n",
    other: "{count} relaciones"
  },
  "network.actors": {
    one: "{count} actor",
    other: "{count} actores"
  },
  "network.summary": "{actors} y {relations}",
  "network.node": "{name}, {kind}, {relations}",
  "network.edge": "{source} {label} {target}, {sourcing}",
  "network.mixedSourcing": "atribuci\xF3n mixta: {labels}",
  "network.filters": "Filtrar los v\xEDnculos",
  "network.filterTypes": "Tipos de relaci\xF3n",
  "network.filterSourcing": "Atribuci\xF3n",
  "network.zoom": "Zoom",
  "network.zoomIn": "Acercar",
  "network.zoomOut": "Alejar",
  "network.reset": "Restablecer la vista",
  "network.help": "Entre al mapa con Tab; luego, las flechas lo desplazan y + y \u2212 acercan o alejan (tambi\xE9n Ctrl + rueda del rat\xF3n o pellizcar). Pulse Tab otra vez para llegar a los actores: las flechas pasan de un actor a otro vinculado, Intro muestra los detalles y Escape los cierra.",
  "network.close": "Cerrar{hidden}",
  "network.closeHidden": " los detalles",
  "network.key": "Clave",
  "network.keySize": "Forma m\xE1s grande: m\xE1s relaciones",
  "network.keyLine.solid": "L\xEDnea continua: {labels}",
  "network.keyLine.dashed": "L\xEDnea discontinua: {labels}",
  "network.keyLine.dotted": "L\xEDnea punteada: {labels}",
  "network.keyLine.mixed": "L\xEDnea de trazo y punto: atribuci\xF3n mixta, las afirmaciones del v\xEDnculo tienen atribuciones distintas; sus detalles indican cada una",
  "network.keyArrow": "Punta de flecha: el v\xEDnculo va en un solo sentido, el de la flecha",
  "network.line.solid": "continua",
  "network.line.dashed": "discontinua",
  "network.line.dotted": "punteada",
  "network.openPage": "Abrir la p\xE1gina sobre {name}",
  "network.whatReportSays": "Lo que dice el informe y c\xF3mo lo sustenta",
  "network.onThisMap": "{relations} en este mapa",
  "network.oneWay": "En un solo sentido, de {source} a {target}.",
  "network.noDirection": "Sin direcci\xF3n: vincula a ambos actores por igual.",
  "network.drawnAs": "Se dibuja con l\xEDnea {line}:",
  "network.drawnMixed": "Se dibuja con l\xEDnea de trazo y punto, por su atribuci\xF3n mixta: sus afirmaciones tienen atribuciones distintas.",
  "network.claimsBehind": {
    one: "La afirmaci\xF3n que respalda este v\xEDnculo",
    other: "Las {count} afirmaciones que respaldan este v\xEDnculo"
  },
  "network.showOnMap": "Ver en el mapa:",
  "network.inTwin": "Esta relaci\xF3n en la lista debajo del mapa",
  "network.twinRelations": "Todas las relaciones del mapa",
  "network.twinLede": "{summary}, agrupadas por tipo. Cada v\xEDnculo indica c\xF3mo lo sustenta el informe; los n\xFAmeros llevan a las afirmaciones que lo respaldan.",
  "network.twinActors": "Actores del mapa",
  "network.twinActor": "{name}, {kind}: {relations}",
  "network.show": "Ver en el mapa",
  "network.status.details": "Se muestran los detalles de {name}.",
  "network.status.shown": {
    one: "Se muestra {count} de {total} relaciones.",
    other: "Se muestran {count} de {total} relaciones."
  },
  "search.title": "Buscar",
  "search.description": "Buscar en {site}: explicadores, personas, hechos y afirmaciones.",
  "search.button": "Buscar",
  "search.close": "Cerrar{hidden}",
  "search.closeHidden": " la b\xFAsqueda",
  "search.noJs": "La b\xFAsqueda funciona en su navegador y necesita JavaScript, que est\xE1 desactivado o no se carg\xF3. Sin \xE9l, puede recorrer {actors} o {evidence}.",
  "search.noJsActors": "a todos los actores de la historia",
  "search.noJsEvidence": "todas las afirmaciones seg\xFAn c\xF3mo las sustenta el informe",
  "search.label": "Buscar nombres, hechos, afirmaciones y p\xE1ginas",
  "search.hint": "Los resultados se actualizan mientras escribe. Use las flechas arriba y abajo para elegir un resultado e Intro para abrirlo.",
  "search.submit": "Buscar",
  "search.show": "Mostrar",
  "search.all": "Todo",
  "search.sourcedAs": "Afirmaciones con atribuci\xF3n",
  "search.any": "Cualquiera",
  "search.openPage": "Abrir en la p\xE1gina de b\xFAsqueda",
  "search.results": "Resultados de la b\xFAsqueda",
  "search.more": "Mostrar m\xE1s resultados",
  "search.kind.explainer": "Explicadores",
  "search.kind.actor": "Qui\xE9n es qui\xE9n",
  "search.kind.event": "Hechos",
  "search.kind.claim": "Afirmaciones",
  "search.kind.source": "Fuentes",
  "search.kind.page": "Otras p\xE1ginas",
  "search.badge.explainer": "Explicador",
  "search.badge.actor": "Qui\xE9n es qui\xE9n",
  "search.badge.event": "Hecho",
  "search.badge.claim": "Afirmaci\xF3n",
  "search.badge.source": "Fuente",
  "search.badge.page": "P\xE1gina",
  "search.section": "Secci\xF3n: ",
  "search.status.items": {
    one: "{count} elemento{scope}.",
    other: "{count} elementos{scope}."
  },
  "search.status.found": {
    one: "{count} resultado para \u201C{query}\u201D{scope}.",
    other: "{count} resultados para \u201C{query}\u201D{scope}."
  },
  "search.status.none": "No hay resultados para \u201C{query}\u201D{scope}. Pruebe con menos palabras, otra graf\xEDa o sin filtro.",
  "search.status.showing": {
    one: "Se muestran {shown} de {count} resultado.",
    other: "Se muestran {shown} de {count} resultados."
  },
  "search.scope.kind": " en {kind}",
  "search.scope.attribution": " entre las afirmaciones con atribuci\xF3n \u201C{attribution}\u201D",
  "search.unavailable": "La b\xFAsqueda no pudo cargar su \xEDndice. Funciona cuando el sitio compilado se sirve por HTTP, no cuando se abre desde archivos.",
  "search.unavailableDev": "No hay \xEDndice de b\xFAsqueda en desarrollo: la b\xFAsqueda funciona en el sitio compilado. Ejecute: npm run build && npm run preview",
  "search.record.alsoWritten": "Tambi\xE9n se escribe {names}",
  "search.record.involves": "Involucra a {names}",
  "search.record.quoted": "Cita: \u201C{quote}\u201D",
  "search.record.attributedTo": "Atribuido a {names}",
  "search.record.paragraphs": {
    one: "p\xE1rrafo {list}",
    other: "p\xE1rrafos {list}"
  },
  "search.record.sourceParagraphs": {
    one: "{source}, p\xE1rrafo {list}",
    other: "{source}, p\xE1rrafos {list}"
  },
  "data.title": "Datos",
  "data.description": "Descargue los datos de {site}: actores, relaciones, hechos, afirmaciones y fuentes en JSON y CSV, y la red para Gephi.",
  "data.lede": "Todo lo que muestra este sitio sale de estos archivos. Cada afirmaci\xF3n indica sus p\xE1rrafos de origen y c\xF3mo la sustenta el informe; los actores, las relaciones y los hechos enumeran las afirmaciones en que se apoyan.",
  "data.version": "Versi\xF3n {version}: una huella del contenido, que cambia cada vez que cambia cualquier parte de \xE9l. Cada archivo lleva su fuente y esta versi\xF3n (en JSON, en {meta}; en CSV, en las columnas {sources} y {versionColumn}).",
  "data.language": "Estos archivos contienen el texto en {language} de esta edici\xF3n; lo indica el campo {field} de {meta} en cada archivo.",
  "data.downloads": "Descargas",
  "data.tableCaption": "Conjuntos de datos y sus descargas",
  "data.dataset": "Conjunto de datos",
  "data.holds": "Qu\xE9 contiene",
  "data.files": "Archivos",
  "data.of": " de {dataset}",
  "data.ofNetwork": " de la red",
  "data.rows": {
    one: "{description} ({count} fila)",
    other: "{description} ({count} filas)"
  },
  "data.kb": "{count} KB",
  "data.fields": "Campos",
  "data.csvNote": "En los archivos CSV, las listas se separan con \u201C; \u201D. Los archivos est\xE1n en UTF-8 con marca de orden de bytes, para que las hojas de c\xE1lculo conserven los nombres con tilde.",
  "data.cite": "C\xF3mo citar",
  "data.citeIntro": "Cite la afirmaci\xF3n, no solo el sitio: cada afirmaci\xF3n tiene un identificador estable y una direcci\xF3n en la {evidence}, e indica los p\xE1rrafos de la fuente de la que procede. Por ejemplo:",
  "data.citeEvidence": "p\xE1gina de evidencia",
  "data.citeExample": "{site}, afirmaci\xF3n {id}, versi\xF3n de datos {version}, basada en {source}.",
  "data.citeAnySource": "<la fuente de la afirmaci\xF3n>",
  "data.citeKeep": "Conserve la atribuci\xF3n que dan los datos: una afirmaci\xF3n de fuentes no identificadas sigue siendo una afirmaci\xF3n de fuentes no identificadas, no un hecho comprobado.",
  "data.name.actors": "actores",
  "data.name.relations": "relaciones",
  "data.name.events": "hechos",
  "data.name.claims": "afirmaciones",
  "data.name.sources": "fuentes",
  "data.name.network": "red",
  "data.set.actors": "Personas, organizaciones y grupos de la historia.",
  "data.set.relations": "V\xEDnculos entre dos actores que se\xF1ala la fuente.",
  "data.set.events": "Hechos, fechados solo con la precisi\xF3n que permite la fuente.",
  "data.set.claims": "Afirmaciones unitarias tomadas de la fuente, con sus n\xFAmeros de p\xE1rrafo y su atribuci\xF3n.",
  "data.set.sources": "Los informes con los que se construy\xF3 la historia.",
  "data.set.network": "Los actores y los v\xEDnculos entre ellos.",
  "data.gexf": "El mapa de relaciones para Gephi: los actores como nodos, las relaciones como aristas.",
  "data.gexfDescription": {
    one: "{title}. Fuente: {sources}. Versi\xF3n {version}.",
    other: "{title}. Fuentes: {sources}. Versi\xF3n {version}."
  },
  "data.field.id": "Identificador estable.",
  "data.field.actor.name": "Nombre con tildes y diacr\xEDticos.",
  "data.field.actor.kind": "person (persona), organization (organizaci\xF3n) o group (grupo).",
  "data.field.actor.aliases": "Otras graf\xEDas y denominaciones.",
  "data.field.actor.role": "Cargo o papel seg\xFAn el informe.",
  "data.field.actor.summary": "Lo que dice el informe sobre el actor, en nuestras palabras.",
  "data.field.actor.claims": "Identificadores de las afirmaciones que respaldan el cargo y el resumen.",
  "data.field.actor.url": "La p\xE1gina del actor.",
  "data.field.relation.source": "Identificador del actor del que parte el v\xEDnculo.",
  "data.field.relation.target": "Identificador del actor al que apunta el v\xEDnculo.",
  "data.field.relation.type": "Tipo breve que se usa para filtrar.",
  "data.field.relation.label": "Se lee como \u201Corigen etiqueta destino\u201D.",
  "data.field.relation.directed": "Si el v\xEDnculo tiene direcci\xF3n.",
  "data.field.relation.attributions": "Cada atribuci\xF3n presente entre sus afirmaciones, una vez cada una y en el orden del vocabulario; el conjunto de afirmaciones da la de cada una.",
  "data.field.relation.mixedSourcing": "Si sus afirmaciones tienen atribuciones distintas (m\xE1s de una atribuci\xF3n).",
  "data.field.relation.claims": "Identificadores de las afirmaciones que se\xF1alan el v\xEDnculo.",
  "data.field.event.title": "T\xEDtulo breve.",
  "data.field.event.date": "Fecha tal como la da la fuente (AAAA, AAAA-MM o AAAA-MM-DD), vac\xEDa cuando no da ninguna.",
  "data.field.event.datePrecision": "year (a\xF1o), month (mes) o day (d\xEDa); vac\xEDo cuando no hay fecha.",
  "data.field.event.when": "El momento en palabras, tal como lo da la fuente.",
  "data.field.event.after": "Hechos posteriores a los cuales ocurri\xF3 este, seg\xFAn la fuente.",
  "data.field.event.before": "Hechos anteriores a los cuales ocurri\xF3 este, seg\xFAn la fuente.",
  "data.field.event.phase": "Etapa de la historia.",
  "data.field.event.span": "Un per\xEDodo, no un momento.",
  "data.field.event.flags": "disputed (la fecha indicada est\xE1 en duda), ongoing (en curso).",
  "data.field.event.actors": "Identificadores de los actores involucrados.",
  "data.field.event.claims": "Identificadores de las afirmaciones que se\xF1alan el hecho.",
  "data.field.event.url": "El hecho en la cronolog\xEDa.",
  "data.field.claim.statement": "La afirmaci\xF3n, en nuestras palabras.",
  "data.field.claim.source": "Identificador de la fuente.",
  "data.field.claim.paragraphs": "N\xFAmeros de p\xE1rrafo de la fuente (sus l\xEDneas no vac\xEDas).",
  "data.field.claim.attribution": "C\xF3mo sustenta el informe la afirmaci\xF3n.",
  "data.field.claim.attributedTo": "Identificadores de los actores a quienes el informe la atribuye.",
  "data.field.claim.quote": "Las palabras de una persona tal como se citan, textuales.",
  "data.field.claim.quoteTranslation": "Nuestra traducci\xF3n de la cita, cuando esta edici\xF3n est\xE1 en otro idioma que el informe.",
  "data.field.claim.url": "La afirmaci\xF3n en la p\xE1gina de evidencia.",
  "data.field.source.title": "T\xEDtulo descriptivo.",
  "data.field.source.publisher": "Medio; vac\xEDo cuando se desconoce.",
  "data.field.source.short": "La etiqueta breve con que las citas nombran la fuente, p. ej., \u201CInforme A\u201D.",
  "data.field.source.kind": "Tipo de documento.",
  "data.field.source.paragraphCount": "N\xFAmero de p\xE1rrafos (l\xEDneas no vac\xEDas).",
  "data.field.source.url": "Nuestro resumen p\xE1rrafo por p\xE1rrafo.",
  "data.type.string": "texto",
  "data.type.integer": "n\xFAmero entero",
  "data.type.boolean": "verdadero o falso",
  "data.type.list": "lista",
  "data.type.date": "fecha",
  "embed.title": "Insertar un gr\xE1fico",
  "embed.description": "Inserte el mapa de relaciones o la cronolog\xEDa de {site} en su propio art\xEDculo: c\xF3digos, opciones y descargas.",
  "embed.lede": "Cualquiera de estos gr\xE1ficos puede ir en su propio art\xEDculo. Pegue el c\xF3digo en su gestor de contenidos: el gr\xE1fico conserva sus fuentes y enlaza de vuelta aqu\xED, ajusta su altura al contenido, sigue la preferencia de modo claro u oscuro de sus lectores y funciona sin JavaScript con una altura fija.",
  "embed.scripts": "El ajuste de altura tambi\xE9n funciona con los scripts que muchas redacciones ya usan para insertar contenido de pym.js, Datawrapper o AMP. Si su gestor de contenidos elimina los scripts, use el c\xF3digo de altura fija. Los datos de cada gr\xE1fico est\xE1n en la {data}.",
  "embed.dataPage": "p\xE1gina de datos",
  "embed.options": "Opciones",
  "embed.theme": "Tema",
  "embed.theme.auto": "Seguir la preferencia del lector",
  "embed.theme.light": "Claro",
  "embed.theme.dark": "Oscuro",
  "embed.none": "Ninguno",
  "embed.plain": "Sin t\xEDtulo ni pie",
  "embed.static": "Est\xE1tico (sin interacci\xF3n)",
  "embed.preview": "Vista previa: {title}",
  "embed.snippet": "C\xF3digo (ajusta su altura solo)",
  "embed.fixed": "Sin scripts (altura fija)",
  "embed.copy": "Copiar el c\xF3digo",
  "embed.copied": "C\xF3digo copiado.",
  "embed.copyByHand": "Seleccione el c\xF3digo y c\xF3pielo con el teclado.",
  "embed.download": "Descargar este gr\xE1fico:",
  "embed.fullPage": "p\xE1gina completa",
  "embed.optionsInAddress": "Opciones en la direcci\xF3n",
  "embed.opt.theme": "Esquema de color; {auto} (la opci\xF3n predeterminada) sigue la preferencia del lector.",
  "embed.opt.plain": "Sin t\xEDtulo ni pie: solo el gr\xE1fico. Cite la fuente en su art\xEDculo.",
  "embed.opt.static": "Sin interacci\xF3n: el gr\xE1fico tal como se dibuj\xF3; los enlaces siguen funcionando.",
  "embed.opt.focus": "El mapa se abre centrado en un actor.",
  "embed.opt.event": "La cronolog\xEDa se abre con un hecho seleccionado.",
  "embed.source": {
    one: "Fuente: {sources}.",
    other: "Elaborado a partir de {count} fuentes: {sources}."
  },
  "embed.footer": "Cada marca cita el p\xE1rrafo de su fuente y c\xF3mo est\xE1 atribuida.",
  "embed.openFull": "Abrir la versi\xF3n completa",
  "embed.getData": "Descargar los datos",
  "embed.chart.network.title": "Mapa de relaciones de {site}: qui\xE9n se vincula con qui\xE9n y c\xF3mo sustenta el informe cada v\xEDnculo",
  "embed.chart.network.heading": "Mapa de relaciones de {site}",
  "embed.chart.network.description": "Todos los actores y relaciones; el trazo indica c\xF3mo sustenta el informe cada v\xEDnculo.",
  "embed.chart.network.option": "Centrar en un actor",
  "embed.chart.actor.title": "Los v\xEDnculos de un actor en {site}",
  "embed.chart.actor.heading": "Los v\xEDnculos de un actor en {site}",
  "embed.chart.actor.choiceTitle": "{name}: v\xEDnculos en {site}",
  "embed.chart.actor.description": "Un mapa peque\xF1o de un actor y de todos aquellos con los que el informe lo vincula.",
  "embed.chart.actor.option": "Actor",
  "embed.chart.timeline.title": "Cronolog\xEDa de {site}: hechos fechados solo con la precisi\xF3n que permite el informe",
  "embed.chart.timeline.heading": "Cronolog\xEDa de {site}",
  "embed.chart.timeline.description": "Todos los hechos, por etapa y en el orden que da el informe, con las fechas dudosas marcadas.",
  "embed.chart.timeline.option": "Seleccionar un hecho",
  "embed.networkPage.title": "Qui\xE9n se vincula con qui\xE9n: {site}",
  "embed.networkPage.description": "Mapa de relaciones: {summary}. {site}",
  "embed.actorPage.title": "{name}: v\xEDnculos en {site}",
  "embed.actorPage.description": "{name}, {role}, y todos los actores con los que el informe lo vincula.",
  "embed.timelinePage.title": "Cronolog\xEDa: {site}",
  "embed.timelinePage.description": "Qu\xE9 pas\xF3 y cu\xE1ndo, con fechas solo tan precisas como lo permite el informe. {site}",
  "notFound.title": "P\xE1gina no encontrada",
  "notFound.description": "Esta p\xE1gina no existe.",
  "notFound.body": "No hay ninguna p\xE1gina en esta direcci\xF3n. Puede que se haya movido o que el enlace tenga un error.",
  "notFound.home": "La historia en breve",
  "notFound.explainers": "Todos los explicadores",
  "notFound.actors": "Qui\xE9n es qui\xE9n",
  "notFound.search": "Buscar en el sitio"
};

// src/i18n/format.ts
var cache = /* @__PURE__ */ new Map();
function once(key, make) {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key);
}
var DATE_OPTIONS = {
  year: { year: "numeric", timeZone: "UTC" },
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  day: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
};
function datePrecision(value) {
  const parts = value.split("-").length;
  return parts === 1 ? "year" : parts === 2 ? "month" : "day";
}
function startOf(value) {
  const [y = 0, m = 1, d = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(0, m - 1, d));
  date.setUTCFullYear(y);
  return date;
}
function formatPartialDate(value, lang) {
  const precision = datePrecision(value);
  const format = once(
    `date:${lang}:${precision}`,
    () => new Intl.DateTimeFormat(lang, DATE_OPTIONS[precision])
  );
  return format.format(startOf(value));
}
function formatList(items, lang, type = "conjunction") {
  return once(
    `list:${lang}:${type}`,
    () => new Intl.ListFormat(lang, { style: "long", type })
  ).format(items);
}
function collatorFor(lang) {
  return once(`collator:${lang}`, () => new Intl.Collator(lang, { sensitivity: "base" }));
}
function languageName(tag, inLang) {
  const names = once(
    `names:${inLang}`,
    () => new Intl.DisplayNames(inLang, { type: "language", fallback: "code" })
  );
  return names.of(tag) ?? tag;
}
function lowerCase(text, lang) {
  return text.toLocaleLowerCase(lang);
}
function capitalize(text, lang) {
  const first = text.codePointAt(0);
  if (first === void 0) return text;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleUpperCase(lang) + text.slice(ch.length);
}

// src/i18n/message.ts
var PLACEHOLDER = /\{(\w+)\}/g;
var pluralRules = /* @__PURE__ */ new Map();
var numberFormats = /* @__PURE__ */ new Map();
function selectTemplate(message, lang, params = {}) {
  if (typeof message === "string") return message;
  const count = params["count"];
  if (typeof count !== "number") return message.other;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, rules = new Intl.PluralRules(lang));
  if (count === 0 && message.zero !== void 0) return message.zero;
  return message[rules.select(count)] ?? message.other;
}
function formatNumber(n, lang) {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, format = new Intl.NumberFormat(lang));
  return format.format(n);
}
var paramText = (value, lang) => typeof value === "number" ? formatNumber(value, lang) : value;
function formatMessage(message, lang, params = {}) {
  return selectTemplate(message, lang, params).replace(PLACEHOLDER, (whole, name) => {
    const value = params[name];
    return value === void 0 ? whole : paramText(value, lang);
  });
}
function messageParts(message, lang, slots, params = {}) {
  const template = selectTemplate(message, lang, params);
  const parts = [];
  let text = "";
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    text += template.slice(last, match.index);
    last = match.index + match[0].length;
    if (slots.includes(name)) {
      if (text) parts.push(text);
      parts.push({ slot: name });
      text = "";
    } else {
      const value = params[name];
      text += value === void 0 ? match[0] : paramText(value, lang);
    }
  }
  text += template.slice(last);
  if (text) parts.push(text);
  return parts;
}

// src/i18n/index.ts
var DICTIONARIES = { en, es };
function dictionaryFor(lang) {
  const exact = DICTIONARIES[lang.toLowerCase()];
  return exact ?? DICTIONARIES[lang.split("-")[0]?.toLowerCase() ?? ""];
}
var made = /* @__PURE__ */ new Map();
function createI18n(lang) {
  const cached = made.get(lang);
  if (cached) return cached;
  const dictionary = dictionaryFor(lang);
  if (!dictionary)
    throw new Error(
      `No interface dictionary for language "${lang}": add src/i18n/<lang>.ts and register it in src/i18n/index.ts`
    );
  const collator = collatorFor(lang);
  const i18n = {
    lang,
    t: (key, params) => formatMessage(dictionary[key], lang, params),
    parts: (key, slots, params) => messageParts(dictionary[key], lang, slots, params),
    messages: (keys) => Object.fromEntries(keys.map((k) => [k, dictionary[k]])),
    date: (value) => formatPartialDate(value, lang),
    number: (n) => formatNumber(n, lang),
    list: (items) => formatList(items, lang),
    compare: (a, b) => collator.compare(a, b),
    languageName: (tag) => languageName(tag, lang),
    lower: (text) => lowerCase(text, lang),
    capitalize: (text) => capitalize(text, lang)
  };
  made.set(lang, i18n);
  return i18n;
}
var REFERENCE_LANG = "en";

// src/lib/time/dates.ts
import { utcDay, utcMonth, utcYear } from "d3-time";
function formatPartialDate2(value, i18n) {
  return i18n.date(value);
}
var shortFormats = /* @__PURE__ */ new Map();
function formatShortDate(value, i18n) {
  const precision = datePrecision(value);
  const key = `${i18n.lang}|${precision}`;
  let format = shortFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(i18n.lang, {
      timeZone: "UTC",
      year: "numeric",
      ...precision === "year" ? {} : { month: "short" },
      ...precision === "day" ? { day: "numeric" } : {}
    });
    shortFormats.set(key, format);
  }
  return format.format(dateInterval(value).start);
}
function dateInterval(value) {
  const [y = 0, m, d] = value.split("-").map(Number);
  const start = new Date(Date.UTC(2e3, (m ?? 1) - 1, d ?? 1));
  start.setUTCFullYear(y);
  const end = m === void 0 ? utcYear.offset(start, 1) : d === void 0 ? utcMonth.offset(start, 1) : utcDay.offset(start, 1);
  return { start, end };
}
function describePrecision(precision, i18n) {
  return i18n.t(`date.precision.${precision}`);
}

// src/lib/time/event-time.ts
function describeEventTime(event, i18n) {
  const disputed = event.flags.includes("disputed");
  if (event.date === void 0) {
    const when = event.when ?? i18n.t("date.noDate");
    return { when, disputed, text: i18n.t("date.noDateGiven", { when }) };
  }
  const date = formatPartialDate2(event.date, i18n);
  const precision = describePrecision(datePrecision(event.date), i18n);
  const text = disputed ? i18n.t("date.disputedText", { date }) : i18n.t("date.withPrecision", { date, precision });
  return {
    date,
    precision,
    ...event.when === void 0 ? {} : { when: event.when },
    disputed,
    text
  };
}

// src/lib/content/chronology.ts
function orderEvents(events2, phases2) {
  const phaseOrder = new Map(phases2.map((p) => [p.id, p.data.order]));
  const byId = new Map(events2.map((e) => [e.id, e]));
  const incoming = new Map(events2.map((e) => [e.id, 0]));
  const next = new Map(events2.map((e) => [e.id, []]));
  const edge = (a, b) => {
    if (!byId.has(a) || !byId.has(b) || a === b) return;
    next.get(a)?.push(b);
    incoming.set(b, (incoming.get(b) ?? 0) + 1);
  };
  for (const e of events2) {
    for (const earlier of e.data.after) edge(earlier, e.id);
    for (const later of e.data.before) edge(e.id, later);
  }
  const key = (e) => [
    e.data.phase === void 0 ? Number.MAX_SAFE_INTEGER : phaseOrder.get(e.data.phase) ?? 0,
    e.data.date ?? "\uFFFF",
    e.id
  ];
  const compare = (a, b) => {
    const [pa, da, ia] = key(a);
    const [pb, db, ib] = key(b);
    return pa - pb || da.localeCompare(db) || ia.localeCompare(ib);
  };
  const ready = [];
  const insert = (e) => {
    let lo = 0;
    let hi = ready.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const at = ready[mid];
      if (at && compare(at, e) <= 0) lo = mid + 1;
      else hi = mid;
    }
    ready.splice(lo, 0, e);
  };
  for (const e of events2) if (incoming.get(e.id) === 0) insert(e);
  const ordered = [];
  const placed = /* @__PURE__ */ new Set();
  for (let e = ready.shift(); e !== void 0; e = ready.shift()) {
    ordered.push(e);
    placed.add(e.id);
    for (const n of next.get(e.id) ?? []) {
      const left = (incoming.get(n) ?? 0) - 1;
      incoming.set(n, left);
      const found = byId.get(n);
      if (left === 0 && found) insert(found);
    }
  }
  for (const e of [...events2].sort(compare)) if (!placed.has(e.id)) ordered.push(e);
  return ordered;
}

// src/lib/timeline/order.ts
function hasPlaceableDate(event) {
  return event.date !== void 0 && !event.flags.includes("disputed");
}
function statedEdges(events2) {
  const ids = new Set(events2.map((e) => e.id));
  const found = /* @__PURE__ */ new Map();
  const add = (from, to, inferred) => {
    if (from === to || !ids.has(from) || !ids.has(to)) return;
    const key = `${from}\0${to}`;
    const known = found.get(key);
    if (known) known.inferred &&= inferred;
    else found.set(key, { from, to, inferred });
  };
  for (const e of events2) {
    for (const a of e.data.after) add(a, e.id, e.data.inferred.includes(a));
    for (const b of e.data.before) add(e.id, b, e.data.inferred.includes(b));
  }
  return [...found.values()];
}
function dateEdges(events2) {
  const dated = events2.filter((e) => hasPlaceableDate(e.data)).map((e) => ({ id: e.id, ...dateInterval(e.data.date ?? "") })).sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  const out = [];
  dated.forEach((a, i) => {
    let earliestEnd = Infinity;
    for (let j = i + 1; j < dated.length; j++) {
      const b = dated[j];
      if (!b || b.start < a.end) continue;
      if (b.start.getTime() >= earliestEnd) break;
      out.push({ from: a.id, to: b.id, inferred: false });
      earliestEnd = Math.min(earliestEnd, b.end.getTime());
    }
  });
  return out;
}

// src/lib/timeline/plan.ts
function planTimeline(events2, phases2, otherTitle = "Not in a phase") {
  const sortedPhases = [...phases2].sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)
  );
  const phaseIds = new Set(sortedPhases.map((p) => p.id));
  const phaseOf = (e) => e.data.phase !== void 0 && phaseIds.has(e.data.phase) ? e.data.phase : "";
  const story = orderEvents(events2, sortedPhases);
  const storyIndex = new Map(story.map((e, i) => [e.id, i]));
  const byStory = (a, b) => (storyIndex.get(a.id) ?? 0) - (storyIndex.get(b.id) ?? 0);
  const stated = statedEdges(events2);
  const dates = dateEdges(events2);
  const all = [...stated, ...dates];
  const parent = new Map(events2.map((e) => [e.id, e.id]));
  const root = (id) => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(id, r);
    return r;
  };
  for (const { from, to } of all) parent.set(root(from), root(to));
  const groups = /* @__PURE__ */ new Map();
  for (const e of story) groups.set(root(e.id), [...groups.get(root(e.id)) ?? [], e]);
  const ordered = [...groups.values()];
  const mainGroup = ordered.reduce(
    (best, g) => g.length >= 2 && g.length > (best?.length ?? 0) ? g : best,
    void 0
  );
  const firm = all.filter((e) => !e.inferred);
  const lane = (kind, members) => {
    const bandDefs = [
      ...sortedPhases.map((p) => ({ id: p.id, title: p.data.title })),
      { id: "", title: otherTitle }
    ].map((b) => ({ ...b, events: members.filter((e) => phaseOf(e) === b.id).sort(byStory) })).filter((b) => b.events.length > 0);
    const bands = bandDefs.map((def, i) => {
      const band = planBand(def.events, stated, storyIndex);
      const previous = bandDefs[i - 1];
      return {
        id: def.id,
        title: def.title,
        ...band,
        ...previous ? { orderStated: reaches(previous.events, def.events, firm) } : {}
      };
    });
    return { kind, bands };
  };
  const lanes = [];
  if (mainGroup) lanes.push(lane("main", mainGroup));
  for (const g of ordered) if (g !== mainGroup) lanes.push(lane("unplaced", g));
  return { lanes, storyIndex };
}
function reaches(from, to, edges) {
  const next = /* @__PURE__ */ new Map();
  for (const e of edges) next.set(e.from, [...next.get(e.from) ?? [], e.to]);
  const targets = new Set(to.map((e) => e.id));
  const seen = new Set(from.map((e) => e.id));
  const stack = [...seen];
  while (stack.length > 0) {
    for (const n of next.get(stack.pop() ?? "") ?? []) {
      if (targets.has(n)) return true;
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return false;
}
function planBand(events2, stated, storyIndex) {
  const members = new Set(events2.map((e) => e.id));
  const inner = stated.filter((e) => members.has(e.from) && members.has(e.to));
  const edges = [...inner, ...dateEdges(events2)];
  return planOnTimeScale(events2, inner, edges, storyIndex) ?? {
    mode: "order",
    steps: orderSteps(events2, edges, storyIndex)
  };
}
function planOnTimeScale(events2, inner, edges, storyIndex) {
  const dated = events2.filter((e) => hasPlaceableDate(e.data));
  if (dated.length === 0) return void 0;
  const period = new Map(dated.map((e) => [e.id, dateInterval(e.data.date ?? "")]));
  for (const { from, to } of inner) {
    const a = period.get(from);
    const b = period.get(to);
    if (a && b && a.end > b.start) return void 0;
  }
  const sorted = [...dated].sort((a, b) => {
    const pa = period.get(a.id);
    const pb = period.get(b.id);
    return (pa?.start.getTime() ?? 0) - (pb?.start.getTime() ?? 0) || (pa?.end.getTime() ?? 0) - (pb?.end.getTime() ?? 0) || (storyIndex.get(a.id) ?? 0) - (storyIndex.get(b.id) ?? 0);
  });
  const clusters = [];
  const stepOf = /* @__PURE__ */ new Map();
  let clusterEnd = -Infinity;
  for (const e of sorted) {
    const p = period.get(e.id);
    if (!p) continue;
    if (clusters.length === 0 || p.start.getTime() >= clusterEnd) clusters.push([]);
    clusters.at(-1)?.push(e);
    stepOf.set(e.id, clusters.length - 1);
    clusterEnd = Math.max(clusterEnd, p.end.getTime());
  }
  const m = clusters.length;
  const topo = topologicalOrder(events2, edges, storyIndex);
  if (!topo) return void 0;
  const prev = /* @__PURE__ */ new Map();
  const next = /* @__PURE__ */ new Map();
  for (const { from, to } of edges) {
    next.set(from, [...next.get(from) ?? [], to]);
    prev.set(to, [...prev.get(to) ?? [], from]);
  }
  const lb = /* @__PURE__ */ new Map();
  const ub = /* @__PURE__ */ new Map();
  const boundOf = (id, bounds, fallback) => stepOf.get(id) ?? bounds.get(id) ?? fallback;
  for (const id of topo) {
    if (stepOf.has(id)) continue;
    lb.set(id, Math.max(-1, ...(prev.get(id) ?? []).map((p) => boundOf(p, lb, -1))));
  }
  for (const id of [...topo].reverse()) {
    if (stepOf.has(id)) continue;
    ub.set(id, Math.min(m, ...(next.get(id) ?? []).map((n) => boundOf(n, ub, m))));
  }
  for (const id of topo)
    if (!stepOf.has(id) && (lb.get(id) ?? -1) >= (ub.get(id) ?? m)) return void 0;
  const gap = /* @__PURE__ */ new Map();
  for (const id of topo)
    if (!stepOf.has(id) && (lb.get(id) ?? -1) >= 0) gap.set(id, lb.get(id) ?? 0);
  for (const id of [...topo].reverse()) {
    if (stepOf.has(id) || gap.has(id)) continue;
    const limits = [
      ...(ub.get(id) ?? m) < m ? [(ub.get(id) ?? m) - 1] : [],
      ...(next.get(id) ?? []).flatMap((n) => {
        const g = gap.get(n);
        return g === void 0 ? [] : [g];
      })
    ];
    gap.set(id, limits.length > 0 ? Math.min(...limits) : -1);
  }
  const steps = [];
  const gapSteps = (g) => {
    const inGap = events2.filter((e) => gap.get(e.id) === g);
    if (inGap.length > 0) steps.push(...orderSteps(inGap, edges, storyIndex));
  };
  gapSteps(-1);
  clusters.forEach((cluster, i) => {
    steps.push({ kind: "date", events: cluster });
    gapSteps(i);
  });
  return { mode: "time", steps };
}
function topologicalOrder(events2, edges, storyIndex) {
  const members = new Set(events2.map((e) => e.id));
  const incoming = new Map(events2.map((e) => [e.id, 0]));
  const next = /* @__PURE__ */ new Map();
  for (const { from, to } of edges) {
    if (!members.has(from) || !members.has(to)) continue;
    next.set(from, [...next.get(from) ?? [], to]);
    incoming.set(to, (incoming.get(to) ?? 0) + 1);
  }
  const index = (id) => storyIndex.get(id) ?? 0;
  const ready = events2.map((e) => e.id).filter((id) => incoming.get(id) === 0).sort((a, b) => index(a) - index(b));
  const out = [];
  while (ready.length > 0) {
    const id = ready.shift() ?? "";
    out.push(id);
    for (const n of next.get(id) ?? []) {
      const left = (incoming.get(n) ?? 0) - 1;
      incoming.set(n, left);
      if (left === 0) {
        const at = ready.findIndex((r) => index(r) > index(n));
        ready.splice(at === -1 ? ready.length : at, 0, n);
      }
    }
  }
  return out.length === events2.length ? out : void 0;
}
function orderSteps(events2, edges, storyIndex) {
  const members = new Set(events2.map((e) => e.id));
  const rank = new Map(events2.map((e) => [e.id, 0]));
  const topo = topologicalOrder(events2, edges, storyIndex);
  const order = topo ?? [];
  const prev = /* @__PURE__ */ new Map();
  for (const { from, to } of edges)
    if (members.has(from) && members.has(to)) prev.set(to, [...prev.get(to) ?? [], from]);
  for (const id of order)
    rank.set(id, Math.max(0, ...(prev.get(id) ?? []).map((p) => (rank.get(p) ?? 0) + 1)));
  if (!topo) {
    const done = new Set(order);
    let last = Math.max(0, ...[...rank.values()]);
    for (const e of [...events2].sort(
      (a, b) => (storyIndex.get(a.id) ?? 0) - (storyIndex.get(b.id) ?? 0)
    ))
      if (!done.has(e.id)) rank.set(e.id, ++last);
  }
  const byRank = /* @__PURE__ */ new Map();
  for (const e of events2) {
    const r = rank.get(e.id) ?? 0;
    byRank.set(r, [...byRank.get(r) ?? [], e]);
  }
  return [...byRank.keys()].sort((a, b) => a - b).map((r) => ({
    kind: "order",
    events: (byRank.get(r) ?? []).sort(
      (a, b) => (storyIndex.get(a.id) ?? 0) - (storyIndex.get(b.id) ?? 0)
    )
  }));
}

// src/lib/timeline/text.ts
var NARROW = "ijlI.,;:'|!`\u2019\u2018 ";
var SEMI = 'frt()[]-/"\u201C\u201D';
var WIDE = "mwMW%@\u2014";
function charWidth(ch) {
  if (NARROW.includes(ch)) return 0.32;
  if (SEMI.includes(ch)) return 0.42;
  if (WIDE.includes(ch)) return 1;
  if (ch >= "0" && ch <= "9") return 0.64;
  if (ch !== ch.toLowerCase()) return 0.76;
  return 0.63;
}
function measureText(text, fontSize, bold = false) {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.08 : 1);
}
function wrapText(text, maxWidth, fontSize, bold = false) {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines = [];
  let line = "";
  const fits = (s) => measureText(s, fontSize, bold) <= maxWidth;
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

// src/lib/timeline/layout.ts
var TIMELINE_KEYS = [
  "day",
  "month",
  "year",
  "none",
  "disputed",
  "span",
  "ongoing",
  "axis-time",
  "axis-order",
  "break",
  "group"
];
var FONT = { title: 13, meta: 12, band: 14, axis: 12 };
var LINE = { title: 17, meta: 16, band: 18, axis: 15 };
var MARGIN = 8;
var GLYPH_R = 6;
var GLYPH_DROP = 10;
var LABEL_GAP = 10;
var TRACK = 6;
var MAX_TRACKS_WIDTH = 30;
var BREAK_PX = 26;
var BAND_GAP = 6;
var BREAK_RATIO = 4;
var GUTTER = { min: 40, max: 92 };
var BESIDE_WIDTH = 300;
var round = (n) => Math.round(n * 10) / 10;
var roundBox = (b) => ({
  x: round(b.x),
  y: round(b.y),
  width: round(b.width),
  height: round(b.height)
});
function computeTimelineLayout(events2, phases2, options = {}) {
  const i18n = options.i18n ?? createI18n(REFERENCE_LANG);
  const plan = planTimeline(events2, phases2, i18n.t("timeline.otherPhase"));
  return layoutPlan(plan, events2, {
    width: options.width ?? 340,
    maxLabelWidth: options.maxLabelWidth ?? 360,
    unplaced: options.unplaced ?? "below",
    actorName: options.actorName ?? ((id) => id),
    i18n
  });
}
function layoutPlan(plan, events2, s) {
  const sink = {
    lanes: [],
    bands: [],
    marks: [],
    spine: [],
    breaks: [],
    ticks: [],
    groups: [],
    keys: /* @__PURE__ */ new Set()
  };
  const main = plan.lanes.find((l2) => l2.kind === "main");
  const others = mergeSingletons(plan.lanes.filter((l2) => l2.kind === "unplaced"));
  const beside = s.unplaced === "beside" && main !== void 0 && others.length > 0;
  const mainRight = beside ? s.width - BESIDE_WIDTH - 16 : s.width;
  let bottom = 0;
  if (main) bottom = placeLane(main, 0, mainRight, MARGIN, s, sink);
  let unplaced;
  if (others.length > 0) {
    const x0 = beside ? mainRight + 16 : 0;
    const y0 = beside || !main ? 0 : bottom + 16;
    const textX = x0 + MARGIN + 4;
    const inner = s.width - x0 - 2 * (MARGIN + 4);
    let y = y0 + 10;
    const titleLines = wrapText(s.i18n.t("timeline.unplaced.title"), inner, FONT.band, true).map(
      (t) => ({
        text: t,
        y: (y += LINE.band) - 4
      })
    );
    const noteLines = wrapText(s.i18n.t("timeline.unplaced.note"), inner, FONT.meta).map((t) => ({
      text: t,
      y: (y += LINE.meta) - 4
    }));
    y += 4;
    for (const lane of others) y = placeLane(lane, x0 + 2, s.width - 2, y, s, sink) + 4;
    const box = { x: x0 + 1, y: y0 + 1, width: s.width - x0 - 2, height: y + 4 - y0 - 1 };
    unplaced = { box: roundBox(box), textX, titleLines, noteLines };
    bottom = Math.max(bottom, y + 4);
  }
  const counts = /* @__PURE__ */ new Map();
  for (const e of events2) for (const a of e.data.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const actors = [...counts.entries()].map(([id, count]) => ({ id, name: s.actorName(id) ?? id, count })).sort((a, b) => b.count - a.count || s.i18n.compare(a.name, b.name));
  return {
    width: Math.ceil(s.width),
    height: Math.ceil(bottom + MARGIN),
    lanes: sink.lanes,
    ...unplaced ? { unplaced } : {},
    bands: sink.bands,
    marks: sink.marks,
    spine: sink.spine,
    breaks: sink.breaks,
    ticks: sink.ticks,
    groups: sink.groups,
    actors,
    keys: TIMELINE_KEYS.filter((k) => sink.keys.has(k)),
    font: FONT
  };
}
function mergeSingletons(lanes) {
  const out = [];
  const singles = /* @__PURE__ */ new Map();
  for (const lane of lanes) {
    const only = lane.bands.length === 1 ? lane.bands[0] : void 0;
    const step = only?.steps.length === 1 ? only.steps[0] : void 0;
    if (!only || !step || step.events.length !== 1) {
      out.push(lane);
      continue;
    }
    const known = singles.get(only.id);
    if (known) {
      known.bands[0]?.steps[0]?.events.push(...step.events);
      continue;
    }
    const merged = {
      kind: "unplaced",
      bands: [{ ...only, mode: "order", steps: [{ kind: "order", events: [...step.events] }] }]
    };
    singles.set(only.id, merged);
    out.push(merged);
  }
  return out;
}
function makeLabel(e, width, s) {
  const d = e.data;
  const title = wrapText(d.title, width, FONT.title, true);
  const disputed = d.flags.includes("disputed");
  const ongoing = d.flags.includes("ongoing");
  const { t } = s.i18n;
  let time;
  if (d.date === void 0) time = d.when ?? t("timeline.markNoDate");
  else if (disputed) time = t("timeline.markDisputed", { date: formatPartialDate2(d.date, s.i18n) });
  else time = d.when;
  if (ongoing) time = time ? t("timeline.markOngoing", { time }) : t("timeline.markOngoingOnly");
  const meta = time ? wrapText(time, width, FONT.meta) : [];
  const note = disputed && d.note !== void 0;
  const noteWidth = note ? measureText(t("date.whyDisputed"), FONT.meta) : 0;
  const titleWidth = Math.ceil(Math.max(...title.map((l2) => measureText(l2, FONT.title, true))));
  const metaWidth = Math.max(0, ...meta.map((l2) => measureText(l2, FONT.meta)));
  return {
    title,
    meta,
    note,
    width: Math.ceil(Math.max(titleWidth, noteWidth, metaWidth)),
    titleWidth,
    height: title.length * LINE.title + (meta.length + (note ? 1 : 0)) * LINE.meta + 2
  };
}
function tickLines(date, s, width) {
  return wrapText(formatShortDate(date, s.i18n), width, FONT.axis);
}
function placeLane(lane, x0, x1, top, s, sink) {
  const laneIndex = sink.lanes.length;
  const laneEvents = lane.bands.flatMap((b) => b.steps.flatMap((st) => st.events));
  const dates = laneEvents.flatMap(
    (e) => e.data.date !== void 0 && !e.data.flags.includes("disputed") ? [e.data.date] : []
  );
  const multi = lane.bands.some((b) => b.steps.some((st) => st.events.length > 1));
  const widest = Math.max(
    multi ? GUTTER.min + 12 : 0,
    ...dates.map((d) => measureText(formatShortDate(d, s.i18n), FONT.axis))
  );
  const gutter = Math.min(GUTTER.max, Math.max(GUTTER.min, Math.ceil(widest)));
  const spineX = x0 + MARGIN + gutter + 12;
  const hasSpine = laneEvents.length > 1 && !(lane.bands.length === 1 && lane.bands[0]?.steps.length === 1);
  const stepIndex = /* @__PURE__ */ new Map();
  const stepBand = [];
  const bandLastStep = [];
  let si = 0;
  lane.bands.forEach((b, bi) => {
    for (const st of b.steps) {
      for (const e of st.events) stepIndex.set(e.id, si);
      stepBand.push(bi);
      si++;
    }
    bandLastStep.push(si - 1);
  });
  const trackOf = /* @__PURE__ */ new Map();
  const trackEnds = [];
  const extended = laneEvents.filter((e) => e.data.span || e.data.flags.includes("ongoing")).map((e) => {
    const start = stepIndex.get(e.id) ?? 0;
    const bandEnd = bandLastStep[stepBand[start] ?? 0] ?? start;
    const targets = e.data.span ? e.data.before.flatMap((b) => {
      const at = stepIndex.get(b);
      return at !== void 0 && at > start ? [at - 1] : [];
    }) : [];
    return { id: e.id, start, end: Math.min(bandEnd, ...targets) };
  }).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const x of extended) {
    let t = trackEnds.findIndex((end) => end < x.start);
    if (t === -1) t = trackEnds.length;
    trackEnds[t] = x.end;
    trackOf.set(x.id, t);
  }
  const trackStep = Math.min(TRACK, MAX_TRACKS_WIDTH / Math.max(1, trackEnds.length));
  const labelX = spineX + 14 + Math.min(trackEnds.length * TRACK, MAX_TRACKS_WIDTH);
  const labelWidth = Math.max(80, Math.min(s.maxLabelWidth, x1 - labelX - 4));
  const labels = new Map(laneEvents.map((e) => [e.id, makeLabel(e, labelWidth, s)]));
  const placed = /* @__PURE__ */ new Map();
  let cursor = top;
  const bandStart = sink.bands.length;
  lane.bands.forEach((plan, bi) => {
    const bandIndex = bandStart + bi;
    const bandTop = cursor;
    const textX = x0 + MARGIN;
    let y = bandTop + 8;
    const inner = x1 - textX - 4;
    const titleLines = wrapText(plan.title, inner, FONT.band, true).map((t) => ({
      text: t,
      y: (y += LINE.band) - 4
    }));
    const noteLines = plan.orderStated === false ? wrapText(s.i18n.t("timeline.phaseOrderInferred"), inner, FONT.meta).map((t) => ({
      text: t,
      y: (y += LINE.meta) - 4
    })) : [];
    const headerWidth = Math.max(
      ...titleLines.map((l2) => measureText(l2.text, FONT.band, true)),
      ...noteLines.map((l2) => measureText(l2.text, FONT.meta))
    );
    const header = { x: textX, y: bandTop + 8, width: headerWidth, height: y + 4 - (bandTop + 8) };
    cursor = y + 10;
    const gutterItems = [];
    let lastSpineY;
    const spineTo = (from, kind, to) => {
      if (to - from > 0.5) sink.spine.push({ x: spineX, y1: round(from), y2: round(to), kind });
      if (to - from > 0.5) sink.keys.add(kind === "time" ? "axis-time" : "axis-order");
    };
    const joinSpine = (startY) => {
      if (lastSpineY !== void 0 && hasSpine) spineTo(lastSpineY, "order", startY);
    };
    const addTicks = (list) => {
      const seen = /* @__PURE__ */ new Set();
      for (const p of list) {
        const date = p.event.data.date;
        if (date === void 0 || p.event.data.flags.includes("disputed")) continue;
        const key = `${date}@${round(p.y)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        gutterItems.push({
          kind: "tick",
          anchor: p.y,
          lines: tickLines(date, s, gutter),
          datetime: date
        });
      }
    };
    let i = 0;
    while (i < plan.steps.length) {
      const step = plan.steps[i];
      if (!step) break;
      if (step.kind === "order") {
        const list = step.events.map((e) => {
          const label = labels.get(e.id) ?? makeLabel(e, labelWidth, s);
          const p = {
            event: e,
            band: bandIndex,
            y: cursor + GLYPH_DROP,
            labelTop: cursor,
            label
          };
          cursor += label.height + LABEL_GAP;
          return p;
        });
        const first = list[0];
        const last = list.at(-1);
        if (first && last) {
          joinSpine(first.y);
          if (hasSpine) spineTo(first.y, "order", last.y);
          lastSpineY = last.y;
        }
        if (list.length > 1 && first && last) {
          const y1 = first.labelTop + 2;
          const y2 = last.labelTop + last.label.height;
          gutterItems.push({
            kind: "group",
            anchor: (y1 + y2) / 2,
            lines: wrapText(s.i18n.t("timeline.unordered"), gutter, FONT.axis - 1),
            y1,
            y2
          });
          sink.keys.add("group");
        }
        addTicks(list);
        for (const p of list) placed.set(p.event.id, p);
        i++;
        continue;
      }
      const run = [];
      while (plan.steps[i]?.kind === "date") run.push(plan.steps[i++]);
      const result = placeRun(run, cursor, labels, bandIndex);
      joinSpine(result.startY);
      for (const piece of result.pieces) {
        if (piece.kind === "time") spineTo(piece.y1, "time", piece.y2);
        else {
          sink.breaks.push({ x: spineX, y: round((piece.y1 + piece.y2) / 2) });
          sink.keys.add("break");
        }
      }
      if (result.pieces.length === 0 && result.placed.length > 0 && hasSpine) {
        spineTo(result.startY, "order", result.endY);
      }
      lastSpineY = result.endY;
      addTicks(result.placed);
      for (const p of result.placed) placed.set(p.event.id, p);
      cursor = result.bottom;
    }
    let gutterBottom = cursor;
    let prevBottom = -Infinity;
    for (const item of gutterItems.sort((a, b) => a.anchor - b.anchor)) {
      const h = item.lines.length * LINE.axis;
      const wanted = item.kind === "tick" ? item.anchor - 11 : item.anchor - h / 2;
      const itemTop = Math.max(wanted, prevBottom + 3, header.y + header.height + 2);
      prevBottom = itemTop + h;
      gutterBottom = Math.max(gutterBottom, prevBottom + LABEL_GAP);
      const textRight = spineX - (item.kind === "tick" ? 15 : 14);
      const w = Math.max(
        ...item.lines.map((l2) => measureText(l2, item.kind === "tick" ? FONT.axis : FONT.axis - 1))
      );
      const lines = item.lines.map((t, k) => ({
        text: t,
        y: round(itemTop + (k + 1) * LINE.axis - 4)
      }));
      const box = roundBox({ x: textRight - w, y: itemTop, width: w, height: h });
      if (item.kind === "tick") {
        const moved = itemTop - wanted > 2;
        sink.ticks.push({
          x: spineX,
          y: round(item.anchor),
          textX: round(textRight),
          lines,
          datetime: item.datetime ?? "",
          box,
          ...moved ? {
            leader: {
              x1: round(textRight + 2),
              y1: round(itemTop + 7),
              x2: round(spineX - 8),
              y2: round(item.anchor)
            }
          } : {}
        });
      } else {
        sink.groups.push({
          x: spineX - 8,
          y1: round(item.y1 ?? item.anchor),
          y2: round(item.y2 ?? item.anchor),
          textX: round(textRight),
          lines,
          box
        });
      }
    }
    cursor = Math.max(cursor, gutterBottom) - LABEL_GAP + 8;
    const bandEvents = plan.steps.flatMap((st) => st.events);
    const contentBottom = cursor;
    let bandBottom = contentBottom;
    const extents = /* @__PURE__ */ new Map();
    for (const e of bandEvents) {
      const p = placed.get(e.id);
      const track = trackOf.get(e.id);
      if (!p || track === void 0) continue;
      const x = spineX + 10 + track * trackStep;
      let span;
      if (e.data.span) {
        const own = stepIndex.get(e.id) ?? 0;
        const ends = e.data.before.flatMap((b) => {
          const target = placed.get(b);
          if (target && target.band === bandIndex && target.y > p.y)
            return [Math.max(p.y + 8, target.y - 10)];
          const at = stepIndex.get(b);
          return at !== void 0 && at > own && !target ? [contentBottom - 4] : [];
        });
        const open = ends.length === 0;
        span = { x, y1: p.y, y2: open ? contentBottom - 4 : Math.min(...ends), open };
        sink.keys.add("span");
      }
      let tail;
      if (e.data.flags.includes("ongoing")) {
        const from = span ? Math.max(span.y1 + 6, span.y2) : p.y + GLYPH_R + 1;
        tail = { x, y1: from, y2: Math.max(from + 28, contentBottom + 20) };
        bandBottom = Math.max(bandBottom, tail.y2 + 4);
        sink.keys.add("ongoing");
      }
      extents.set(e.id, { ...span ? { span } : {}, ...tail ? { tail } : {} });
    }
    const band = {
      id: plan.id,
      title: plan.title,
      lane: laneIndex,
      mode: plan.mode,
      ...plan.orderStated === void 0 ? {} : { orderStated: plan.orderStated },
      textX: round(textX),
      titleLines,
      noteLines,
      header: roundBox(header),
      x: round(x0),
      y: round(bandTop),
      width: round(x1 - x0),
      height: round(bandBottom - bandTop)
    };
    sink.bands.push(band);
    for (const e of bandEvents) {
      const p = placed.get(e.id);
      if (!p) continue;
      const ex = extents.get(e.id);
      sink.marks.push(
        finishMark(p, {
          laneIndex,
          bandIndex,
          lane: lane.kind,
          band,
          spineX,
          labelX,
          span: ex?.span,
          tail: ex?.tail,
          s,
          keys: sink.keys
        })
      );
    }
    cursor = bandBottom + BAND_GAP;
  });
  const bottom = cursor - BAND_GAP;
  sink.lanes.push({
    kind: lane.kind,
    spineX: round(spineX),
    box: roundBox({ x: x0, y: top, width: x1 - x0, height: bottom - top })
  });
  return bottom;
}
function placeRun(run, top, labels, band) {
  const events2 = run.flatMap((st) => st.events);
  const period = new Map(events2.map((e) => [e.id, dateInterval(e.data.date ?? "")]));
  const clusters = run.map((st) => {
    const ps = st.events.map((e) => period.get(e.id) ?? dateInterval(e.data.date ?? ""));
    return {
      start: Math.min(...ps.map((p) => p.start.getTime())),
      end: Math.max(...ps.map((p) => p.end.getTime()))
    };
  });
  const centre = (id) => {
    const p = period.get(id);
    return p ? (p.start.getTime() + p.end.getTime()) / 2 : 0;
  };
  const heightOf = (id) => labels.get(id)?.height ?? LINE.title;
  const y0 = top + GLYPH_DROP;
  const point = events2.every((e) => datePrecision(e.data.date ?? "") === "day") && new Set(events2.map((e) => e.data.date)).size === 1;
  const breaks = /* @__PURE__ */ new Set();
  let k = 0;
  if (!point) {
    const gaps = clusters.slice(1).map((c, j) => c.start - (clusters[j]?.end ?? c.start));
    const extent = clusters.reduce((sum, c) => sum + (c.end - c.start), 0);
    for (; ; ) {
      const open = gaps.map((g, j) => ({ g, j })).filter((x) => !breaks.has(x.j)).sort((a, b) => b.g - a.g);
      const [largest, second] = open;
      if (largest && second && largest.g > BREAK_RATIO * second.g) breaks.add(largest.j);
      else break;
    }
    const length = extent + gaps.reduce((sum, g, j) => sum + (breaks.has(j) ? 0 : g), 0);
    const desired = Math.max(
      30,
      events2.reduce((sum, e) => sum + heightOf(e.id) + LABEL_GAP, 0) - LABEL_GAP
    );
    k = length > 0 ? desired / length : 0;
  }
  const base = [];
  let at = y0;
  clusters.forEach((c, j) => {
    base.push(at);
    at += k * (c.end - c.start);
    const next = clusters[j + 1];
    if (next) at += breaks.has(j) ? BREAK_PX : k * (next.start - c.end);
  });
  const yOf = (t, j) => point ? y0 : (base[j] ?? y0) + k * (t - (clusters[j]?.start ?? t));
  const endY = point ? y0 : at;
  const pieces = [];
  if (!point) {
    let from = base[0] ?? y0;
    clusters.forEach((c, j) => {
      const end = (base[j] ?? y0) + k * (c.end - c.start);
      if (breaks.has(j)) {
        pieces.push({ kind: "time", y1: from, y2: end });
        pieces.push({ kind: "break", y1: end, y2: end + BREAK_PX });
        from = end + BREAK_PX;
      }
    });
    pieces.push({ kind: "time", y1: from, y2: endY });
  }
  const ordered = run.flatMap((st, j) => st.events.map((e) => ({ e, j, t: centre(e.id) })));
  ordered.sort((a, b) => a.t - b.t || a.j - b.j);
  let prevBottom = top - LABEL_GAP;
  const placed = ordered.map(({ e, j, t }) => {
    const label = labels.get(e.id);
    const y = yOf(t, j);
    const labelTop = Math.max(y - GLYPH_DROP, prevBottom + LABEL_GAP);
    prevBottom = labelTop + (label?.height ?? LINE.title);
    const p = period.get(e.id);
    const precision = datePrecision(e.data.date ?? "");
    const range = !point && p && precision !== "day" ? { y1: yOf(p.start.getTime(), j), y2: yOf(p.end.getTime(), j) } : void 0;
    return {
      event: e,
      band,
      y,
      labelTop,
      label: label ?? { title: [], meta: [], note: false, width: 0, titleWidth: 0, height: 0 },
      ...range && range.y2 - range.y1 > 2 * GLYPH_R ? { range } : {}
    };
  });
  return {
    placed,
    pieces,
    startY: point ? y0 : base[0] ?? y0,
    endY,
    bottom: Math.max(endY + GLYPH_R + 4, prevBottom) + LABEL_GAP
  };
}
function finishMark(p, o) {
  const d = p.event.data;
  const { label } = p;
  let baseline = p.labelTop;
  const titleLines = label.title.map((text) => ({ text, y: round((baseline += LINE.title) - 4) }));
  const metaLines = label.meta.map((text) => ({ text, y: round((baseline += LINE.meta) - 4) }));
  const { i18n } = o.s;
  const noteLine = label.note ? { text: i18n.t("date.whyDisputed"), y: round((baseline += LINE.meta) - 4) } : void 0;
  const precision = d.date === void 0 ? "none" : datePrecision(d.date);
  const disputed = d.flags.includes("disputed");
  const ongoing = d.flags.includes("ongoing");
  o.keys.add(precision);
  if (disputed) o.keys.add("disputed");
  const moved = p.labelTop - (p.y - GLYPH_DROP) > 3;
  const time = describeEventTime(d, i18n).text;
  const who = i18n.list(d.actors.map((a) => o.s.actorName(a) ?? a));
  const description = [
    `${d.title}.`,
    `${i18n.capitalize(time)}.`,
    d.span ? i18n.t("timeline.describeSpan") : "",
    ongoing ? i18n.t("timeline.describeOngoing") : "",
    o.lane === "unplaced" ? i18n.t("timeline.describeUnplaced") : "",
    o.band.id ? i18n.t("timeline.describePhase", { phase: o.band.title }) : "",
    who ? i18n.t("timeline.describeActors", { names: who }) : ""
  ].filter(Boolean).join(" ");
  const titleBottom = (titleLines.at(-1)?.y ?? p.labelTop) + 5;
  const labelBox = { x: o.labelX, y: p.labelTop, width: label.width, height: label.height };
  const hitTop = moved ? p.labelTop - 2 : Math.min(p.y - GLYPH_R - 3, p.labelTop - 2);
  const hitLeft = moved ? o.labelX - 4 : o.spineX - GLYPH_R - 4;
  const glyphTop = p.y - GLYPH_R - 2;
  const boxTop = Math.min(glyphTop, p.labelTop);
  return {
    id: p.event.id,
    lane: o.laneIndex,
    band: o.bandIndex,
    phase: o.band.id,
    x: round(o.spineX),
    y: round(p.y),
    precision,
    disputed,
    ongoing,
    ...o.span ? {
      span: {
        x: round(o.span.x),
        y1: round(o.span.y1),
        y2: round(o.span.y2),
        open: o.span.open
      }
    } : {},
    ...p.range ? { range: { y1: round(p.range.y1), y2: round(p.range.y2) } } : {},
    ...o.tail ? { tail: { x: round(o.tail.x), y1: round(o.tail.y1), y2: round(o.tail.y2) } } : {},
    ...moved ? {
      leader: {
        x1: round(o.spineX + GLYPH_R + 1),
        y1: round(p.y),
        x2: round(o.labelX - 3),
        y2: round(p.labelTop + GLYPH_DROP)
      }
    } : {},
    ...d.date === void 0 ? {} : { date: d.date },
    labelX: round(o.labelX),
    titleLines,
    metaLines,
    ...noteLine ? { noteLine } : {},
    ...d.note === void 0 ? {} : { note: d.note },
    actors: [...d.actors],
    description,
    label: roundBox(labelBox),
    hit: roundBox({
      x: hitLeft,
      y: hitTop,
      width: o.labelX + Math.max(label.titleWidth, 8) + 4 - hitLeft,
      height: titleBottom - hitTop
    }),
    box: roundBox({
      x: o.spineX - GLYPH_R - 2,
      y: boxTop,
      width: o.labelX + label.width - (o.spineX - GLYPH_R - 2),
      height: p.labelTop + label.height - boxTop
    })
  };
}

// src/lib/timeline/fixture.ts
function timelineFixture() {
  const phase = (id, title, order) => ({
    id,
    file: `fixture/phases/${id}.yaml`,
    data: { title, summary: `${title}.`, order }
  });
  const event = (id, data) => ({
    id,
    file: `fixture/events/${id}.yaml`,
    data: {
      summary: `${data.title}.`,
      after: [],
      before: [],
      inferred: [],
      span: false,
      flags: [],
      actors: ["fx-agency"],
      claims: ["fx-claim"],
      ...data
    }
  });
  return {
    phases: [
      phase("fx-after", "Aftermath", 4),
      phase("fx-background", "Background", 1),
      phase("fx-channel", "The quiet channel", 2),
      phase("fx-strike", "The raid", 3)
    ],
    events: [
      event("fx-reward", { title: "A reward is offered", date: "2020", phase: "fx-background" }),
      event("fx-charges", {
        title: "Charges are filed",
        date: "2020-03",
        phase: "fx-background",
        actors: ["fx-agency", "fx-minister"]
      }),
      event("fx-reward-raised", {
        title: "The reward is raised",
        when: "Later",
        after: ["fx-reward"],
        phase: "fx-background"
      }),
      event("fx-renewal", {
        title: "Measures are renewed",
        date: "2021-06-15",
        phase: "fx-background"
      }),
      event("fx-feud", {
        title: "A feud between two ministries",
        when: "Some years back",
        before: ["fx-feud-ends"],
        phase: "fx-background",
        actors: ["fx-minister"]
      }),
      event("fx-feud-ends", {
        title: "The feud ends",
        when: "Later",
        after: ["fx-feud"],
        phase: "fx-background",
        actors: ["fx-minister", "fx-agency"]
      }),
      event("fx-contact", {
        title: "First contacts with the minister",
        when: "Early in the new administration",
        after: ["fx-reward-raised"],
        phase: "fx-channel",
        actors: ["fx-agency", "fx-minister"]
      }),
      event("fx-talks", {
        title: "Talks with the minister",
        when: "In the months before the raid",
        after: ["fx-contact"],
        before: ["fx-raid"],
        span: true,
        phase: "fx-channel",
        actors: ["fx-agency", "fx-minister"]
      }),
      event("fx-warning", {
        title: "Officials warn the minister not to use the militias",
        when: "During the talks",
        after: ["fx-contact"],
        phase: "fx-channel",
        actors: ["fx-agency", "fx-minister"]
      }),
      event("fx-go-betweens", {
        title: "Messages pass through intermediaries",
        when: "During the talks",
        after: ["fx-contact"],
        span: true,
        phase: "fx-channel",
        actors: ["fx-minister"]
      }),
      event("fx-raid", {
        title: "The raid to detain the president",
        date: "2023-01-03",
        flags: ["disputed"],
        note: "fx-note",
        after: ["fx-warning", "fx-go-betweens"],
        phase: "fx-strike",
        actors: ["fx-agency", "fx-president"]
      }),
      event("fx-not-held", {
        title: "The minister is not detained",
        when: "During the raid",
        after: ["fx-raid"],
        phase: "fx-strike",
        actors: ["fx-minister"]
      }),
      event("fx-talks-go-on", {
        title: "Talks go on",
        when: "Since the raid",
        after: ["fx-raid"],
        span: true,
        flags: ["ongoing"],
        phase: "fx-after",
        actors: ["fx-agency", "fx-minister"]
      }),
      event("fx-defiance", {
        title: "The minister denounces the intervention",
        when: "After the raid",
        after: ["fx-raid"],
        phase: "fx-after",
        actors: ["fx-minister"]
      }),
      event("fx-checkpoints", {
        title: "Fewer searches at checkpoints",
        when: "Recently",
        after: ["fx-defiance"],
        phase: "fx-after",
        actors: ["fx-minister"]
      }),
      event("fx-releases", {
        title: "Political prisoners are released, slowly",
        when: "Recently",
        after: ["fx-raid"],
        flags: ["ongoing"],
        phase: "fx-after",
        actors: ["fx-minister", "fx-rights-group"]
      })
    ]
  };
}

// .bench/.tl-print.mts
var which = process.argv[2] ?? "story";
var events;
var phases;
if (which === "fixture") ({ events, phases } = timelineFixture());
else {
  const r = readContent(process.argv[3] ?? "/work/wt/timeline/content");
  events = r.story.events;
  phases = r.story.phases;
}
var l = computeTimelineLayout(events, phases, { width: Number(process.env.W ?? 340), unplaced: process.env.U ?? "below" });
console.log("size", l.width, l.height, "keys", l.keys.join(","));
for (const b of l.bands) console.log("band", b.lane, b.id, b.mode, b.orderStated, b.y, b.height);
for (const m of l.marks) console.log("  mark", m.lane, m.phase, m.id, m.precision, "y", m.y, "label", m.labelX, m.label.y, m.label.height, m.leader ? "LEADER" : "", m.span ? `span ${m.span.y1}-${m.span.y2} ${m.span.open}` : "", m.tail ? `tail ${m.tail.y1}-${m.tail.y2}` : "", m.range ? `range ${m.range.y1}-${m.range.y2}` : "");
for (const t of l.ticks) console.log("  tick", t.datetime, t.y, t.lines.map((x) => x.text).join("/"));
for (const s of l.spine) console.log("  spine", s.kind, s.x, s.y1, s.y2);
console.log("breaks", JSON.stringify(l.breaks), "groups", l.groups.length, "unplaced", JSON.stringify(l.unplaced?.box));
