import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { createHash, createPrivateKey, randomUUID, sign, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestLrs, makeStatement } from "../testing/harness";
import { parseMultipart, multipartBoundary } from "./multipart";
import { SIGNATURE_USAGE } from "./signature";

// A throwaway key and self-signed certificate made for these tests only.
const fixtures = path.join(import.meta.dirname, "fixtures");
const privateKey = createPrivateKey(readFileSync(path.join(fixtures, "test-signer.key.pem")));
const certificate = new X509Certificate(readFileSync(path.join(fixtures, "test-signer.cert.pem")));

const sha256 = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");

function multipart(
  json: unknown,
  parts: { type: string; content: Uint8Array | string; hash?: string; encoding?: string }[],
) {
  const boundary = `b-${randomUUID()}`;
  const chunks: (string | Buffer)[] = [
    `--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(json)}`,
  ];
  for (const p of parts) {
    chunks.push(
      `\r\n--${boundary}\r\nContent-Type: ${p.type}\r\nContent-Transfer-Encoding: ${p.encoding ?? "binary"}\r\nX-Experience-API-Hash: ${p.hash ?? sha256(p.content)}\r\n\r\n`,
    );
    chunks.push(Buffer.from(p.content));
  }
  chunks.push(`\r\n--${boundary}--\r\n`);
  return {
    raw: new Uint8Array(
      Buffer.concat(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c))),
    ),
    contentType: `multipart/mixed; boundary=${boundary}`,
  };
}

function jws(payload: object, alg = "RS256", withCertificate = true): string {
  const header = { alg, ...(withCertificate ? { x5c: [certificate.raw.toString("base64")] } : {}) };
  const input = `${Buffer.from(JSON.stringify(header)).toString("base64url")}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}`;
  const hash = { RS256: "sha256", RS384: "sha384", RS512: "sha512" }[alg] ?? "sha256";
  return `${input}.${sign(hash, Buffer.from(input), privateKey).toString("base64url")}`;
}

function signed(statement: Record<string, unknown>, token: string) {
  return {
    ...statement,
    attachments: [
      {
        usageType: SIGNATURE_USAGE,
        display: { "en-US": "Signature" },
        contentType: "application/octet-stream",
        length: token.length,
        sha2: sha256(token),
      },
    ],
  };
}

describe(`attachments and signed statements on ${testEngine()}`, () => {
  let db: TDatabase;
  let lrs: Awaited<ReturnType<typeof createTestLrs>>;
  beforeAll(async () => {
    db = await openTestDatabase();
    lrs = await createTestLrs(db);
  });
  afterAll(async () => {
    await db.close();
  });

  const certificatePdf = "%PDF-1.4 certificate of completion";
  const withAttachment = () =>
    makeStatement({
      attachments: [
        {
          usageType: "http://id.tincanapi.com/attachment/certificate-of-completion",
          display: { "en-US": "Certificate" },
          contentType: "application/pdf",
          length: certificatePdf.length,
          sha2: sha256(certificatePdf),
        },
      ],
    });

  it("stores attachment content from a multipart POST and returns it with attachments=true", async () => {
    const statement = withAttachment();
    const res = await lrs.call(
      "POST",
      "/statements",
      multipart(statement, [{ type: "application/pdf", content: certificatePdf }]),
    );
    expect(res.status).toBe(200);
    const [id] = await lrs.json<string[]>(res);
    const got = await lrs.call("GET", `/statements?statementId=${id}&attachments=true`);
    const boundary = multipartBoundary(got.headers.get("Content-Type"))!;
    const [json, part] = parseMultipart(new Uint8Array(await got.arrayBuffer()), boundary);
    expect(JSON.parse(Buffer.from(json!.body).toString()).id).toBe(id);
    expect(part!.headers.get("x-experience-api-hash")).toBe(sha256(certificatePdf));
    expect(Buffer.from(part!.body).toString()).toBe(certificatePdf);
  });

  it("refuses attachments whose content is missing, extra, mis-hashed or not binary", async () => {
    const statement = withAttachment();
    const before = await db.sql.query("SELECT 1 FROM lrs_statements");
    const cases = [
      {
        name: "no part",
        body: { raw: JSON.stringify(statement), contentType: "application/json" },
        message: /attachments\[0\]: has no fileUrl/,
      },
      {
        name: "wrong hash",
        body: multipart(statement, [
          { type: "application/pdf", content: certificatePdf, hash: sha256("other") },
        ]),
        message: /does not hash to/,
      },
      {
        name: "extra part",
        body: multipart(statement, [
          { type: "application/pdf", content: certificatePdf },
          { type: "text/plain", content: "extra" },
        ]),
        message: /no attachment in the statements has this sha2/,
      },
      {
        name: "base64",
        body: multipart(statement, [
          { type: "application/pdf", content: certificatePdf, encoding: "base64" },
        ]),
        message: /Content-Transfer-Encoding: binary/,
      },
      {
        name: "form data",
        body: { raw: JSON.stringify(statement), contentType: "multipart/form-data; boundary=x" },
        message: /Content-Type: must be application\/json or multipart\/mixed/,
      },
    ];
    for (const c of cases) {
      const res = await lrs.call("POST", "/statements", c.body);
      expect(res.status, c.name).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message, c.name).toMatch(
        c.message,
      );
    }
    expect(await db.sql.query("SELECT 1 FROM lrs_statements")).toHaveLength(before.length);
  });

  it("accepts a statement signed with RS256/384/512 whose certificate verifies the signature", async () => {
    for (const alg of ["RS256", "RS384", "RS512"]) {
      const statement = makeStatement({ id: randomUUID() });
      const token = jws(statement, alg);
      const res = await lrs.call(
        "POST",
        "/statements",
        multipart(signed(statement, token), [{ type: "application/octet-stream", content: token }]),
      );
      expect(res.status, alg).toBe(200);
    }
  });

  it("refuses a signature with another algorithm, a different payload, or a forged signature", async () => {
    const statement = makeStatement({ id: randomUUID() });
    const good = jws(statement);
    const [h, p, s] = good.split(".");
    const forged = `${h}.${p}.${Buffer.from(s!, "base64url").reverse().toString("base64url")}`;
    const cases: [string, RegExp][] = [
      [jws(statement, "HS256"), /alg must be RS256, RS384 or RS512/],
      [
        jws({ ...statement, verb: { id: "http://adlnet.gov/expapi/verbs/failed" } }),
        /payload does not match/,
      ],
      [forged, /does not verify/],
      ["not.a.jws.token", /compact serialisation/],
    ];
    for (const [token, message] of cases) {
      const res = await lrs.call(
        "POST",
        "/statements",
        multipart(signed(statement, token), [{ type: "application/octet-stream", content: token }]),
      );
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
  });
});
