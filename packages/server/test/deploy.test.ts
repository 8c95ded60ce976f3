// Docker can't run here: the deployment files are checked by reading them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { ROOT } from "./helpers.js";

const read = (file: string): string => readFileSync(path.join(ROOT, file), "utf8");
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- Kubernetes manifests are checked field by field

function manifest(file: string): Doc {
  const docs = parseAllDocuments(read(file));
  expect(docs.every((d) => d.errors.length === 0)).toBe(true);
  return docs[0]?.toJS() as Doc;
}

describe("deployment files", () => {
  it("Dockerfile: multi-stage, production dependencies only, non-root, a health check", () => {
    const docker = read("Dockerfile");
    expect(docker.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(docker).toMatch(/deploy --prod/);
    expect(docker).toMatch(/^USER node$/m);
    expect(docker).toMatch(/^HEALTHCHECK .*\n?.*\/healthz/m);
    expect(docker).toMatch(/"serve", "--host", "0\.0\.0\.0"/);
  });

  it("compose.yaml: postlint on PostgreSQL, secrets from the environment", () => {
    const compose = parse(read("compose.yaml")) as Doc;
    expect(Object.keys(compose["services"])).toEqual(expect.arrayContaining(["postlint", "postgres"]));
    const env = compose["services"].postlint.environment as Record<string, string>;
    expect(env["DATABASE_URL"]).toMatch(/^postgres:\/\/.*@postgres:5432\//);
    expect(env["POSTLINT_API_TOKEN"]).toMatch(/^\$\{/);
    expect(compose["services"].postlint.depends_on.postgres.condition).toBe("service_healthy");
  });

  it("Kubernetes: 2+ replicas, probes on /readyz and /healthz, policy from a ConfigMap, secrets from a Secret, an HPA", () => {
    const deployment = manifest("deploy/k8s/deployment.yaml");
    expect(deployment["kind"]).toBe("Deployment");
    expect(deployment["spec"].replicas).toBeGreaterThanOrEqual(2);
    const pod = deployment["spec"].template.spec;
    const container = pod.containers[0];
    expect(container.readinessProbe.httpGet.path).toBe("/readyz");
    expect(container.livenessProbe.httpGet.path).toBe("/healthz");
    expect(container.envFrom[0].secretRef.name).toBe("postlint");
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.volumes.find((v: Doc) => v["configMap"])?.configMap.name).toBe("postlint-policy");

    const secret = manifest("deploy/k8s/secret.yaml");
    expect(Object.keys(secret["stringData"])).toEqual(expect.arrayContaining(["POSTLINT_API_TOKEN", "DATABASE_URL", "POSTLINT_WEBHOOK_SECRET"]));
    const config = manifest("deploy/k8s/configmap.yaml");
    expect(parse(config["data"][".postlintrc.yaml"] as string)).toMatchObject({ server: { retention: { text: "30d" } } });
    const service = manifest("deploy/k8s/service.yaml");
    expect(service["spec"].selector).toEqual(deployment["spec"].selector.matchLabels);
    const hpa = manifest("deploy/k8s/hpa.yaml");
    expect(hpa["spec"]).toMatchObject({ minReplicas: 2, scaleTargetRef: { kind: "Deployment", name: "postlint" } });
    const kustomization = manifest("deploy/k8s/kustomization.yaml");
    expect(kustomization["resources"]).toHaveLength(5);
  });
});
