import { describe, expect, it } from "vitest";
import { demoSeedRefusal, isLocalDatabase } from "./demo-guard";

describe("which databases are local", () => {
  it.each([
    [undefined, "embedded PGlite"],
    ["postgres://postgres@127.0.0.1:5432/xroi", "IPv4 loopback"],
    ["postgres://postgres@127.0.1.1/xroi", "another loopback address"],
    ["postgresql://me:secret@localhost/xroi", "localhost"],
    ["postgres://me@db.localhost:5433/xroi", "a .localhost name"],
    ["postgres://me@[::1]:5432/xroi", "IPv6 loopback"],
    ["postgres:///xroi", "the default Unix socket"],
    ["postgres:///xroi?host=/var/run/postgresql", "a socket folder"],
    ["postgres://me@%2Fvar%2Frun%2Fpostgresql/xroi", "a socket folder as the host"],
  ])("%s is local (%s)", (url, _why) => {
    expect(isLocalDatabase(url)).toBe(true);
  });

  it.each([
    ["postgres://xroi:pw@db.example.org:5432/xroi", "a named server"],
    ["postgres://xroi@10.0.4.12/xroi", "a private address"],
    ["postgres://xroi@192.168.1.20/xroi", "a home network address"],
    ["postgres://xroi@localhost.example.org/xroi", "a name that only starts like localhost"],
    ["postgres://xroi@127.0.0.1.nip.io/xroi", "a name that only starts like loopback"],
    ["postgres://xroi@127.0.0.1/xroi?host=db.example.org", "a host parameter that overrides"],
    ["postgres://[not a url", "something unparseable"],
  ])("%s is not local (%s)", (url, _why) => {
    expect(isLocalDatabase(url)).toBe(false);
  });
});

describe("demo seed refusal", () => {
  const remote = "postgres://xroi:s3cret@db.example.org:5432/prod";

  it("refuses a remote server, naming it without the password, unless forced", () => {
    const refusal = demoSeedRefusal(remote, { force: false });
    expect(refusal).toMatch(/^refusing to load the demo accounts/);
    expect(refusal).toContain("db.example.org:5432/prod");
    expect(refusal).toContain("--force");
    expect(refusal).not.toContain("s3cret");
    expect(demoSeedRefusal(remote, { force: true })).toBeUndefined();
  });

  it("allows PGlite and a local server", () => {
    expect(demoSeedRefusal(undefined, { force: false })).toBeUndefined();
    expect(demoSeedRefusal("postgres://postgres@127.0.0.1/x", { force: false })).toBeUndefined();
  });
});
