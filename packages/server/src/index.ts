/**
 * @postlint/server: the HTTP API (`/v1/lint`, `/v1/gate`, `/v1/gate/batch`, `/v1/rules`) and the
 * draft-checker page, over the same engine as the CLI.
 */
export { createServer, DEFAULTS, InsecureBindError, type ListenOptions, type PostlintServer, type ServerOptions } from "./server.js";
export { MIN_TOKEN_LENGTH, WeakTokenError } from "./config.js";
export { serve, type RunningServer, type ServeOptions } from "./serve.js";
export { decide, type Decision, type GateThresholds } from "./gate.js";
export { MAX_BATCH, type GateRequest, type LintRequest } from "./schemas.js";
export type { GateAnswer } from "./routes/post.js";
export type { ApiErrorBody, GateReason, RuleInfo } from "./responses.js";
export { openStore, type StorageSettings } from "./store/index.js";
export { signature } from "./store/outbox.js";
export { ROLES, type Actor, type Role, type State } from "./store/store.js";
