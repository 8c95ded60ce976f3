// The platform of a compose box comes from the site's host name: it sets the length limit and the
// platform rules, so a wrong guess would flag (or miss) posts for the wrong network.
import { describe, expect, it } from "vitest";
import { platformOf } from "../src/protocol.js";

describe("platformOf", () => {
  it.each([
    ["www.linkedin.com", "linkedin"],
    ["x.com", "x"],
    ["twitter.com", "x"],
    ["www.facebook.com", "facebook"],
    ["www.instagram.com", "instagram"],
    ["www.threads.net", "threads"],
    ["www.threads.com", "threads"],
    ["bsky.app", "bluesky"],
    ["mastodon.social", "mastodon"],
    ["fosstodon.org", "mastodon"],
  ])("%s is %s", (host, platform) => {
    expect(platformOf(host)).toBe(platform);
  });

  it("leaves look-alike hosts without a platform", () => {
    for (const host of ["linkedin.com.evil.example", "notx.com", "fakebook.com", "bsky.app.example", "127.0.0.1"]) expect(platformOf(host)).toBeUndefined();
  });
});
