// Validates Kubernetes objects against JSON schemas (required fields, types, enums). Input: a JSON
// array of objects on stdin (scripts convert the rendered YAML first); argv[2] is the node_modules
// dir, argv[3] (optional) a dir of CRD schemas. Exit 1 if any object is invalid or of a kind with
// no schema. Where the schema comes from, first found wins:
//  1. npm kubernetes-models@5.1.0 (core kinds),
//  2. npm @kubernetes-models/autoscaler (VerticalPodAutoscaler) and @kubernetes-models/cert-manager,
//  3. <argv[3]>/<group>_<kind>.json: the openAPIV3Schema of an operator's published CRD (k8s/crds,
//     see its README), compiled with ajv. Like `kubectl apply --validate=strict`, a field the schema
//     does not declare is an error there (unless the schema preserves unknown fields).
import { pathToFileURL } from "node:url";
import path from "node:path";
import fs from "node:fs";
import { createRequire } from "node:module";

const modulesDir = process.argv[2];
const crdDir = process.argv[3];
const require = createRequire(path.join(modulesDir, "noop.js"));
const objects = JSON.parse(fs.readFileSync(0, "utf8"));
const MODEL_PACKAGES = ["kubernetes-models", "@kubernetes-models/autoscaler", "@kubernetes-models/cert-manager"];
let ajv = null;
const compiled = new Map();

// Structural schemas prune unknown fields silently; make them errors instead.
function strict(schema) {
  if (!schema || typeof schema !== "object") return schema;
  if (Array.isArray(schema)) return schema.map(strict);
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k.startsWith("x-kubernetes-")) continue;
    out[k] = k === "properties" ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, strict(s)])) : strict(v);
  }
  if (schema["x-kubernetes-int-or-string"]) {
    delete out.type;
    out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  if (out.properties && out.additionalProperties === undefined && !schema["x-kubernetes-preserve-unknown-fields"]) {
    out.additionalProperties = false;
  }
  return out;
}

function crdValidator(group, kind) {
  const file = crdDir && path.join(crdDir, `${group}_${kind}.json`);
  if (!file || !fs.existsSync(file)) return null;
  if (!compiled.has(file)) {
    if (!ajv) {
      const Ajv = require("ajv").default;
      ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
    }
    const schema = strict(JSON.parse(fs.readFileSync(file, "utf8")));
    // apiVersion, kind and metadata are the API server's business, not the CRD's.
    schema.properties = { ...schema.properties, apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" } };
    compiled.set(file, ajv.compile(schema));
  }
  return compiled.get(file);
}

let failures = 0;
let checked = 0;
for (const obj of objects) {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : [null, obj.apiVersion];
  const where = `${obj.kind}/${obj.metadata?.namespace ?? "-"}/${obj.metadata?.name}`;
  const modulePath = MODEL_PACKAGES.map((pkg) =>
    path.join(modulesDir, pkg, ...(group ? [group, version] : [version]), obj.kind + ".js"),
  ).find((p) => fs.existsSync(p));
  if (modulePath) {
    const mod = await import(pathToFileURL(modulePath).href);
    const Model = mod[obj.kind] ?? mod.default;
    try {
      new Model(obj).validate();
      checked++;
    } catch (e) {
      console.log(`FAIL ${where}: ${e.message}`);
      failures++;
    }
    continue;
  }
  const validate = group && crdValidator(group, obj.kind);
  if (!validate) {
    console.log(`FAIL ${where}: no model or CRD schema for ${obj.apiVersion} ${obj.kind}`);
    failures++;
    continue;
  }
  if (validate(obj)) {
    console.log(`ok   ${where}: ${group}_${obj.kind}.json (CRD schema)`);
    checked++;
  } else {
    for (const e of validate.errors) {
      console.log(`FAIL ${where}: ${e.instancePath || "/"} ${e.message} ${e.params?.additionalProperty ?? ""}`);
    }
    failures++;
  }
}
console.log(`kubernetes-schemas: ${checked} valid, ${failures} invalid`);
process.exit(failures ? 1 : 0);
