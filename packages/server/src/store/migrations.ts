/**
 * The schema, one entry per version, applied in order at start-up (see `migrate`). Never edit an
 * entry that has shipped: add the next one. Statements end with `;` at the end of a line.
 */
export const MIGRATIONS: readonly string[] = [
  `
CREATE TABLE submissions (
  id text PRIMARY KEY,
  revision integer NOT NULL,
  state text NOT NULL,
  callback_url text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX submissions_state ON submissions (state, updated_at, id);
CREATE TABLE revisions (
  submission_id text NOT NULL REFERENCES submissions (id),
  revision integer NOT NULL,
  text text,
  fields jsonb NOT NULL,
  scheduled_at text,
  hash text NOT NULL,
  decision text NOT NULL,
  state text NOT NULL,
  reasons jsonb NOT NULL,
  result jsonb,
  rule_ids text[] NOT NULL,
  submitted_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  text_removed_at timestamptz,
  PRIMARY KEY (submission_id, revision)
);
CREATE INDEX revisions_created ON revisions (created_at) WHERE text IS NOT NULL;
CREATE TABLE decisions (
  id bigserial PRIMARY KEY,
  submission_id text NOT NULL REFERENCES submissions (id),
  revision integer NOT NULL,
  decision text NOT NULL,
  reason text NOT NULL,
  actor text NOT NULL,
  role text NOT NULL,
  override boolean NOT NULL,
  from_state text NOT NULL,
  to_state text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  event text NOT NULL,
  submission_id text NOT NULL,
  revision integer NOT NULL,
  state text NOT NULL,
  actor text NOT NULL,
  decision text,
  override boolean NOT NULL DEFAULT false,
  reason text,
  rule_ids text[] NOT NULL DEFAULT '{}',
  hash text
);
CREATE INDEX audit_events_at ON audit_events (at, id);
CREATE TABLE deliveries (
  id bigserial PRIMARY KEY,
  submission_id text NOT NULL REFERENCES submissions (id),
  revision integer NOT NULL,
  state text NOT NULL,
  url text NOT NULL,
  body text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  delivered_at timestamptz,
  failed_at timestamptz,
  last_status integer,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE TABLE delivery_attempts (
  id bigserial PRIMARY KEY,
  delivery_id bigint NOT NULL REFERENCES deliveries (id),
  at timestamptz NOT NULL DEFAULT now(),
  replica text NOT NULL,
  status integer,
  error text,
  ms integer NOT NULL
);
CREATE TABLE tokens (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  role text NOT NULL,
  hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE TABLE idempotency_keys (
  key text NOT NULL,
  actor text NOT NULL,
  request_hash text NOT NULL,
  status integer NOT NULL,
  response text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (actor, key)
);
`,
];
