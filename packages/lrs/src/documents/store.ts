import type { TSqlRunner } from "@xroi/db/sql";
import type { TDocumentKey } from "./params";

export type TStoredDocument = {
  contentType: string;
  content: Uint8Array;
  etag: string;
  updatedAt: Date;
};

const WHERE_KEY = "kind = $1 AND activity_id = $2 AND agent_ifi = $3 AND registration = $4";
const keyParams = (k: TDocumentKey) => [k.kind, k.activityId, k.agentIfi, k.registration];

export async function readDocument(
  db: TSqlRunner,
  key: TDocumentKey,
  forUpdate = false,
): Promise<TStoredDocument | undefined> {
  const rows = await db.query<{
    contentType: string;
    content: Uint8Array;
    etag: string;
    updatedAt: string;
  }>(
    `SELECT content_type AS "contentType", content, etag,
            to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"
       FROM lrs_documents WHERE ${WHERE_KEY} AND document_id = $5${forUpdate ? " FOR UPDATE" : ""}`,
    [...keyParams(key), key.documentId],
  );
  const row = rows[0];
  return row
    ? { ...row, content: new Uint8Array(row.content), updatedAt: new Date(row.updatedAt) }
    : undefined;
}

export async function writeDocument(
  db: TSqlRunner,
  key: TDocumentKey,
  doc: Omit<TStoredDocument, "updatedAt">,
): Promise<void> {
  await db.query(
    `INSERT INTO lrs_documents (kind, activity_id, agent_ifi, registration, document_id, content_type, content, etag, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
     ON CONFLICT (kind, activity_id, agent_ifi, registration, document_id)
     DO UPDATE SET content_type = excluded.content_type, content = excluded.content, etag = excluded.etag, updated_at = now()`,
    [...keyParams(key), key.documentId, doc.contentType, doc.content, doc.etag],
  );
}

/** Deletes one document, or every document under the key when it names none (state only). */
export async function deleteDocuments(db: TSqlRunner, key: TDocumentKey): Promise<void> {
  if (key.documentId !== undefined)
    await db.query(`DELETE FROM lrs_documents WHERE ${WHERE_KEY} AND document_id = $5`, [
      ...keyParams(key),
      key.documentId,
    ]);
  else await db.query(`DELETE FROM lrs_documents WHERE ${WHERE_KEY}`, keyParams(key));
}

export async function listDocumentIds(
  db: TSqlRunner,
  key: TDocumentKey,
  since?: string,
): Promise<string[]> {
  const params: unknown[] = keyParams(key);
  let where = WHERE_KEY;
  if (since) {
    params.push(since);
    where += " AND updated_at > $5::timestamptz";
  }
  const rows = await db.query<{ id: string }>(
    `SELECT document_id AS id FROM lrs_documents WHERE ${where} ORDER BY document_id`,
    params,
  );
  return rows.map((r) => r.id);
}
