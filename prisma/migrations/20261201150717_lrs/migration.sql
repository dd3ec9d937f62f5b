-- CreateTable
CREATE TABLE "lrs_credentials" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "scopes" TEXT[],
    "xapi_version" TEXT NOT NULL DEFAULT '2.0.0',
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "lrs_credentials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lrs_statements" (
    "stored" TIMESTAMPTZ(6) NOT NULL,
    "id" UUID NOT NULL,
    "statement" JSONB NOT NULL,
    "actor_ifi" TEXT NOT NULL,
    "verb_id" TEXT NOT NULL,
    "activity_id" TEXT,
    "object_statement_id" UUID,
    "registration" UUID,
    "timestamp" TIMESTAMPTZ(6) NOT NULL,
    "voided" BOOLEAN NOT NULL DEFAULT false,
    "credential_id" UUID,

    CONSTRAINT "lrs_statements_pkey" PRIMARY KEY ("stored")
);

-- CreateTable
CREATE TABLE "lrs_statement_keys" (
    "stored" TIMESTAMPTZ(6) NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "is_direct" BOOLEAN NOT NULL,

    CONSTRAINT "lrs_statement_keys_pkey" PRIMARY KEY ("stored","kind","key")
);

-- CreateTable
CREATE TABLE "lrs_clock" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "last_stored" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "lrs_clock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lrs_inflight" (
    "first_stored" TIMESTAMPTZ(6) NOT NULL,
    "allocated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "lrs_inflight_pkey" PRIMARY KEY ("first_stored")
);

-- CreateTable
CREATE TABLE "lrs_attachments" (
    "sha2" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lrs_attachments_pkey" PRIMARY KEY ("sha2")
);

-- CreateTable
CREATE TABLE "lrs_activities" (
    "id" TEXT NOT NULL,
    "definition" JSONB,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lrs_activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lrs_documents" (
    "kind" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL DEFAULT '',
    "agent_ifi" TEXT NOT NULL DEFAULT '',
    "registration" TEXT NOT NULL DEFAULT '',
    "document_id" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "etag" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lrs_documents_pkey" PRIMARY KEY ("kind","activity_id","agent_ifi","registration","document_id")
);

-- CreateTable
CREATE TABLE "lrs_rejections" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "credential_id" UUID,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "message" TEXT NOT NULL,

    CONSTRAINT "lrs_rejections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "lrs_credentials_key_key" ON "lrs_credentials"("key");

-- CreateIndex
CREATE UNIQUE INDEX "lrs_statements_id_key" ON "lrs_statements"("id");

-- CreateIndex
CREATE INDEX "lrs_statements_actor_ifi_stored_idx" ON "lrs_statements"("actor_ifi", "stored");

-- CreateIndex
CREATE INDEX "lrs_statements_verb_id_stored_idx" ON "lrs_statements"("verb_id", "stored");

-- CreateIndex
CREATE INDEX "lrs_statements_activity_id_stored_idx" ON "lrs_statements"("activity_id", "stored") WHERE "activity_id" IS NOT NULL;

-- CreateIndex
CREATE INDEX "lrs_statements_registration_stored_idx" ON "lrs_statements"("registration", "stored") WHERE "registration" IS NOT NULL;

-- CreateIndex
CREATE INDEX "lrs_statements_object_statement_id_idx" ON "lrs_statements"("object_statement_id") WHERE "object_statement_id" IS NOT NULL;

-- CreateIndex
CREATE INDEX "lrs_statements_credential_id_stored_idx" ON "lrs_statements"("credential_id", "stored");

-- CreateIndex
CREATE INDEX "lrs_statement_keys_kind_key_stored_idx" ON "lrs_statement_keys"("kind", "key", "stored");

-- CreateIndex
CREATE INDEX "lrs_inflight_allocated_at_idx" ON "lrs_inflight"("allocated_at");

-- CreateIndex
CREATE INDEX "lrs_documents_kind_agent_ifi_activity_id_updated_at_idx" ON "lrs_documents"("kind", "agent_ifi", "activity_id", "updated_at");

-- CreateIndex
CREATE INDEX "lrs_rejections_at_idx" ON "lrs_rejections"("at");

-- AddForeignKey
ALTER TABLE "lrs_statements" ADD CONSTRAINT "lrs_statements_credential_id_fkey" FOREIGN KEY ("credential_id") REFERENCES "lrs_credentials"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Partial indexes (above): most statements have no registration, many no activity object, few
-- a StatementRef; leaving the empty ones out keeps ingest and the indexes lean.

-- The plain `agent` filter matches only direct keys (an agent object); this partial index serves
-- it without reading the related rows.
CREATE INDEX "lrs_statement_keys_direct_idx" ON "lrs_statement_keys"("kind", "key", "stored") WHERE "is_direct";

-- One clock row; see model LrsClock.
INSERT INTO "lrs_clock" ("id", "last_stored") VALUES (1, '1970-01-01T00:00:00Z');
