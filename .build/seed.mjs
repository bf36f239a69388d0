// payload.config.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lexicalEditor } from "@payloadcms/richtext-lexical";
import { buildConfig } from "payload";

// src/access/roles.ts
var roles = ["admin", "editor"];
function hasRole(user, ...allowed) {
  return Boolean(user && "role" in user && allowed.includes(user.role));
}
var isStaff = (user) => hasRole(user, "admin", "editor");

// src/access/index.ts
var anyone = () => true;
var nobody = () => false;
var staffOnly = ({ req: { user } }) => isStaff(user);
var adminsOnly = ({ req: { user } }) => hasRole(user, "admin");
var staffOrPublished = ({ req: { user } }) => isStaff(user) ? true : { _status: { equals: "published" } };
var adminsOrSelf = ({ req: { user } }) => {
  if (hasRole(user, "admin")) return true;
  if (user) return { id: { equals: user.id } };
  return false;
};
var adminsOnlyField = ({ req: { user } }) => hasRole(user, "admin");

// src/cache/tags.ts
var TAGS = {
  trustCenter: "trust-center",
  categories: "categories",
  subprocessors: "subprocessors",
  policies: "policies",
  changes: "changes"
};

// src/fields/slug.ts
import { ValidationError } from "payload";
var SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function slugify(value) {
  return value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/&/g, " and ").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
}
async function slugTakenMessage(req, collection, slug, id) {
  const where = { slug: { equals: slug } };
  if (id !== void 0) where.id = { not_equals: id };
  const { totalDocs } = await req.payload.count({
    collection,
    where,
    req,
    overrideAccess: true
  });
  return totalDocs > 0 ? `Another entry already uses the slug "${slug}". Choose a different one.` : null;
}
var reservedMessage = (slug) => `"${slug}" is reserved for a page of the trust center itself. Choose a different slug.`;
function slugField(sourceField, description, reserved = []) {
  const fillFromSource = ({ value, data }) => {
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    const source = data?.[sourceField];
    return typeof source === "string" ? slugify(source) : value;
  };
  const refuseTakenSlug = async ({ value, req, collection, originalDoc }) => {
    if (typeof value !== "string" || !collection || value === originalDoc?.slug) return value;
    const message = reserved.includes(value) ? reservedMessage(value) : await slugTakenMessage(req, collection.slug, value, originalDoc?.id);
    if (message) throw new ValidationError({ collection: collection.slug, errors: [{ path: "slug", message }] });
    return value;
  };
  return {
    name: "slug",
    label: "Web address name (slug)",
    type: "text",
    required: true,
    unique: true,
    index: true,
    admin: { position: "sidebar", description },
    hooks: { beforeValidate: [fillFromSource], beforeChange: [refuseTakenSlug] },
    validate: async (value, { req, id, collectionSlug }) => {
      if (typeof value !== "string" || value === "") return "Enter a slug, or fill in the name first.";
      if (!SLUG_PATTERN.test(value)) {
        return 'Use only lowercase letters, numbers and single hyphens, for example "amazon-web-services".';
      }
      if (reserved.includes(value)) return reservedMessage(value);
      if (!collectionSlug) return true;
      return await slugTakenMessage(req, collectionSlug, value, id) ?? true;
    }
  };
}

// collections/Categories/hooks/preventDeletingUsedCategory.ts
import { APIError } from "payload";
var preventDeletingUsedCategory = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: "subprocessors",
    where: { category: { equals: id } },
    req,
    overrideAccess: true
  });
  if (totalDocs > 0) {
    throw new APIError(
      `This category still lists ${totalDocs} subprocessor${totalDocs === 1 ? "" : "s"}. Move them to another category before deleting it.`,
      409,
      null,
      true
    );
  }
};

// src/cache/revalidate.ts
import { revalidateTag } from "next/cache";

// src/cache/revalidateThroughServer.ts
import { createHmac, timingSafeEqual } from "node:crypto";
var tokenFor = (tags) => createHmac("sha256", process.env.PAYLOAD_SECRET ?? "").update(`revalidate:${tags.join(",")}`).digest("base64url");
async function revalidateThroughServer(tags, payload2) {
  const port = process.env.PORT || "3000";
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-token": tokenFor(tags) },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5e3)
    });
    if (!response.ok) payload2.logger.warn({ msg: `Portal revalidation answered ${response.status}` });
  } catch (error) {
    payload2.logger.debug({ msg: `Portal revalidation skipped: ${error.message}` });
  }
}

// src/cache/revalidate.ts
function revalidatePortal(tags, context2, payload2) {
  if (context2.disableRevalidate) return;
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch {
    void revalidateThroughServer(tags, payload2);
  }
}
var revalidateAfterChange = (tags) => ({ doc, context: context2, req }) => {
  revalidatePortal(tags, context2, req.payload);
  return doc;
};
var revalidateAfterDelete = (tags) => ({ doc, context: context2, req }) => {
  revalidatePortal(tags, context2, req.payload);
  return doc;
};
var revalidateGlobalAfterChange = (tags) => ({ doc, context: context2, req }) => {
  revalidatePortal(tags, context2, req.payload);
  return doc;
};
var revalidateTags = (tags, context2, payload2) => revalidatePortal(tags, context2, payload2);

// collections/Categories/index.ts
var Categories = {
  slug: "categories",
  labels: { singular: "Category", plural: "Categories" },
  admin: {
    useAsTitle: "name",
    defaultColumns: ["name", "order", "slug", "updatedAt"],
    group: "Trust center",
    description: 'Groups that organise the subprocessor list, such as "Infrastructure and Hosting".'
  },
  defaultSort: "order",
  access: {
    create: staffOnly,
    read: anyone,
    update: staffOnly,
    delete: staffOnly
  },
  hooks: {
    beforeDelete: [preventDeletingUsedCategory],
    afterChange: [revalidateAfterChange([TAGS.categories])],
    afterDelete: [revalidateAfterDelete([TAGS.categories])]
  },
  fields: [
    {
      name: "name",
      label: "Category name",
      type: "text",
      required: true,
      maxLength: 120,
      admin: { description: 'The heading visitors see above this group, for example "Payments and Payouts".' }
    },
    {
      name: "description",
      type: "textarea",
      maxLength: 1e3,
      admin: { description: "Optional. One or two sentences shown under the heading." }
    },
    {
      name: "order",
      label: "Display order",
      type: "number",
      required: true,
      defaultValue: 100,
      min: 0,
      admin: {
        position: "sidebar",
        description: "Lower numbers are shown first. Use steps of 10 to leave room between categories."
      }
    },
    slugField("name", "Used in web addresses and the API. Filled in from the name; change it only if you must.")
  ]
};

// src/schema/changeNotice.ts
var changeKinds = [
  { value: "addition", label: "Addition: we start using a new subprocessor" },
  { value: "replacement", label: "Replacement: a new subprocessor takes over from another" },
  { value: "removal", label: "Removal: we stop using a subprocessor" },
  { value: "material-edit", label: "Change: new purpose, data processed or location" }
];
var changeStatuses = [
  { value: "draft", label: "Not announced yet" },
  { value: "announced", label: "Announced: customers notified" },
  { value: "effective", label: "In effect" },
  { value: "cancelled", label: "Cancelled" }
];

// collections/Changes/hooks/announce.ts
import {
  APIError as APIError2,
  ValidationError as ValidationError2
} from "payload";

// src/changes/fields.ts
var publicFields = [
  { name: "name", label: "Name" },
  { name: "legalEntity", label: "Legal entity" },
  { name: "category", label: "Category" },
  { name: "purpose", label: "Purpose" },
  { name: "dataProcessed", label: "Data processed" },
  { name: "locations", label: "Locations" },
  { name: "securityUrl", label: "Security information" },
  { name: "websiteUrl", label: "Website" },
  { name: "transferSafeguards", label: "Transfer safeguards" },
  { name: "contact", label: "Postal address or contact" },
  { name: "notes", label: "Notes" }
];
var materialFields = ["purpose", "dataProcessed", "locations"];
function normalise(value) {
  if (value === void 0 || value === null || value === "") return null;
  if (Array.isArray(value)) return value.length ? value.map((v) => String(v)) : null;
  if (typeof value === "object" && "id" in value) return String(value.id);
  return String(value);
}
function snapshotOf(doc) {
  if (!doc) return null;
  const snapshot = { slug: typeof doc.slug === "string" ? doc.slug : void 0 };
  for (const { name } of publicFields) snapshot[name] = normalise(doc[name]);
  return snapshot;
}
var same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function diffSnapshots(subprocessor, before, after) {
  const changes = [];
  for (const { name, label } of publicFields) {
    const b = before?.[name] ?? null;
    const a = after?.[name] ?? null;
    if (!same(a, b)) changes.push({ subprocessor: subprocessor.id, subprocessorName: subprocessor.name, field: name, label, before: b, after: a });
  }
  return changes;
}
var showValue = (value) => value === null ? "(none)" : Array.isArray(value) ? value.join(", ") : value;
var describeFieldChange = (c) => `${c.subprocessorName}, ${c.label}: ${showValue(c.before)} \u2192 ${showValue(c.after)}`;
var isMaterial = (changes) => changes.some((change) => materialFields.includes(change.field));

// src/changes/noticeSettings.ts
var DEFAULT_NOTICE_DAYS = 30;
async function noticeSettings(payload2, req) {
  const settings = await payload2.findGlobal({
    slug: "trust-center",
    depth: 0,
    req,
    overrideAccess: true
  });
  return {
    noticePeriodDays: typeof settings.noticePeriodDays === "number" ? settings.noticePeriodDays : DEFAULT_NOTICE_DAYS,
    requireNotice: settings.requireNotice !== false,
    companyName: settings.companyName ?? "We",
    contactEmail: settings.contactEmail ?? ""
  };
}

// src/db/documents.ts
var idOf = (value) => {
  if (value === null || value === void 0 || value === "") return null;
  if (typeof value === "object" && "id" in value) return String(value.id);
  return String(value);
};

// src/utilities/dates.ts
var longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC"
});
var formatDate = (date) => longDate.format(new Date(date));
var DAY_MS = 24 * 60 * 60 * 1e3;

// src/changes/snapshots.ts
async function publishedDoc(payload2, id, req) {
  const doc = await payload2.db.findOne({
    collection: "subprocessors",
    where: { id: { equals: id } },
    req
  });
  return doc && doc._status === "published" ? doc : null;
}
async function latestVersion(payload2, id, req) {
  const { docs } = await payload2.findVersions({
    collection: "subprocessors",
    where: { parent: { equals: id } },
    sort: "-updatedAt",
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true
  });
  return docs[0] ?? null;
}
async function latestPublishedVersionId(payload2, id, req) {
  const { docs } = await payload2.findVersions({
    collection: "subprocessors",
    where: { and: [{ parent: { equals: id } }, { "version._status": { equals: "published" } }] },
    sort: "-updatedAt",
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true
  });
  return docs[0] ? String(docs[0].id) : null;
}
async function readableSnapshot(payload2, doc, req) {
  const snapshot = snapshotOf(doc && { ...doc });
  if (!snapshot) return null;
  const categoryId = idOf(doc?.category);
  if (categoryId) {
    const category = await payload2.db.findOne({
      collection: "categories",
      where: { id: { equals: categoryId } },
      req
    });
    snapshot.category = category?.name ?? snapshot.category ?? null;
  }
  return snapshot;
}

// collections/Changes/hooks/announce.ts
var kindWords = {
  addition: "new subprocessor",
  replacement: "replacement",
  removal: "removal",
  "material-edit": "change"
};
var lockedAfterAnnouncement = [
  "kind",
  "subprocessor",
  "replaces",
  "reason",
  "effectiveDate",
  "urgentReason"
];
var comparable = (value) => {
  const text = value instanceof Date ? value.toISOString() : idOf(value);
  return text && /^\d{4}-\d\d-\d\dT/.test(text) ? String(Date.parse(text)) : text;
};
var same2 = (a, b) => comparable(a) === comparable(b);
var refuse = (errors) => {
  throw new ValidationError2({ collection: "changes", errors });
};
var announceChange = async ({
  data,
  originalDoc,
  req
}) => {
  const previous = originalDoc?.status ?? "draft";
  const next = data.status ?? previous;
  if (req.context.applyingChange) return data;
  if (previous !== "draft") {
    const edited = lockedAfterAnnouncement.filter((f) => f in data && !same2(data[f], originalDoc?.[f]));
    if (edited.length) {
      refuse(edited.map((path2) => ({ path: path2, message: "This change has been announced and can no longer be edited. Cancel it and announce a new one instead." })));
    }
    if (next === previous) return data;
    if (previous === "announced" && next === "cancelled") return data;
    refuse([{ path: "status", message: previous === "announced" ? "An announced change can only be cancelled (before its effective date)." : `A change that is ${previous} cannot be changed any more.` }]);
  }
  const merged = { ...originalDoc, ...data };
  const subprocessorId = idOf(merged.subprocessor);
  const subprocessor = subprocessorId ? await req.payload.db.findOne({
    collection: "subprocessors",
    where: { id: { equals: subprocessorId } },
    req
  }) : null;
  const kindWord = merged.kind && kindWords[merged.kind] || "change";
  const title = subprocessor ? `${subprocessor.name}: ${kindWord}` : "Change notice";
  if (next === "effective") refuse([{ path: "status", message: "A change takes effect by itself on its effective date. Announce it first." }]);
  if (next !== "announced") return { ...data, title };
  return { ...data, ...await prepareAnnouncement(req.payload, merged, subprocessor, req), title };
};
async function prepareAnnouncement(payload2, change, subprocessor, req) {
  const errors = [];
  const { noticePeriodDays } = await noticeSettings(payload2, req);
  const now = /* @__PURE__ */ new Date();
  const effective = new Date(String(change.effectiveDate));
  const earliest = new Date(now.getTime() + noticePeriodDays * DAY_MS);
  const urgent = typeof change.urgentReason === "string" && change.urgentReason.trim() !== "";
  if (Number.isNaN(effective.getTime())) errors.push({ path: "effectiveDate", message: "Choose the date this change takes effect." });
  else if (effective.getTime() < now.getTime() - 6e4) {
    errors.push({ path: "effectiveDate", message: "The effective date is in the past. Choose today or a later date." });
  } else if (effective < earliest && !urgent) {
    errors.push({
      path: "effectiveDate",
      message: `Customers must get ${noticePeriodDays} days' notice: choose ${formatDate(earliest)} or later, or explain under "Reason for a shorter notice" why this change is urgent.`
    });
  }
  if (!subprocessor) {
    errors.push({ path: "subprocessor", message: "Choose the subprocessor this change is about." });
    return refuse(errors);
  }
  const { id, name } = subprocessor;
  const published = await publishedDoc(payload2, id, req);
  const latest = await latestVersion(payload2, id, req);
  let fieldChanges = [];
  const versionRefs = { before: null, after: null, replaced: null };
  const kind = change.kind;
  if (kind === "addition" || kind === "replacement") {
    if (published) errors.push({ path: "subprocessor", message: `${name} is already published. A new subprocessor must be saved as a draft, not published, until its notice period ends.` });
    else if (latest) {
      const after = await readableSnapshot(payload2, latest.version, req);
      fieldChanges = diffSnapshots({ id, name }, null, after);
      versionRefs.after = String(latest.id);
    }
  }
  if (kind === "replacement") {
    const replacedId = idOf(change.replaces);
    const replaced = replacedId ? await publishedDoc(payload2, replacedId, req) : null;
    if (!replaced) errors.push({ path: "replaces", message: "Choose the published subprocessor that the new one replaces." });
    else if (replacedId === id) errors.push({ path: "replaces", message: "A subprocessor cannot replace itself." });
    else {
      fieldChanges.push(...diffSnapshots({ id: replacedId, name: replaced.name }, await readableSnapshot(payload2, replaced, req), null));
      versionRefs.replaced = await latestPublishedVersionId(payload2, replacedId, req);
    }
  }
  if (kind === "removal") {
    if (!published) errors.push({ path: "subprocessor", message: `${name} is not published, so there is nothing to remove.` });
    else {
      fieldChanges = diffSnapshots({ id, name }, await readableSnapshot(payload2, published, req), null);
      versionRefs.before = await latestPublishedVersionId(payload2, id, req);
    }
  }
  if (kind === "material-edit") {
    if (!published) errors.push({ path: "subprocessor", message: `${name} is not published yet: announce it as an addition instead.` });
    else {
      const before = await readableSnapshot(payload2, published, req);
      const after = await readableSnapshot(payload2, latest?.version ?? null, req);
      fieldChanges = diffSnapshots({ id, name }, before, after);
      if (!isMaterial(fieldChanges)) {
        errors.push({ path: "subprocessor", message: `Save the new purpose, data processed or locations of ${name} as a draft first (Save Draft, not Publish), then announce the change.` });
      }
      versionRefs.before = await latestPublishedVersionId(payload2, id, req);
      versionRefs.after = latest ? String(latest.id) : null;
    }
  }
  if (errors.length) refuse(errors);
  return {
    status: "announced",
    announcedAt: now.toISOString(),
    noticePeriodDays,
    fieldChanges,
    fieldChangesText: fieldChanges.map(describeFieldChange).join("\n"),
    versionRefs,
    slug: await uniqueSlug(payload2, `${now.toISOString().slice(0, 10)}-${kind}-${subprocessor.slug}`, req)
  };
}
async function uniqueSlug(payload2, base, req) {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const { totalDocs } = await payload2.count({ collection: "changes", where: { slug: { equals: slug } }, req, overrideAccess: true });
    if (totalDocs === 0) return slug;
  }
}
var refuseDeletingAnnouncedChange = async ({ id, req }) => {
  const change = await req.payload.db.findOne({
    collection: "changes",
    where: { id: { equals: id } },
    req
  });
  if (change && change.status !== "draft") {
    throw new APIError2("This change has been announced and is kept as proof of notice. Cancel it instead of deleting it.", 409, null, true);
  }
};

// src/changes/apply.ts
var contextFor = (change) => ({ applyingChange: String(change.id), effectiveAt: change.effectiveDate });
async function publishAnnouncedVersion(payload2, subprocessorId, versionId, change) {
  const version = await payload2.findVersionByID({ collection: "subprocessors", id: versionId, depth: 0, overrideAccess: true });
  const saved = version.version;
  const data = { slug: saved.slug, _status: "published" };
  for (const { name } of publicFields) data[name] = saved[name] ?? null;
  await payload2.update({ collection: "subprocessors", id: subprocessorId, data, overrideAccess: true, context: contextFor(change) });
}
async function unpublish(payload2, subprocessorId, change) {
  await payload2.update({
    collection: "subprocessors",
    id: subprocessorId,
    data: { _status: "draft" },
    overrideAccess: true,
    context: contextFor(change)
  });
}
async function applyChange(payload2, change, now = /* @__PURE__ */ new Date()) {
  const changeId = String(change.id);
  const subprocessorId = idOf(change.subprocessor);
  const after = change.versionRefs?.after;
  if ((change.kind === "addition" || change.kind === "replacement" || change.kind === "material-edit") && after) {
    await publishAnnouncedVersion(payload2, subprocessorId, after, change);
  }
  if (change.kind === "removal") await unpublish(payload2, subprocessorId, change);
  if (change.kind === "replacement" && idOf(change.replaces)) await unpublish(payload2, idOf(change.replaces), change);
  await payload2.update({
    collection: "changes",
    id: changeId,
    data: { status: "effective", appliedAt: now.toISOString() },
    overrideAccess: true,
    context: contextFor(change)
  });
}
async function applyDueChanges(payload2, now = /* @__PURE__ */ new Date()) {
  const { docs } = await payload2.find({
    collection: "changes",
    where: { and: [{ status: { equals: "announced" } }, { effectiveDate: { less_than_equal: now.toISOString() } }] },
    sort: "effectiveDate",
    limit: 100,
    depth: 0,
    overrideAccess: true
  });
  const applied = [];
  for (const change of docs) {
    await applyChange(payload2, change, now);
    applied.push(String(change.id));
  }
  return applied;
}

// collections/Changes/hooks/queueNotices.ts
var afterChangeAnnounced = async ({
  doc,
  previousDoc,
  req,
  context: context2
}) => {
  const justAnnounced = doc.status === "announced" && previousDoc?.status !== "announced";
  if (justAnnounced && !context2.applyingChange) {
    await req.payload.jobs.queue({ task: "sendChangeNotices", input: { change: String(doc.id) }, req });
    if (new Date(doc.effectiveDate).getTime() <= Date.now()) await applyChange(req.payload, doc);
  }
  if (doc.status !== "draft" || previousDoc?.status !== doc.status) revalidateTags(["changes", "subprocessors"], context2, req.payload);
  return doc;
};

// collections/Changes/index.ts
var lockedOnceAnnounced = "Filled in when the change is announced.";
var onceAnnounced = (data) => Boolean(data?.status && data.status !== "draft");
var Changes = {
  slug: "changes",
  labels: { singular: "Change notice", plural: "Change notices" },
  admin: {
    useAsTitle: "title",
    defaultColumns: ["title", "status", "effectiveDate", "announcedAt"],
    group: "Change notices",
    description: "Announce a new, replaced or removed subprocessor, or a change to what one does. Prepare the subprocessor as a draft first; announcing emails every subscriber, and the change goes live by itself on its effective date."
  },
  defaultSort: "-createdAt",
  access: {
    create: staffOnly,
    read: ({ req: { user } }) => user ? true : { status: { in: ["announced", "effective"] } },
    update: staffOnly,
    delete: adminsOnly
  },
  hooks: {
    beforeChange: [announceChange],
    afterChange: [afterChangeAnnounced],
    beforeDelete: [refuseDeletingAnnouncedChange]
  },
  fields: [
    { name: "title", type: "text", admin: { readOnly: true, hidden: true } },
    {
      name: "kind",
      label: "What is changing?",
      type: "select",
      required: true,
      options: [...changeKinds]
    },
    {
      name: "subprocessor",
      type: "relationship",
      relationTo: "subprocessors",
      required: true,
      admin: {
        description: "For an addition or replacement: the new subprocessor, saved as a draft. For a removal: the one we stop using. For a change: the subprocessor whose saved draft holds the new details."
      }
    },
    {
      name: "replaces",
      label: "Replaces",
      type: "relationship",
      relationTo: "subprocessors",
      admin: {
        condition: (data) => data?.kind === "replacement",
        description: "The subprocessor that stops being used when the new one takes over."
      }
    },
    {
      name: "reason",
      label: "Why",
      type: "textarea",
      required: true,
      maxLength: 2e3,
      admin: { description: "Explained to customers in the notice, in plain words." }
    },
    {
      name: "effectiveDate",
      label: "Effective date",
      type: "date",
      required: true,
      admin: {
        date: { pickerAppearance: "dayAndTime" },
        description: "When the change takes effect. It must leave customers the notice period set in Trust center settings (30 days unless changed)."
      }
    },
    {
      name: "urgentReason",
      label: "Reason for a shorter notice",
      type: "textarea",
      maxLength: 2e3,
      admin: {
        description: "Only if the change must take effect before the notice period ends: why it is urgent. It is recorded and shown to customers."
      }
    },
    {
      name: "status",
      type: "select",
      required: true,
      defaultValue: "draft",
      options: [...changeStatuses],
      admin: {
        position: "sidebar",
        description: 'Choose "Announced" and save to notify every subscriber. An announced change can only be cancelled before its effective date.'
      }
    },
    { name: "slug", label: "Web address name (slug)", type: "text", unique: true, index: true, admin: { position: "sidebar", readOnly: true, condition: onceAnnounced, description: lockedOnceAnnounced } },
    { name: "announcedAt", label: "Announced on", type: "date", admin: { position: "sidebar", readOnly: true, condition: onceAnnounced, date: { pickerAppearance: "dayAndTime" } } },
    { name: "appliedAt", label: "Took effect on", type: "date", admin: { position: "sidebar", readOnly: true, condition: (data) => Boolean(data?.appliedAt), date: { pickerAppearance: "dayAndTime" } } },
    { name: "noticePeriodDays", label: "Notice period (days)", type: "number", admin: { position: "sidebar", readOnly: true, condition: onceAnnounced } },
    // For the API, feeds and emails; the admin shows the same as text (its JSON editor loads from a CDN).
    { name: "fieldChanges", type: "json", admin: { hidden: true } },
    {
      name: "fieldChangesText",
      label: "What changes, field by field",
      type: "textarea",
      admin: { readOnly: true, condition: onceAnnounced, rows: 8, description: "Worked out from the saved versions when the change was announced." }
    },
    {
      name: "versionRefs",
      type: "group",
      admin: { readOnly: true, condition: (data) => data?.status !== "draft" },
      fields: [
        { name: "before", label: "Published version before", type: "text" },
        { name: "after", label: "Version that takes effect", type: "text" },
        { name: "replaced", label: "Published version of the replaced subprocessor", type: "text" }
      ]
    },
    {
      name: "deliveries",
      label: "Notices sent",
      type: "join",
      collection: "notice-deliveries",
      on: "change",
      admin: { condition: onceAnnounced, defaultColumns: ["email", "status", "sentAt", "messageId"] }
    },
    {
      name: "objections",
      type: "join",
      collection: "objections",
      on: "change",
      admin: { condition: onceAnnounced, defaultColumns: ["email", "createdAt", "comment"] }
    }
  ]
};

// collections/NoticeClaims/index.ts
var NoticeClaims = {
  slug: "notice-claims",
  admin: { hidden: true },
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  fields: [
    { name: "key", type: "text", required: true, unique: true, index: true },
    { name: "change", type: "relationship", relationTo: "changes", required: true, index: true },
    { name: "subscriber", type: "relationship", relationTo: "subscribers", required: true }
  ]
};

// collections/NoticeDeliveries/index.ts
var NoticeDeliveries = {
  slug: "notice-deliveries",
  labels: { singular: "Notice sent", plural: "Notices sent" },
  admin: {
    useAsTitle: "email",
    defaultColumns: ["email", "change", "status", "sentAt", "messageId"],
    group: "Change notices",
    description: "Proof that each subscriber was emailed about each change: when, to whom, the email\u2019s Message-ID, and whether the mail server accepted it. Failed attempts are retried automatically."
  },
  defaultSort: "-sentAt",
  access: { create: nobody, read: adminsOnly, update: nobody, delete: nobody },
  fields: [
    { name: "change", type: "relationship", relationTo: "changes", required: true, index: true },
    { name: "subscriber", type: "relationship", relationTo: "subscribers", required: true, index: true },
    { name: "email", type: "email", required: true },
    {
      name: "status",
      label: "Outcome",
      type: "select",
      required: true,
      options: [
        { value: "sent", label: "Accepted by the mail server" },
        { value: "failed", label: "Failed (retried automatically)" }
      ]
    },
    { name: "attempt", type: "number", required: true },
    { name: "sentAt", label: "Sent at", type: "date", admin: { date: { pickerAppearance: "dayAndTime" } } },
    { name: "messageId", label: "Message-ID", type: "text" },
    { name: "error", type: "textarea" }
  ]
};

// collections/Objections/index.ts
var Objections = {
  slug: "objections",
  labels: { singular: "Objection", plural: "Objections" },
  admin: {
    useAsTitle: "email",
    defaultColumns: ["email", "change", "createdAt", "comment"],
    group: "Change notices",
    description: "Customers who objected to a change through the link in its notice."
  },
  access: { create: nobody, read: adminsOnly, update: nobody, delete: adminsOnly },
  fields: [
    { name: "key", type: "text", required: true, unique: true, index: true, admin: { hidden: true } },
    { name: "change", type: "relationship", relationTo: "changes", required: true, index: true },
    { name: "subscriber", type: "relationship", relationTo: "subscribers", required: true },
    { name: "email", type: "email", required: true },
    { name: "comment", type: "textarea", maxLength: 5e3 }
  ]
};

// src/utilities/previewUrl.ts
function previewUrl(section, slug) {
  if (typeof slug !== "string" || slug === "") return null;
  return `/preview?path=${encodeURIComponent(`${section}/${slug}`)}`;
}

// collections/Policies/index.ts
var Policies = {
  slug: "policies",
  labels: { singular: "Policy section", plural: "Policy sections" },
  admin: {
    useAsTitle: "title",
    defaultColumns: ["title", "order", "_status", "effectiveDate", "updatedAt"],
    group: "Trust center",
    description: "The written parts of the trust center, such as Purpose, Scope or Contact. Each has its own page.",
    preview: (doc) => previewUrl("/policies", doc.slug)
  },
  defaultSort: "order",
  versions: { drafts: true, maxPerDoc: 100 },
  access: {
    create: staffOnly,
    read: staffOrPublished,
    update: staffOnly,
    delete: staffOnly,
    readVersions: staffOnly
  },
  hooks: {
    afterChange: [revalidateAfterChange([TAGS.policies])],
    afterDelete: [revalidateAfterDelete([TAGS.policies])]
  },
  fields: [
    {
      name: "title",
      type: "text",
      required: true,
      maxLength: 150,
      admin: { description: 'The heading of this section, for example "Subprocessor Management".' }
    },
    {
      name: "summary",
      type: "textarea",
      maxLength: 500,
      admin: { description: "One or two sentences shown in lists and search results." }
    },
    {
      name: "body",
      type: "richText",
      required: true,
      admin: { description: "The full text. Use headings, bulleted lists and links as needed." }
    },
    {
      name: "effectiveDate",
      label: "Effective date",
      type: "date",
      admin: {
        position: "sidebar",
        date: { pickerAppearance: "dayOnly", displayFormat: "d MMMM yyyy" },
        description: "The day this text takes effect. Leave empty if it has always applied."
      }
    },
    {
      name: "order",
      label: "Display order",
      type: "number",
      required: true,
      defaultValue: 100,
      min: 0,
      admin: { position: "sidebar", description: "Lower numbers are shown first." }
    },
    slugField("title", "Used in the web address of this section. Filled in from the title.")
  ]
};

// collections/SubprocessorHistory/index.ts
var SubprocessorHistory = {
  slug: "subprocessor-history",
  labels: { singular: "Published list entry", plural: "Published list history" },
  admin: {
    useAsTitle: "name",
    defaultColumns: ["name", "published", "at"],
    group: "Change notices",
    description: "A record of every change to the published subprocessor list. Kept automatically; nobody edits it."
  },
  access: { create: nobody, read: staffOnly, update: nobody, delete: nobody },
  fields: [
    { name: "subprocessor", type: "text", required: true, index: true },
    { name: "name", type: "text" },
    { name: "at", type: "date", required: true, index: true, admin: { date: { pickerAppearance: "dayAndTime" } } },
    { name: "published", type: "checkbox", required: true },
    { name: "snapshot", type: "json" }
  ]
};

// src/schema/subprocessor.ts
var transferSafeguards = [
  { value: "eu-sccs", label: "EU Standard Contractual Clauses (SCCs)" },
  { value: "eu-us-dpf", label: "EU-US Data Privacy Framework" },
  { value: "uk-idta", label: "UK International Data Transfer Addendum" },
  { value: "swiss-us-dpf", label: "Swiss-US Data Privacy Framework" },
  { value: "adequacy", label: "Adequacy decision" },
  { value: "bcrs", label: "Binding Corporate Rules" },
  { value: "not-applicable", label: "Not applicable: data stays in the EEA" }
];

// src/fields/url.ts
function validateWebAddress(value) {
  if (value === void 0 || value === null || value === "") return true;
  const example = "for example https://example.com/security";
  if (typeof value !== "string") return `Enter a web address, ${example}.`;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return `"${value}" is not a complete web address. Enter one starting with https://, ${example}.`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return `Only web addresses starting with https:// or http:// are allowed, ${example}.`;
  }
  if (!url.hostname.includes(".") && url.hostname !== "localhost") {
    return `"${value}" has no valid domain name. Enter a full address, ${example}.`;
  }
  return true;
}
function webAddressField(name, label, description) {
  return {
    name,
    label,
    type: "text",
    admin: { description, placeholder: "https://" },
    hooks: { beforeValidate: [({ value }) => typeof value === "string" ? value.trim() : value] },
    validate: validateWebAddress
  };
}

// src/fields/categoryExists.ts
var categoryExists = async (value, { req }) => {
  if (value === null || value === void 0 || value === "") return "Choose a category.";
  const id = typeof value === "object" && "value" in value ? value.value : value;
  const { totalDocs } = await req.payload.count({
    collection: "categories",
    where: { id: { equals: id } },
    req,
    overrideAccess: true
  });
  return totalDocs === 1 ? true : "That category does not exist (it may have been deleted). Choose another one.";
};

// collections/Subprocessors/hooks/recordHistory.ts
async function record(payload2, id, fallbackName, req, at) {
  const main = await payload2.db.findOne({
    collection: "subprocessors",
    where: { id: { equals: id } },
    req
  });
  const published = main?._status === "published";
  const snapshot = published ? { ...await readableSnapshot(payload2, main, req), categoryId: idOf(main.category) } : null;
  const { docs } = await payload2.find({
    collection: "subprocessor-history",
    where: { subprocessor: { equals: id } },
    sort: "-at",
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true
  });
  const last = docs[0];
  if (!last && !published) return;
  if (last && last.published === published && JSON.stringify(last.snapshot ?? null) === JSON.stringify(snapshot)) return;
  await payload2.create({
    collection: "subprocessor-history",
    data: { subprocessor: id, name: main?.name ?? fallbackName, at, published, snapshot },
    // no `context` here: with `req`, Payload would copy it onto the whole request and switch
    // off the portal revalidation that runs after this hook
    req,
    overrideAccess: true
  });
}
var recordHistoryAfterChange = async ({
  doc,
  req,
  context: context2
}) => {
  const at = typeof context2.effectiveAt === "string" ? context2.effectiveAt : (/* @__PURE__ */ new Date()).toISOString();
  await record(req.payload, doc.id, doc.name, req, at);
  return doc;
};
var recordHistoryAfterDelete = async ({
  id,
  doc,
  req
}) => {
  await record(req.payload, String(id), doc.name, req, (/* @__PURE__ */ new Date()).toISOString());
  return doc;
};

// collections/Subprocessors/hooks/requireNotice.ts
import { ValidationError as ValidationError3 } from "payload";
var comparable2 = (value) => JSON.stringify(value ?? null);
var requireNoticeForMaterialChanges = async ({
  data,
  originalDoc,
  operation,
  req,
  context: context2
}) => {
  if (context2.applyingChange || context2.seeding || data._status !== "published") return data;
  const { requireNotice } = await noticeSettings(req.payload, req);
  if (!requireNotice) return data;
  const published = operation === "update" && originalDoc?.id ? await req.payload.db.findOne({
    collection: "subprocessors",
    where: { id: { equals: originalDoc.id } },
    req
  }) : null;
  if (!published || published._status !== "published") {
    throw new ValidationError3({
      collection: "subprocessors",
      errors: [{
        path: "_status",
        message: "A new subprocessor is published through a change notice, so customers are told first. Save it as a draft, then announce it under Change notices."
      }]
    });
  }
  const merged = { ...originalDoc, ...data };
  const changed = materialFields.filter((field) => comparable2(merged[field]) !== comparable2(published[field]));
  if (changed.length) {
    throw new ValidationError3({
      collection: "subprocessors",
      errors: changed.map((path2) => ({
        path: path2,
        message: "This changes what customers agreed to. Save it as a draft, then announce it under Change notices so customers get notice before it takes effect."
      }))
    });
  }
  return data;
};

// collections/Subprocessors/index.ts
var Subprocessors = {
  slug: "subprocessors",
  labels: { singular: "Subprocessor", plural: "Subprocessors" },
  admin: {
    useAsTitle: "name",
    defaultColumns: ["name", "category", "purpose", "_status", "updatedAt"],
    group: "Trust center",
    description: "Vendors that may process customer data for us. Save a draft to prepare a change; visitors see it only once you publish.",
    listSearchableFields: ["name", "legalEntity", "purpose"],
    preview: (doc) => previewUrl("/subprocessors", doc.slug)
  },
  defaultSort: "name",
  versions: { drafts: true, maxPerDoc: 100 },
  access: {
    create: staffOnly,
    read: staffOrPublished,
    update: staffOnly,
    delete: staffOnly,
    readVersions: staffOnly
  },
  hooks: {
    beforeChange: [requireNoticeForMaterialChanges],
    afterChange: [recordHistoryAfterChange, revalidateAfterChange([TAGS.subprocessors])],
    afterDelete: [recordHistoryAfterDelete, revalidateAfterDelete([TAGS.subprocessors])]
  },
  fields: [
    {
      name: "name",
      type: "text",
      required: true,
      maxLength: 120,
      admin: { description: 'The name customers know, for example "Amazon Web Services (AWS)".' }
    },
    {
      name: "legalEntity",
      label: "Legal entity",
      type: "text",
      maxLength: 200,
      admin: {
        description: 'The company that signs the contract, if different from the name, for example "Divisible Inc." for Dots.'
      }
    },
    {
      name: "category",
      type: "relationship",
      relationTo: "categories",
      required: true,
      admin: { description: "The group this subprocessor is listed under." },
      validate: categoryExists
    },
    {
      name: "purpose",
      type: "textarea",
      required: true,
      maxLength: 1e3,
      admin: { description: "What this vendor does for us, in one sentence." }
    },
    {
      name: "dataProcessed",
      label: "Data processed",
      type: "text",
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 30,
      maxLength: 200,
      admin: {
        description: 'Each kind of data the vendor handles, one item at a time (type it and press Enter), for example "Billing data".'
      }
    },
    {
      name: "locations",
      type: "text",
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 20,
      maxLength: 200,
      admin: {
        description: 'Where the data is processed. Add one item per place, for example "United States (primary), global infrastructure".'
      }
    },
    {
      type: "row",
      fields: [
        webAddressField("securityUrl", "Security information", "Link to the vendor's security or compliance page."),
        webAddressField("websiteUrl", "Website", "The vendor's home page.")
      ]
    },
    {
      name: "transferSafeguards",
      label: "Safeguards for transfers out of the EEA",
      type: "select",
      hasMany: true,
      options: [...transferSafeguards],
      admin: {
        description: "Optional. How personal data is protected when it leaves the European Economic Area."
      }
    },
    {
      name: "contact",
      label: "Postal address or contact",
      type: "textarea",
      maxLength: 500,
      admin: { description: "Optional. The vendor's registered address or privacy contact." }
    },
    {
      name: "notes",
      type: "textarea",
      maxLength: 2e3,
      admin: { description: "Optional. Anything else visitors should know about this vendor." }
    },
    // /subprocessors/annex is the printable DPA annex: no subprocessor may take that address.
    slugField("name", "Used in the web address of this subprocessor. Filled in from the name.", ["annex"])
  ]
};

// collections/Subscribers/index.ts
var Subscribers = {
  slug: "subscribers",
  labels: { singular: "Subscriber", plural: "Subscribers" },
  admin: {
    useAsTitle: "email",
    defaultColumns: ["email", "status", "confirmedAt", "createdAt"],
    group: "Change notices",
    description: "People who confirmed they want an email about every subprocessor change."
  },
  access: { create: nobody, read: adminsOnly, update: adminsOnly, delete: adminsOnly },
  fields: [
    { name: "email", type: "email", required: true, unique: true, index: true, admin: { readOnly: true } },
    {
      name: "status",
      type: "select",
      required: true,
      defaultValue: "pending",
      index: true,
      options: [
        { value: "pending", label: "Waiting for confirmation" },
        { value: "confirmed", label: "Subscribed" },
        { value: "unsubscribed", label: "Unsubscribed" }
      ]
    },
    { name: "confirmedAt", type: "date", admin: { readOnly: true } },
    { name: "unsubscribedAt", type: "date", admin: { readOnly: true } },
    { name: "confirmationSentAt", type: "date", admin: { readOnly: true } },
    // One-time values inside the emailed links: a link stops working once its value changes.
    { name: "confirmNonce", type: "text", hidden: true },
    { name: "linkNonce", type: "text", hidden: true }
  ]
};

// collections/TrustCenter/index.ts
var TrustCenter = {
  slug: "trust-center",
  label: "Trust center settings",
  admin: {
    group: "Settings",
    description: "The company details shown in the header, footer and home page of the trust center."
  },
  access: { read: anyone, update: staffOnly, readVersions: staffOnly },
  hooks: { afterChange: [revalidateGlobalAfterChange([TAGS.trustCenter])] },
  fields: [
    {
      name: "companyName",
      label: "Company name",
      type: "text",
      required: true,
      maxLength: 120,
      admin: { description: 'As customers know it, for example "Clicki Referrals".' }
    },
    {
      name: "shortName",
      label: "Short name",
      type: "text",
      maxLength: 60,
      admin: { description: 'Optional. How the text refers to the company, for example "Clicki".' }
    },
    {
      name: "portalTitle",
      label: "Portal title",
      type: "text",
      required: true,
      maxLength: 120,
      admin: { description: 'Shown in the header and browser tab, for example "Clicki Referrals Trust Center".' }
    },
    {
      name: "subprocessorListTitle",
      label: "Subprocessor list title",
      type: "text",
      required: true,
      maxLength: 120,
      admin: { description: "The heading of the subprocessor list page." }
    },
    {
      name: "contactEmail",
      label: "Contact email",
      type: "email",
      required: true,
      admin: { description: "Where customers send questions about subprocessors and data handling." }
    },
    {
      name: "introduction",
      type: "textarea",
      maxLength: 1e3,
      admin: { description: "A short welcome shown at the top of the home page." }
    },
    {
      type: "collapsible",
      label: "Change notices",
      fields: [
        {
          name: "noticePeriodDays",
          label: "Notice period (days)",
          type: "number",
          required: true,
          defaultValue: 30,
          min: 0,
          max: 365,
          admin: {
            description: "How long before a subprocessor change takes effect customers must be told. Most data processing agreements ask for 30 days."
          }
        },
        {
          name: "requireNotice",
          label: "Only publish new subprocessors and material changes through a change notice",
          type: "checkbox",
          defaultValue: true,
          admin: {
            description: "Recommended. When on, a new subprocessor, or a new purpose, data processed or location, goes live only through an announced change notice on its effective date."
          }
        }
      ]
    },
    {
      // Published at /.well-known/security.txt (RFC 9116) for people reporting vulnerabilities.
      type: "collapsible",
      label: "Security contact (security.txt)",
      admin: { initCollapsed: true },
      fields: [
        {
          name: "securityContact",
          label: "Security contact email",
          type: "email",
          admin: {
            description: "Where security researchers report vulnerabilities. Leave empty to use the contact email above."
          }
        },
        webAddressField(
          "securityPolicyUrl",
          "Vulnerability disclosure policy",
          "Optional. Link to the page that explains how to report a vulnerability and what happens next."
        )
      ]
    },
    {
      // Set once by the seed so that a later start never re-creates content an editor removed.
      name: "seededAt",
      type: "date",
      hidden: true
    }
  ]
};

// collections/Users/index.ts
var firstUserIsAdmin = async ({ data, operation, req }) => {
  if (operation !== "create") return data;
  const { totalDocs } = await req.payload.count({ collection: "users", req, overrideAccess: true });
  return totalDocs === 0 ? { ...data, role: "admin" } : data;
};
var Users = {
  slug: "users",
  labels: { singular: "Team member", plural: "Team members" },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1e3,
    tokenExpiration: 8 * 60 * 60
  },
  admin: {
    useAsTitle: "email",
    defaultColumns: ["name", "email", "role", "updatedAt"],
    group: "Settings",
    description: "People who can sign in to edit the trust center. Only admins can add or remove them."
  },
  access: {
    admin: ({ req: { user } }) => isStaff(user),
    create: adminsOnly,
    read: adminsOrSelf,
    update: adminsOrSelf,
    delete: adminsOnly,
    unlock: adminsOnly,
    readVersions: adminsOnly
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    {
      name: "name",
      label: "Full name",
      type: "text",
      admin: { description: "Shown in the admin panel next to the changes this person makes." }
    },
    {
      name: "role",
      type: "select",
      required: true,
      defaultValue: "editor",
      saveToJWT: true,
      options: roles.map((value) => ({
        value,
        label: value === "admin" ? "Admin (content and team members)" : "Editor (content only)"
      })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        description: "Editors change the trust center content. Admins can also add, change and remove team members."
      }
    }
  ]
};

// src/api-safety/clientQueryErrors.ts
var clientQueryErrors = ({ error, req }) => {
  if (!req || req.payloadAPI !== "REST" || req.method !== "GET" && req.method !== "HEAD") return;
  const name = error?.name;
  if (name === "SyntaxError") {
    return badRequest("A query parameter that must hold JSON (where, or data) is not valid JSON.");
  }
  if (name === "BSONError") {
    return badRequest(
      "The query contains a character the database cannot take in a field name, such as a null byte."
    );
  }
  if (name === "CastError") {
    const path2 = error.path;
    return badRequest(
      `A value in the query does not fit the field${path2 ? ` "${path2}"` : ""}: check its type (text, number, date or id).`
    );
  }
};
var badRequest = (message) => ({ status: 400, response: { errors: [{ message }] } });

// src/api-safety/graphqlLimits.ts
import {
  Kind,
  valueFromASTUntyped
} from "graphql";
import { GraphQLError } from "graphql/error/GraphQLError.js";

// src/api-safety/limits.ts
var API_LIMITS = {
  /** documents per page */
  maxLimit: 100,
  maxPage: 1e4,
  /** and/or levels in one `where` */
  maxWhereDepth: 5,
  /** field conditions in one `where` */
  maxWhereConditions: 50,
  /** values in one `in`, `not_in` or `all` */
  maxListValues: 100,
  /** characters in one compared value */
  maxValueLength: 500,
  maxSortFields: 3,
  /** root fields (aliases included) in one GraphQL operation */
  maxGraphqlRootFields: 10
};
var COMBINATORS = /* @__PURE__ */ new Set(["and", "or"]);
var GEO_OPERATORS = /* @__PURE__ */ new Set(["near", "within", "intersects"]);
var LIST_OPERATORS = /* @__PURE__ */ new Set(["in", "not_in", "all"]);
var isPrimitive = (value) => value === null || ["string", "number", "boolean"].includes(typeof value);
function valueProblem(path2, operator, value) {
  if (GEO_OPERATORS.has(operator))
    return `"${operator}" is not available: no field here holds coordinates.`;
  const values = Array.isArray(value) ? value : LIST_OPERATORS.has(operator) && typeof value === "string" ? value.split(",") : [value];
  if (values.length > API_LIMITS.maxListValues) {
    return `${path2} ${operator} lists ${values.length} values; at most ${API_LIMITS.maxListValues} are allowed.`;
  }
  for (const item of values) {
    if (!isPrimitive(item))
      return `${path2} ${operator} must compare with a plain value, not an object or a list of lists.`;
    if (typeof item === "string" && item.length > API_LIMITS.maxValueLength) {
      return `${path2} ${operator} compares with ${item.length} characters; at most ${API_LIMITS.maxValueLength} are allowed.`;
    }
  }
  return null;
}
function whereProblem(where) {
  let conditions = 0;
  const walk = (node, depth) => {
    if (node === null || node === void 0) return null;
    if (typeof node !== "object" || Array.isArray(node))
      return "where must be an object of conditions.";
    for (const [key3, value] of Object.entries(node)) {
      if (COMBINATORS.has(key3.toLowerCase())) {
        if (depth + 1 > API_LIMITS.maxWhereDepth) {
          return `where nests and/or more than ${API_LIMITS.maxWhereDepth} levels deep; simplify the filter.`;
        }
        const branches = Array.isArray(value) ? value : value && typeof value === "object" ? Object.values(value) : [value];
        for (const branch of branches) {
          const problem = walk(branch, depth + 1);
          if (problem) return problem;
        }
        continue;
      }
      if (!value || typeof value !== "object" || Array.isArray(value)) continue;
      for (const [operator, operand] of Object.entries(value)) {
        conditions += 1;
        if (conditions > API_LIMITS.maxWhereConditions) {
          return `where has more than ${API_LIMITS.maxWhereConditions} conditions; simplify the filter.`;
        }
        const problem = valueProblem(key3, operator, operand);
        if (problem) return problem;
      }
    }
    return null;
  };
  return walk(where, 0);
}
var SORT_FIELD = /^-?[A-Za-z0-9_]+$/;
var wholeNumber = (value) => typeof value === "number" && Number.isInteger(value);
function queryArgsProblem(args, { paged, maxDepth }) {
  const { limit, page, pagination, depth, sort, where } = args;
  if (paged) {
    if (pagination === false) {
      return `pagination=false is not available through the API: read at most ${API_LIMITS.maxLimit} documents per request with limit and page.`;
    }
    if (limit !== void 0 && (!wholeNumber(limit) || limit < 1 || limit > API_LIMITS.maxLimit)) {
      return `limit must be a whole number from 1 to ${API_LIMITS.maxLimit}.`;
    }
    if (page !== void 0 && (!wholeNumber(page) || page < 1 || page > API_LIMITS.maxPage)) {
      return `page must be a whole number from 1 to ${API_LIMITS.maxPage}.`;
    }
  }
  if (depth !== void 0 && (!wholeNumber(depth) || depth < 0 || depth > maxDepth)) {
    return `depth must be a whole number from 0 to ${maxDepth}.`;
  }
  if (sort !== void 0) {
    const fields = Array.isArray(sort) ? sort : String(sort).split(",");
    if (fields.length > API_LIMITS.maxSortFields)
      return `sort takes at most ${API_LIMITS.maxSortFields} fields.`;
    if (fields.some((field) => typeof field !== "string" || !SORT_FIELD.test(field.trim()))) {
      return "sort must list field names separated by commas, for example sort=-updatedAt,name (no nested paths).";
    }
  }
  return whereProblem(where);
}

// src/api-safety/graphqlLimits.ts
var graphqlQueryLimits = (args) => (context2) => {
  const variables = args.variableValues ?? {};
  return {
    OperationDefinition(node) {
      let rootFields = 0;
      for (const selection of node.selectionSet.selections) {
        if (selection.kind === Kind.FIELD) rootFields += 1;
        else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          rootFields += context2.getFragment(selection.name.value)?.selectionSet.selections.length ?? 1;
        } else rootFields += selection.selectionSet.selections.length;
      }
      if (rootFields > API_LIMITS.maxGraphqlRootFields) {
        context2.reportError(
          new GraphQLError(
            `The operation asks for ${rootFields} root fields; at most ${API_LIMITS.maxGraphqlRootFields} are allowed. Send several requests.`,
            { nodes: [node] }
          )
        );
      }
    },
    Field(node) {
      if (!node.arguments?.length) return;
      const values = {};
      for (const argument of node.arguments)
        values[argument.name.value] = valueFromASTUntyped(argument.value, variables);
      const problem = queryArgsProblem(
        {
          limit: values.limit,
          page: values.page,
          pagination: values.pagination,
          where: values.where,
          sort: values.sort
        },
        // GraphQL has no depth argument: its query complexity limit bounds nesting instead
        { paged: true, maxDepth: Infinity }
      );
      if (problem) context2.reportError(new GraphQLError(problem, { nodes: [node] }));
    }
  };
};

// src/api-safety/guardQuery.ts
import { APIError as APIError3 } from "payload";
var PAGED_OPERATIONS = /* @__PURE__ */ new Set(["read", "readDistinct"]);
var guardQuery = ({
  args,
  operation,
  overrideAccess,
  req
}) => {
  if (!req || req.payloadAPI === "local" || overrideAccess) return args;
  if (args.currentDepth !== void 0) return args;
  const problem = queryArgsProblem(args, {
    // findByID is a "read" too, but has no paging
    paged: PAGED_OPERATIONS.has(operation) && !("id" in args),
    maxDepth: req.payload.config.maxDepth
  });
  if (problem) throw new APIError3(problem, 400, null, true);
  return args;
};

// src/api-safety/plugin.ts
var guardGeneratedApis = () => (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [guardQuery, ...collection.hooks?.beforeOperation ?? []]
    }
  })),
  hooks: { ...config.hooks, afterError: [...config.hooks?.afterError ?? [], clientQueryErrors] },
  graphQL: {
    ...config.graphQL,
    validationRules: (args) => [
      ...config.graphQL?.validationRules?.(args) ?? [],
      graphqlQueryLimits(args)
    ]
  }
});

// src/db/adapter.ts
import { compatibilityOptions, mongooseAdapter } from "@payloadcms/db-mongodb";
async function serverKindOf(adapter) {
  const info = await adapter.connection.db.admin().command({ buildInfo: 1 });
  return "ferretdbVersion" in info ? "ferretdb" : "mongodb";
}
var ferretdbSettings = {
  useJoinAggregations: compatibilityOptions.cosmosdb.useJoinAggregations,
  usePipelineInSortLookup: compatibilityOptions.cosmosdb.usePipelineInSortLookup,
  disableIndexHints: compatibilityOptions.documentdb.disableIndexHints
};
var methodsWithFindAndModifyProjection = [
  "updateOne",
  "updateGlobal",
  "updateVersion",
  "updateGlobalVersion",
  "upsert"
];
function dropFindAndModifyProjection(adapter) {
  for (const name of methodsWithFindAndModifyProjection) {
    const original = adapter[name];
    Object.assign(adapter, {
      [name]: (args) => original.call(adapter, { ...args, select: void 0 })
    });
  }
}
var adapted = /* @__PURE__ */ new WeakSet();
async function adaptToServer(adapter) {
  if (adapted.has(adapter)) return;
  adapted.add(adapter);
  if (await serverKindOf(adapter) !== "ferretdb") return;
  Object.assign(adapter, ferretdbSettings);
  dropFindAndModifyProjection(adapter);
}
var MISSING_URI = "DATABASE_URI is not set. Start the app with `npm run dev` or `npm start` (they start the embedded database), or set DATABASE_URI to a MongoDB connection string.";
function databaseAdapter(uri) {
  const adapter = mongooseAdapter({ url: uri || false, afterOpenConnection: adaptToServer });
  if (uri) return adapter;
  return {
    ...adapter,
    init: (args) => Object.assign(adapter.init(args), {
      connect: async () => {
        throw new Error(MISSING_URI);
      }
    })
  };
}

// src/api-safety/badRequestBody.ts
var writeMethods = /* @__PURE__ */ new Set(["POST", "PATCH", "PUT"]);
var badRequestBody = ({ req, result }) => {
  if (!req?.method || !writeMethods.has(req.method)) return;
  if (!req.headers?.get("content-type")?.includes("application/json")) return;
  const invalidJson = result?.errors?.some((error) => error.message === "Invalid JSON");
  const data = req.data;
  const notAnObject = data === null || typeof data !== "object" || Array.isArray(data);
  if (!invalidJson && !notAnObject) return;
  return {
    status: 400,
    response: {
      errors: [
        {
          message: invalidJson ? 'The request body is not valid JSON. Send a JSON object, for example {"name": "\u2026"}.' : 'The request body must be a JSON object, for example {"name": "\u2026"}.'
        }
      ]
    }
  };
};

// src/email/adapter.ts
import { nodemailerAdapter } from "@payloadcms/email-nodemailer";
function emailAdapter() {
  const host = process.env.SMTP_HOST;
  if (!host) return void 0;
  const port = Number(process.env.SMTP_PORT || 587);
  const user = process.env.SMTP_USER;
  return nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM_ADDRESS || "notices@localhost",
    defaultFromName: process.env.EMAIL_FROM_NAME || "Trust center notices",
    skipVerify: true,
    transportOptions: {
      host,
      port,
      secure: process.env.SMTP_SECURE === "true" || port === 465,
      auth: user ? { user, pass: process.env.SMTP_PASSWORD ?? "" } : void 0,
      pool: true,
      maxConnections: Number(process.env.SMTP_MAX_CONNECTIONS || 8),
      maxMessages: Infinity
    }
  });
}

// src/notices/tasks.ts
import { randomUUID } from "node:crypto";
import mongoose from "mongoose";

// src/site/url.ts
var siteUrl = new URL(process.env.NEXT_PUBLIC_SERVER_URL || "http://localhost:3000");
var absoluteUrl = (path2) => new URL(path2, siteUrl).toString();
var siteOrigin = siteUrl.origin;

// src/notices/emails.ts
var escape = (text) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
var headline = {
  addition: (name) => `we will start using ${name}`,
  replacement: (name) => `${name} will replace a current subprocessor`,
  removal: (name) => `we will stop using ${name}`,
  "material-edit": (name) => `what ${name} does for us will change`
};
function noticeEmail(input) {
  const when = formatDate(input.effectiveDate);
  const what = (headline[input.kind] ?? headline["material-edit"])(input.subprocessorName);
  const subject = `Subprocessor change at ${input.companyName}: ${what} on ${when}`;
  const lines = input.fieldChanges.map((c) => `- ${describeFieldChange(c)}`);
  const objectTo = input.contactEmail ? ` or write to ${input.contactEmail}` : "";
  const text = [
    `${input.companyName} is changing its list of subprocessors: ${what}.`,
    "",
    `When: ${when}.`,
    `Why: ${input.reason}`,
    ...input.urgentReason ? [`Why the notice is shorter than usual: ${input.urgentReason}`] : [],
    "",
    "What changes:",
    ...lines,
    "",
    `Details: ${input.changeUrl}`,
    "",
    `How to object: if you object to this change, tell us before ${when} here: ${input.objectUrl}${objectTo}.`,
    "",
    "\u2014",
    `You get this email because you subscribed to ${input.companyName} subprocessor notices.`,
    `Unsubscribe with one click: ${input.unsubscribeUrl}`
  ].join("\n");
  const rows = input.fieldChanges.map((c) => `<tr><td>${escape(c.subprocessorName)}</td><td>${escape(c.label)}</td><td>${escape(showValue(c.before))}</td><td>${escape(showValue(c.after))}</td></tr>`).join("");
  const html = `<p>${escape(input.companyName)} is changing its list of subprocessors: <strong>${escape(what)}</strong>.</p>
<p><strong>When:</strong> ${escape(when)}.<br><strong>Why:</strong> ${escape(input.reason)}${input.urgentReason ? `<br><strong>Why the notice is shorter than usual:</strong> ${escape(input.urgentReason)}` : ""}</p>
<table border="1" cellpadding="4" cellspacing="0"><thead><tr><th>Subprocessor</th><th>Field</th><th>Before</th><th>After</th></tr></thead><tbody>${rows}</tbody></table>
<p><a href="${escape(input.changeUrl)}">Read the change on our trust center</a>.</p>
<p><strong>How to object:</strong> if you object to this change, <a href="${escape(input.objectUrl)}">tell us before ${escape(when)}</a>${escape(objectTo)}.</p>
<hr><p>You get this email because you subscribed to ${escape(input.companyName)} subprocessor notices. <a href="${escape(input.unsubscribeUrl)}">Unsubscribe</a>.</p>`;
  return { subject, text, html };
}

// src/notices/tokens.ts
import { createHmac as createHmac2, timingSafeEqual as timingSafeEqual2 } from "node:crypto";
var key = () => {
  const secret = process.env.PAYLOAD_SECRET;
  if (!secret) throw new Error("PAYLOAD_SECRET is not set");
  return createHmac2("sha256", secret).update("subscription-links").digest();
};
var sign = (body) => createHmac2("sha256", key()).update(body).digest("base64url");
function createToken({ subscriber, purpose, nonce, expires }) {
  const body = [subscriber, purpose, nonce, String(expires)].join(".");
  return `${body}.${sign(body)}`;
}

// src/notices/subscriptions.ts
var LINK_YEARS = 5;
var RESEND_AFTER_MS = 10 * 60 * 1e3;
var linkFor = (subscriber, purpose, linkNonce, days = LINK_YEARS * 365) => createToken({ subscriber, purpose, nonce: linkNonce, expires: Date.now() + days * 864e5 });

// src/notices/tasks.ts
var quiet = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } };
var CONCURRENCY = 16;
var CHUNK = 200;
async function sendChangeNotices(payload2, changeId) {
  const change = await payload2.findByID({ collection: "changes", id: changeId, ...quiet, depth: 1, select: { deliveries: false, objections: false } });
  if (change.status === "draft" || change.status === "cancelled") return { sent: 0, failed: 0, skipped: 0 };
  const settings = await noticeSettings(payload2);
  const subprocessor = change.subprocessor;
  const subprocessorName = typeof subprocessor === "object" ? String(subprocessor.name) : "";
  const { "notice-claims": Claims, "notice-deliveries": Deliveries, subscribers: Subscribers2 } = payload2.db.collections;
  const changeOid = new mongoose.Types.ObjectId(changeId);
  const host = new URL(absoluteUrl("/")).hostname;
  const messageFor = (subscriber) => {
    const linkNonce = subscriber.linkNonce ?? "";
    const unsubscribeUrl = absoluteUrl(`/notices/unsubscribe?token=${encodeURIComponent(linkFor(subscriber.id, "unsubscribe", linkNonce))}`);
    const message = noticeEmail({
      ...settings,
      title: String(change.title),
      kind: String(change.kind),
      subprocessorName,
      effectiveDate: String(change.effectiveDate),
      reason: String(change.reason),
      urgentReason: change.urgentReason,
      fieldChanges: change.fieldChanges ?? [],
      changeUrl: absoluteUrl(`/changes/${change.slug}`),
      objectUrl: absoluteUrl(`/changes/${change.slug}/object?token=${encodeURIComponent(linkFor(subscriber.id, `object-${changeId}`, linkNonce))}`),
      unsubscribeUrl
    });
    const headers = {
      "List-Unsubscribe": `<${unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": `Subprocessor notices <notices.${host}>`
    };
    return { to: subscriber.email, ...message, headers };
  };
  const claimedBefore = new Set((await Claims.find({ change: changeOid }, { subscriber: 1 }).lean()).map((c) => String(c.subscriber)));
  const lastAttempt = /* @__PURE__ */ new Map();
  for (const d of await Deliveries.find({ change: changeOid }, { subscriber: 1, status: 1, attempt: 1 }).sort({ attempt: 1 }).lean()) {
    lastAttempt.set(String(d.subscriber), { status: String(d.status), attempt: Number(d.attempt ?? 1) });
  }
  const subscribers = (await Subscribers2.find({ status: "confirmed" }, { email: 1, linkNonce: 1 }).sort({ _id: 1 }).lean()).map((d) => ({
    id: String(d._id),
    email: String(d.email),
    linkNonce: d.linkNonce
  }));
  let sent = 0;
  let failed = 0;
  let skipped = 0;
  for (let i = 0; i < subscribers.length; i += CHUNK) {
    const chunk = subscribers.slice(i, i + CHUNK);
    const retries = chunk.filter((s) => claimedBefore.has(s.id) && lastAttempt.get(s.id)?.status === "failed");
    const fresh = chunk.filter((s) => !claimedBefore.has(s.id));
    const claimed = await claim(Claims, changeOid, fresh);
    const queue = [...retries, ...fresh.filter((s) => claimed.has(s.id))];
    skipped += chunk.length - queue.length;
    const outcomes = [];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let subscriber = queue.shift(); subscriber; subscriber = queue.shift()) {
          const messageId = `<${randomUUID()}@${host}>`;
          const attempt = (lastAttempt.get(subscriber.id)?.attempt ?? 0) + 1;
          try {
            await payload2.sendEmail({ ...messageFor(subscriber), messageId });
            outcomes.push({ subscriber, messageId, attempt, at: /* @__PURE__ */ new Date() });
          } catch (error) {
            outcomes.push({ subscriber, messageId, attempt, at: /* @__PURE__ */ new Date(), error: error.message.slice(0, 1e3) });
          }
        }
      })
    );
    if (outcomes.length) {
      await Deliveries.collection.insertMany(
        outcomes.map((o) => ({
          change: changeOid,
          subscriber: new mongoose.Types.ObjectId(o.subscriber.id),
          email: o.subscriber.email,
          status: o.error ? "failed" : "sent",
          attempt: o.attempt,
          sentAt: o.at,
          messageId: o.messageId,
          error: o.error ?? null,
          createdAt: o.at,
          updatedAt: o.at
        }))
      );
    }
    failed += outcomes.filter((o) => o.error).length;
    sent += outcomes.length - outcomes.filter((o) => o.error).length;
  }
  if (failed) throw new Error(`${failed} notice(s) for change ${changeId} failed; they will be retried`);
  return { sent, failed, skipped };
}
async function claim(Claims, change, subscribers) {
  if (!subscribers.length) return /* @__PURE__ */ new Set();
  const now = /* @__PURE__ */ new Date();
  const docs = subscribers.map((s) => ({
    _id: new mongoose.Types.ObjectId(),
    key: `${change}:${s.id}`,
    change,
    subscriber: new mongoose.Types.ObjectId(s.id),
    createdAt: now,
    updatedAt: now
  }));
  let won = docs;
  try {
    await Claims.collection.insertMany(docs, { ordered: false });
  } catch (error) {
    const inserted = new Set(Object.values(error.insertedIds ?? {}).map(String));
    won = docs.filter((d) => inserted.has(String(d._id)));
  }
  return new Set(won.map((d) => String(d.subscriber)));
}
var sendChangeNoticesTask = {
  slug: "sendChangeNotices",
  label: "Email a change notice to subscribers",
  retries: { attempts: 5, backoff: { type: "exponential", delay: 3e4 } },
  inputSchema: [{ name: "change", type: "text", required: true }],
  outputSchema: [
    { name: "sent", type: "number" },
    { name: "skipped", type: "number" }
  ],
  handler: async ({ input, req }) => {
    const { sent, skipped } = await sendChangeNotices(req.payload, input.change);
    return { output: { sent, skipped } };
  }
};
var applyDueChangesTask = {
  slug: "applyDueChanges",
  label: "Put announced changes into effect on their date",
  retries: 2,
  schedule: [{ cron: "* * * * *", queue: "default" }],
  handler: async ({ req }) => ({ output: { applied: (await applyDueChanges(req.payload)).length } })
};

// src/jobs/index.ts
var jobs = {
  tasks: [sendChangeNoticesTask, applyDueChangesTask],
  autoRun: process.env.DISABLE_JOBS_AUTORUN === "true" ? void 0 : [{ cron: "* * * * *", queue: "default", limit: 20 }],
  access: { run: ({ req }) => isStaff(req.user), queue: ({ req }) => isStaff(req.user) },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !(user && "role" in user && (user.role === "admin" || user.role === "editor")) }
  })
};

// src/public-api/withdrawals.ts
var key2 = (collection) => `public-api:withdrawn:${collection}`;
var isPublished = (doc) => typeof doc === "object" && doc !== null && "_status" in doc && doc._status === "published";
var hasDrafts = (doc) => Boolean(doc && typeof doc === "object" && "_status" in doc);
async function record2(payload2, collection) {
  await payload2.kv.set(key2(collection), { at: (/* @__PURE__ */ new Date()).toISOString() });
}
var recordWithdrawalOnUnpublish = async ({ doc, collection, req }) => {
  if (isPublished(doc)) return doc;
  const slug = collection.slug;
  const stored = await req.payload.db.findOne({
    collection: slug,
    where: { id: { equals: doc.id } },
    req
  });
  if (isPublished(stored)) return doc;
  const { totalDocs } = await req.payload.countVersions({
    collection: slug,
    where: { parent: { equals: doc.id }, "version._status": { equals: "published" } },
    req
  });
  if (totalDocs > 0) await record2(req.payload, slug);
  return doc;
};
var recordWithdrawalOnDelete = async ({ doc, collection, req }) => {
  if (!hasDrafts(doc) || isPublished(doc)) await record2(req.payload, collection.slug);
  return doc;
};

// src/public-api/withdrawalsPlugin.ts
var recordWithdrawals = (collections) => (config) => ({
  ...config,
  collections: config.collections?.map((collection) => {
    if (!collections.includes(collection.slug)) return collection;
    const { afterChange = [], afterDelete = [] } = collection.hooks ?? {};
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: collection.versions ? [recordWithdrawalOnUnpublish, ...afterChange] : afterChange,
        afterDelete: [recordWithdrawalOnDelete, ...afterDelete]
      }
    };
  })
});

// payload.config.ts
var dirname = path.dirname(fileURLToPath(import.meta.url));
if (!process.env.PAYLOAD_SECRET) {
  throw new Error("PAYLOAD_SECRET is not set. Copy .env.example to .env, or start the app with `npm run dev`.");
}
var payload_config_default = buildConfig({
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || void 0,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: " \xB7 Trust center admin" },
    // no Gravatar: it would send a hash of every staff email to a third party
    avatar: "default"
  },
  collections: [
    Subprocessors,
    Categories,
    Policies,
    Changes,
    Subscribers,
    NoticeDeliveries,
    NoticeClaims,
    Objections,
    SubprocessorHistory,
    Users
  ],
  globals: [TrustCenter],
  editor: lexicalEditor(),
  email: emailAdapter(),
  jobs,
  secret: process.env.PAYLOAD_SECRET,
  db: databaseAdapter(process.env.DATABASE_URI),
  graphQL: {
    // a list query with every field and its category costs about 30; ten of them fit
    maxComplexity: 500,
    // the public contract is /api/public/v1 (OpenAPI); the generated schema is internal
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true
  },
  maxDepth: 4,
  hooks: { afterError: [badRequestBody] },
  plugins: [recordWithdrawals(["subprocessors", "categories", "policies"]), guardGeneratedApis()],
  typescript: { outputFile: path.resolve(dirname, "src/payload-types.ts") },
  telemetry: false,
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL || "info" } }
});

// src/seed/cli.ts
import { getPayload } from "payload";

// src/seed/lexical.ts
var textNode = (text) => ({
  type: "text",
  text,
  detail: 0,
  format: 0,
  mode: "normal",
  style: "",
  version: 1
});
var block = (type, children, extra = {}) => ({
  type,
  children,
  direction: "ltr",
  format: "",
  indent: 0,
  version: 1,
  ...extra
});
var inline = (parts) => parts.map(
  (part) => typeof part === "string" ? textNode(part) : block("link", [textNode(part.text)], {
    fields: { linkType: "custom", newTab: false, url: part.link },
    id: `seed-${part.link}`,
    version: 3
  })
);
var paragraph = (...parts) => block("paragraph", inline(parts), { textFormat: 0, textStyle: "" });
var bulletList = (items) => block(
  "list",
  items.map((parts, index) => block("listitem", inline(parts), { value: index + 1 })),
  { listType: "bullet", start: 1, tag: "ul" }
);
var richText = (...children) => ({
  root: {
    type: "root",
    children,
    direction: "ltr",
    format: "",
    indent: 0,
    version: 1
  }
});

// src/seed/clicki.ts
var trustCenter = {
  companyName: "Clicki Referrals",
  shortName: "Clicki",
  portalTitle: "Clicki Referrals Trust Center",
  subprocessorListTitle: "Clicki Subprocessor List",
  contactEmail: "support@joinclicki.com",
  introduction: "How Clicki Referrals handles customer data: the third-party subprocessors we use, what each of them processes and where, and how we manage them.",
  // "Customers may be notified of material changes": the usual 30 days of a data processing agreement
  noticePeriodDays: 30,
  requireNotice: true
};
var categories = [
  { name: "Infrastructure and Hosting", slug: "infrastructure-and-hosting", order: 10 },
  { name: "Communications and Messaging", slug: "communications-and-messaging", order: 20 },
  { name: "Payments and Payouts", slug: "payments-and-payouts", order: 30 },
  { name: "Support and Communication Tools", slug: "support-and-communication-tools", order: 40 },
  { name: "Monitoring and Logging", slug: "monitoring-and-logging", order: 50 }
];
var subprocessors = [
  {
    name: "Amazon Web Services (AWS)",
    slug: "amazon-web-services",
    category: "infrastructure-and-hosting",
    purpose: "Cloud infrastructure, hosting, storage, compute, networking, and managed services",
    dataProcessed: ["Application data", "customer data", "referral data", "logs", "backups"],
    securityUrl: "https://aws.amazon.com/compliance/soc-faqs/",
    locations: ["United States (primary), global infrastructure"]
  },
  {
    name: "Twilio",
    slug: "twilio",
    category: "communications-and-messaging",
    purpose: "SMS and MMS messaging delivery and communication services",
    dataProcessed: ["Phone numbers", "message content", "metadata related to communication events"],
    securityUrl: "https://security.twilio.com/",
    locations: ["United States / global infrastructure"]
  },
  {
    name: "Dots",
    slug: "dots",
    legalEntity: "Divisible Inc.",
    category: "payments-and-payouts",
    purpose: "Referral reward payouts and cashout processing",
    dataProcessed: ["Payout data", "recipient information", "financial transaction metadata"],
    securityUrl: "https://usedots.com/platform/comprehensive-security/",
    locations: ["United States"]
  },
  {
    name: "Stripe",
    slug: "stripe",
    category: "payments-and-payouts",
    purpose: "Payment processing for Clicki customers (subscription billing, charges)",
    dataProcessed: ["Billing data", "payment information", "transaction metadata"],
    securityUrl: "https://docs.stripe.com/security",
    locations: ["United States / global infrastructure"]
  },
  {
    name: "Plain.com",
    slug: "plain",
    category: "support-and-communication-tools",
    purpose: "Customer support platform and ticketing system",
    dataProcessed: ["Support conversations", "customer contact information", "issue-related data"],
    locations: ["United States / global infrastructure"]
  },
  {
    name: "Amazon CloudWatch (AWS)",
    slug: "amazon-cloudwatch",
    category: "monitoring-and-logging",
    purpose: "Logging, monitoring, and observability",
    dataProcessed: [
      "Application logs",
      "metrics",
      "operational data (may include limited customer data if not fully redacted)"
    ],
    locations: ["United States"]
  }
];
var managementPractices = [
  "Subprocessors are expected to implement appropriate security and data protection measures",
  "Data shared with subprocessors is limited to what is necessary for their function",
  "Contracts or agreements include data protection and confidentiality obligations where feasible"
];
var policies = [
  {
    title: "Purpose",
    slug: "purpose",
    order: 10,
    summary: "Why this list exists and what a subprocessor is for Clicki Referrals.",
    body: richText(
      paragraph(
        "This document identifies the third-party subprocessors used by Clicki Referrals to deliver its services. Subprocessors are vendors or service providers that may process customer data, including personal data (PII), on behalf of Clicki."
      )
    )
  },
  {
    title: "Scope",
    slug: "scope",
    order: 20,
    summary: "The systems and services this list covers.",
    body: richText(
      paragraph(
        "This list applies to all production systems and services used by Clicki Referrals that may store, process, or transmit customer or end-user data."
      )
    )
  },
  {
    title: "Subprocessor Definition",
    slug: "subprocessor-definition",
    order: 30,
    summary: "What counts as a subprocessor.",
    body: richText(
      paragraph(
        "A subprocessor is any third-party entity engaged by Clicki that processes customer data in order to provide core platform functionality, infrastructure, communications, payments, analytics, or support services."
      )
    )
  },
  {
    title: "Subprocessor Management",
    slug: "subprocessor-management",
    order: 40,
    summary: "How Clicki evaluates and oversees its subprocessors.",
    body: richText(
      paragraph(
        "Clicki evaluates subprocessors prior to use and considers factors such as security practices, reputation, and relevance to service delivery. Subprocessors are selected to support secure and reliable operation of the Clicki platform."
      ),
      paragraph("Where applicable:"),
      bulletList(managementPractices.map((practice) => [practice]))
    )
  },
  {
    title: "Changes to Subprocessors",
    slug: "changes-to-subprocessors",
    order: 50,
    summary: "How changes to this list are made and announced.",
    body: richText(
      paragraph(
        "Clicki may update this list from time to time as services evolve. Customers may be notified of material changes in accordance with contractual or legal obligations."
      )
    )
  },
  {
    title: "Contact",
    slug: "contact",
    order: 60,
    summary: "Who to ask about subprocessors or data handling.",
    body: richText(
      paragraph("For questions regarding subprocessors or data handling, please contact:"),
      paragraph({ link: `mailto:${trustCenter.contactEmail}`, text: trustCenter.contactEmail })
    )
  }
];

// src/seed/index.ts
var context = { disableRevalidate: true, seeding: true };
async function seed(payload2) {
  const report2 = { admin: "skipped", content: "already seeded", created: [] };
  report2.admin = await ensureFirstAdmin(payload2);
  const settings = await payload2.findGlobal({ slug: "trust-center", showHiddenFields: true, context });
  if (settings.seededAt) return report2;
  report2.content = "created";
  const categoryIds = /* @__PURE__ */ new Map();
  for (const category of categories) {
    const existing = await findBySlug(payload2, "categories", category.slug);
    const doc = existing ?? await payload2.create({ collection: "categories", data: category, context });
    if (!existing) report2.created.push(`category ${category.slug}`);
    categoryIds.set(category.slug, doc.id);
  }
  for (const { category, ...subprocessor } of subprocessors) {
    if (await findBySlug(payload2, "subprocessors", subprocessor.slug)) continue;
    await payload2.create({
      collection: "subprocessors",
      data: { ...subprocessor, category: categoryIds.get(category), _status: "published" },
      context
    });
    report2.created.push(`subprocessor ${subprocessor.slug}`);
  }
  for (const policy of policies) {
    if (await findBySlug(payload2, "policies", policy.slug)) continue;
    await payload2.create({
      collection: "policies",
      data: { ...policy, _status: "published" },
      context
    });
    report2.created.push(`policy ${policy.slug}`);
  }
  await payload2.updateGlobal({
    slug: "trust-center",
    data: { ...trustCenter, seededAt: (/* @__PURE__ */ new Date()).toISOString() },
    context
  });
  return report2;
}
async function ensureFirstAdmin(payload2) {
  const { totalDocs } = await payload2.count({ collection: "users" });
  if (totalDocs > 0) return "exists";
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) {
    payload2.logger.warn("No users yet and ADMIN_EMAIL / ADMIN_PASSWORD are not set: create the first admin at /admin.");
    return "skipped";
  }
  await payload2.create({
    collection: "users",
    data: { email, password, name: "Administrator", role: "admin" },
    context
  });
  return "created";
}
async function findBySlug(payload2, collection, slug) {
  const { docs } = await payload2.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
    context
  });
  return docs[0] ?? null;
}

// src/seed/cli.ts
var payload = await getPayload({ config: payload_config_default });
var report = await seed(payload);
console.log(
  `[seed] done: admin ${report.admin}; content ${report.content}` + (report.created.length ? ` (${report.created.length} documents)` : "")
);
await payload.destroy();
process.exit(0);
