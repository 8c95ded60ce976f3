// The server under test, in its own process as in production: logs go to /dev/null (still
// serialized, as they would be to stdout), then the URL is sent to the parent.
import { createWriteStream } from "node:fs";
import { createServer } from "../dist/index.js";

const server = await createServer({ configFile: process.argv[2], log: { stream: createWriteStream("/dev/null") } });
const url = await server.listen({ port: 0, host: "127.0.0.1" });
process.send?.({ url });
process.once("SIGTERM", () => void server.close().then(() => process.exit(0)));
