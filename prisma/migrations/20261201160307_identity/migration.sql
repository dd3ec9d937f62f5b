-- CreateEnum
CREATE TYPE "organization_kind" AS ENUM ('member_company', 'client', 'internal');

-- CreateEnum
CREATE TYPE "person_status" AS ENUM ('active', 'merged');

-- CreateEnum
CREATE TYPE "match_candidate_status" AS ENUM ('open', 'merged', 'dismissed');

-- CreateTable
CREATE TABLE "lrs_actors" (
    "actor_ifi" TEXT NOT NULL,
    "person_id" UUID,
    "first_stored" TIMESTAMPTZ(6) NOT NULL,
    "resolved_by" TEXT,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "lrs_actors_pkey" PRIMARY KEY ("actor_ifi")
);

-- CreateTable
CREATE TABLE "organizations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "kind" "organization_kind" NOT NULL DEFAULT 'member_company',
    "external_id" TEXT,
    "region" TEXT NOT NULL DEFAULT '',
    "country" TEXT NOT NULL DEFAULT '',
    "size_band" TEXT NOT NULL DEFAULT '',
    "industry" TEXT NOT NULL DEFAULT '',
    "membership_tier" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "teams" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "organization_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "people" (
    "id" UUID NOT NULL,
    "display_name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "organization_id" UUID,
    "team_id" UUID,
    "status" "person_status" NOT NULL DEFAULT 'active',
    "merged_into_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_identifiers" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "system" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "match_key" TEXT NOT NULL,
    "email_sha1" TEXT,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "first_seen" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL DEFAULT 'manual',

    CONSTRAINT "person_identifiers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "settings" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "identity_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "match_candidates" (
    "id" UUID NOT NULL,
    "person_a_id" UUID NOT NULL,
    "person_b_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "status" "match_candidate_status" NOT NULL DEFAULT 'open',
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "match_candidates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_merges" (
    "id" UUID NOT NULL,
    "survivor_id" UUID NOT NULL,
    "merged_id" UUID NOT NULL,
    "moved" JSONB NOT NULL,
    "merged_by" TEXT,
    "merged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMPTZ(3),

    CONSTRAINT "person_merges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity_imports" (
    "id" UUID NOT NULL,
    "system" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "imported_by" TEXT,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "identity_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quality_runs" (
    "id" UUID NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "duration_ms" INTEGER NOT NULL,
    "trigger" TEXT NOT NULL,
    "results" JSONB NOT NULL,

    CONSTRAINT "quality_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "lrs_actors_person_id_idx" ON "lrs_actors"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "organizations_name_key_key" ON "organizations"("name_key");

-- CreateIndex
CREATE UNIQUE INDEX "organizations_external_id_key" ON "organizations"("external_id");

-- CreateIndex
CREATE UNIQUE INDEX "teams_organization_id_name_key_key" ON "teams"("organization_id", "name_key");

-- CreateIndex
CREATE INDEX "people_organization_id_name_key_idx" ON "people"("organization_id", "name_key");

-- CreateIndex
CREATE INDEX "people_name_key_idx" ON "people"("name_key");

-- CreateIndex
CREATE INDEX "person_identifiers_person_id_idx" ON "person_identifiers"("person_id");

-- CreateIndex
CREATE INDEX "person_identifiers_kind_match_key_idx" ON "person_identifiers"("kind", "match_key");

-- CreateIndex
CREATE INDEX "person_identifiers_email_sha1_idx" ON "person_identifiers"("email_sha1");

-- CreateIndex
CREATE UNIQUE INDEX "person_identifiers_system_kind_match_key_key" ON "person_identifiers"("system", "kind", "match_key");

-- CreateIndex
CREATE INDEX "match_candidates_status_score_idx" ON "match_candidates"("status", "score");

-- CreateIndex
CREATE UNIQUE INDEX "match_candidates_person_a_id_person_b_id_key" ON "match_candidates"("person_a_id", "person_b_id");

-- CreateIndex
CREATE INDEX "person_merges_survivor_id_idx" ON "person_merges"("survivor_id");

-- CreateIndex
CREATE INDEX "person_merges_merged_id_idx" ON "person_merges"("merged_id");

-- CreateIndex
CREATE INDEX "quality_runs_started_at_idx" ON "quality_runs"("started_at");

-- AddForeignKey
ALTER TABLE "lrs_actors" ADD CONSTRAINT "lrs_actors_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "teams" ADD CONSTRAINT "teams_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_identifiers" ADD CONSTRAINT "person_identifiers_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Unresolved actors, for the quality checks and for resolving them when mappings arrive.
CREATE INDEX "lrs_actors_unresolved_idx" ON "lrs_actors"("actor_ifi") WHERE "person_id" IS NULL;

-- Actors of statements stored before this migration.
INSERT INTO "lrs_actors" ("actor_ifi", "first_stored")
SELECT "actor_ifi", min("stored") FROM "lrs_statements" GROUP BY "actor_ifi"
ON CONFLICT DO NOTHING;
