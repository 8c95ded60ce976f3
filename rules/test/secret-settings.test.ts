// Secret settings in code and config (DB_PASSWORD=…, "apiKey": "…"): which names hold a secret,
// which values are real, and what the whole rule reports for them.
import { createLinter, tokenizeText } from "@postlint/core";
import { describe, expect, it } from "vitest";
import pack from "../src/index.js";
import { isAboutSecret, isPlaceholder, isSecretValue, nameWords, settingAfter, splitCodeNames } from "../src/secret/names.js";

describe("code names", () => {
  it("splits SNAKE_CASE, camelCase, kebab-case and dotted names into words", () => {
    expect(nameWords("AWS_SECRET_ACCESS_KEY")).toEqual(["aws", "secret", "access", "key"]);
    expect(nameWords("clientSecret")).toEqual(["client", "secret"]);
    expect(nameWords("db-password")).toEqual(["db", "password"]);
    expect(nameWords("spring.datasource.password")).toEqual(["spring", "datasource", "password"]);
  });
  it("splits a name glued to its value into word tokens at their offsets", () => {
    const text = "DB_PASSWORD=Sommer2026!";
    const words = splitCodeNames(tokenizeText(text, "en").tokens).map((t) => text.slice(t.start, t.end));
    expect(words.slice(0, 2)).toEqual(["DB", "PASSWORD"]);
  });
  it("tells settings about a secret from the secret itself", () => {
    expect(isAboutSecret("PASSWORD_MIN_LENGTH")).toBe(true);
    expect(isAboutSecret("TOKEN_EXPIRY")).toBe(true);
    expect(isAboutSecret("AWS_ACCESS_KEY_ID")).toBe(true);
    expect(isAboutSecret("DB_PASSWORD")).toBe(false);
    expect(isAboutSecret("AWS_SECRET_ACCESS_KEY")).toBe(false);
  });
});

describe("setting values", () => {
  it("reads the value after =, : or a JSON key, without its quotes", () => {
    const json = '{"password": "Sommer2026!"}';
    const at = json.indexOf("password") + "password".length;
    expect(settingAfter(json, at)).toMatchObject({ value: "Sommer2026!", quotedKey: true });
    expect(settingAfter('API_TOKEN="ab12cd34"', 9)?.value).toBe("ab12cd34");
    expect(settingAfter("DB_PASSWORD in your .env", 11)).toBeUndefined();
  });
  it("leaves masks, references and example words alone", () => {
    for (const v of ["********", "<your password>", "${DB_PASSWORD}", "$DB_PASSWORD", "{{ secret }}", "%PASSWORD%", "process.env.API_KEY", "/run/secrets/db", "your_token_here", "changeme"])
      expect(isPlaceholder(v), v).toBe(true);
    expect(isPlaceholder("Sommer2026!")).toBe(false);
  });
  it("accepts credentials, not numbers of settings or plain words", () => {
    expect(isSecretValue("Sommer2026!", false, true)).toBe(true);
    expect(isSecretValue("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", false, true)).toBe(true);
    expect(isSecretValue("f3aKqLmxVbNpZrTq", false, true)).toBe(true);
    expect(isSecretValue("3600", false, true)).toBe(false);
    expect(isSecretValue("string", false, true)).toBe(false);
    expect(isSecretValue("2026-01-31", false, true)).toBe(false);
  });
});

describe("secret rule on settings", () => {
  const linter = createLinter({ packs: [pack] });
  const found = async (text: string): Promise<string[]> =>
    (await linter.lint({ text, filePath: "post.md" })).messages.filter((m) => m.ruleId === "secret").map((m) => `${m.messageId} ${m.text}`);

  it("reports the value of a secret setting, masked", async () => {
    expect(await found("Why won't it start? DB_PASSWORD=Sommer2026! in my .env")).toEqual(["setting ********26!"]);
    expect(await found('Config: export API_TOKEN="f3a9KqLm72xVbN0pZr8T"')).toEqual(["setting f3****************8T"]);
    expect(await found('Login fails: {"user": "sam", "password": "Northwind#77"}')).toEqual(["setting *********#77"]);
    expect(await found("Kopieret: AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).toHaveLength(1);
    expect(await found("config.yml: api-token: f3a9KqLm72xVbN0pZr8T")).toEqual(["setting f3****************8T"]);
    expect(await found('PowerShell: $env:DB_PASSWORD="Sommer2026!"')).toEqual(["setting ********26!"]);
  });
  it("reports a password after a code name in prose", async () => {
    expect(await found("the DB_PASSWORD on staging is still Welkom2026, rotate it?")).toEqual(["password ********26"]);
  });
  it("passes settings about secrets, placeholders and docs", async () => {
    expect(await found("Defaults: PASSWORD_MIN_LENGTH=12 and TOKEN_EXPIRY=3600")).toEqual([]);
    expect(await found("Examples use password: ******** or password=<your password>")).toEqual([]);
    expect(await found("Keep DB_PASSWORD=${DB_PASSWORD} in the repo and set DB_PASSWORD in your .env")).toEqual([]);
    expect(await found("Secret Santa 2026! And a token of thanks: 3rd year for our organisers")).toEqual([]);
  });
});
