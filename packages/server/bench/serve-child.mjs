// The server under test, in its own process as in production: JSON request logs on stdout
// (which the parent points at /dev/null), then the URL is sent to the parent. An optional second
// argument is the review queue's storage as JSON ({"dataDir"} for PGlite, {"databaseUrl"}).
import { createServer } from "../dist/index.js";

const storage = process.argv[3] ? { ...JSON.parse(process.argv[3]), eager: true } : undefined;
const server = await createServer({ configFile: process.argv[2], ...(storage ? { storage } : {}) });
const url = await server.listen({ port: 0, host: "127.0.0.1" });
process.send?.({ url });
process.once("SIGTERM", () => void server.close().then(() => process.exit(0)));
