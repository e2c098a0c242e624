// Validates Kubernetes objects against the JSON schemas bundled in npm kubernetes-models@5.1.0
// (required fields, types, enums). Input: a JSON array of objects on stdin (scripts convert the
// rendered YAML first). Run with NODE_PATH-independent resolution: pass the node_modules dir as
// argv[2]. Exit 1 if any object is invalid or of a kind with no model.
import { pathToFileURL } from "node:url";
import path from "node:path";
import fs from "node:fs";

const modulesDir = process.argv[2];
const objects = JSON.parse(fs.readFileSync(0, "utf8"));
let failures = 0;
let checked = 0;
for (const obj of objects) {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : [null, obj.apiVersion];
  const modulePath = path.join(modulesDir, "kubernetes-models", ...(group ? [group, version] : [version]), obj.kind + ".js");
  const where = `${obj.kind}/${obj.metadata?.namespace ?? "-"}/${obj.metadata?.name}`;
  if (!fs.existsSync(modulePath)) {
    console.log(`FAIL ${where}: no model for ${obj.apiVersion} ${obj.kind}`);
    failures++;
    continue;
  }
  const mod = await import(pathToFileURL(modulePath).href);
  const Model = mod[obj.kind] ?? mod.default;
  try {
    new Model(obj).validate();
    checked++;
  } catch (e) {
    console.log(`FAIL ${where}: ${e.message}`);
    failures++;
  }
}
console.log(`kubernetes-models: ${checked} valid, ${failures} invalid`);
process.exit(failures ? 1 : 0);
