-- CreateEnum
CREATE TYPE "FrameworkSource" AS ENUM ('manual', 'esco', 'generic');

-- CreateEnum
CREATE TYPE "SkillKind" AS ENUM ('group', 'skill');

-- CreateEnum
CREATE TYPE "JobRoleKind" AS ENUM ('job_role', 'member_segment');

-- CreateEnum
CREATE TYPE "AssetKind" AS ENUM ('course', 'webinar', 'practice_task', 'code_lab', 'peer_session', 'job_aid');

-- CreateEnum
CREATE TYPE "TagVocabulary" AS ENUM ('goal', 'outcome', 'topic', 'region', 'audience');

-- DropIndex
DROP INDEX "skills_name_key_key";

-- DropIndex
DROP INDEX "skills_category_idx";

-- AlterTable (framework_id is filled and made NOT NULL, and category dropped, at the end)
ALTER TABLE "skills" ADD COLUMN     "alt_labels" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "framework_id" UUID,
ADD COLUMN     "kind" "SkillKind" NOT NULL DEFAULT 'skill',
ADD COLUMN     "parent_id" UUID,
ADD COLUMN     "retired_at" TIMESTAMPTZ(3),
ADD COLUMN     "uri" TEXT;

-- CreateTable
CREATE TABLE "skill_frameworks" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "source" "FrameworkSource" NOT NULL DEFAULT 'manual',
    "version" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "skill_frameworks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proficiency_levels" (
    "id" UUID NOT NULL,
    "framework_id" UUID NOT NULL,
    "level" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "proficiency_levels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "framework_versions" (
    "id" UUID NOT NULL,
    "framework_id" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "file_names" TEXT NOT NULL DEFAULT '',
    "added" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "retired" INTEGER NOT NULL,
    "actor_id" TEXT,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "framework_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "skill_behaviours" (
    "id" UUID NOT NULL,
    "skill_id" UUID NOT NULL,
    "level" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "skill_behaviours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_roles" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "kind" "JobRoleKind" NOT NULL DEFAULT 'job_role',
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "role_skills" (
    "role_id" UUID NOT NULL,
    "skill_id" UUID NOT NULL,
    "target_level" INTEGER NOT NULL,
    "is_essential" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "role_skills_pkey" PRIMARY KEY ("role_id","skill_id")
);

-- CreateTable
CREATE TABLE "learning_assets" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "title_key" TEXT NOT NULL,
    "kind" "AssetKind" NOT NULL,
    "owner" TEXT NOT NULL DEFAULT '',
    "format" TEXT NOT NULL DEFAULT '',
    "duration_minutes" INTEGER,
    "language" TEXT NOT NULL DEFAULT 'en',
    "regions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "learning_assets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "asset_activities" (
    "activity_id" TEXT NOT NULL,
    "asset_id" UUID NOT NULL,

    CONSTRAINT "asset_activities_pkey" PRIMARY KEY ("activity_id")
);

-- CreateTable
CREATE TABLE "asset_skills" (
    "asset_id" UUID NOT NULL,
    "skill_id" UUID NOT NULL,
    "target_level" INTEGER,

    CONSTRAINT "asset_skills_pkey" PRIMARY KEY ("asset_id","skill_id")
);

-- CreateTable
CREATE TABLE "tags" (
    "id" UUID NOT NULL,
    "vocabulary" "TagVocabulary" NOT NULL,
    "label" TEXT NOT NULL,
    "label_key" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "asset_tags" (
    "asset_id" UUID NOT NULL,
    "tag_id" UUID NOT NULL,

    CONSTRAINT "asset_tags_pkey" PRIMARY KEY ("asset_id","tag_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "skill_frameworks_name_key_key" ON "skill_frameworks"("name_key");

-- CreateIndex
CREATE UNIQUE INDEX "proficiency_levels_framework_id_level_key" ON "proficiency_levels"("framework_id", "level");

-- CreateIndex
CREATE INDEX "framework_versions_framework_id_imported_at_idx" ON "framework_versions"("framework_id", "imported_at");

-- CreateIndex
CREATE UNIQUE INDEX "skill_behaviours_skill_id_level_position_key" ON "skill_behaviours"("skill_id", "level", "position");

-- CreateIndex
CREATE UNIQUE INDEX "job_roles_name_key_key" ON "job_roles"("name_key");

-- CreateIndex
CREATE INDEX "role_skills_skill_id_idx" ON "role_skills"("skill_id");

-- CreateIndex
CREATE UNIQUE INDEX "learning_assets_title_key_key" ON "learning_assets"("title_key");

-- CreateIndex
CREATE INDEX "learning_assets_kind_idx" ON "learning_assets"("kind");

-- CreateIndex
CREATE INDEX "asset_activities_asset_id_idx" ON "asset_activities"("asset_id");

-- CreateIndex
CREATE INDEX "asset_skills_skill_id_idx" ON "asset_skills"("skill_id");

-- CreateIndex
CREATE UNIQUE INDEX "tags_vocabulary_label_key_key" ON "tags"("vocabulary", "label_key");

-- CreateIndex
CREATE INDEX "asset_tags_tag_id_idx" ON "asset_tags"("tag_id");

-- CreateIndex
CREATE INDEX "skills_framework_id_name_key_idx" ON "skills"("framework_id", "name_key");

-- CreateIndex
CREATE INDEX "skills_parent_id_idx" ON "skills"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "skills_framework_id_uri_key" ON "skills"("framework_id", "uri");

-- AddForeignKey
ALTER TABLE "proficiency_levels" ADD CONSTRAINT "proficiency_levels_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "skill_frameworks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "framework_versions" ADD CONSTRAINT "framework_versions_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "skill_frameworks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skills" ADD CONSTRAINT "skills_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "skill_frameworks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skills" ADD CONSTRAINT "skills_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skill_behaviours" ADD CONSTRAINT "skill_behaviours_skill_id_fkey" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_skills" ADD CONSTRAINT "role_skills_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "job_roles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_skills" ADD CONSTRAINT "role_skills_skill_id_fkey" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_activities" ADD CONSTRAINT "asset_activities_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "learning_assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_skills" ADD CONSTRAINT "asset_skills_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "learning_assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_skills" ADD CONSTRAINT "asset_skills_skill_id_fkey" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_tags" ADD CONSTRAINT "asset_tags_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "learning_assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_tags" ADD CONSTRAINT "asset_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Skills from before frameworks move into one framework, "Skills"; each category becomes a group
-- above its skills, so nothing is lost.
INSERT INTO "skill_frameworks" ("id", "name", "name_key", "description", "updated_at")
SELECT gen_random_uuid(), 'Skills', 'skills', 'Skills entered before frameworks existed.', CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "skills");

UPDATE "skills" SET "framework_id" = (SELECT "id" FROM "skill_frameworks" WHERE "name_key" = 'skills');

INSERT INTO "skills" ("id", "framework_id", "kind", "name", "name_key", "updated_at")
SELECT gen_random_uuid(), f."id", 'group', c."category", lower(regexp_replace(trim(c."category"), '\s+', ' ', 'g')), CURRENT_TIMESTAMP
FROM (SELECT DISTINCT "category" FROM "skills" WHERE "category" IS NOT NULL AND trim("category") <> '') c
CROSS JOIN "skill_frameworks" f
WHERE f."name_key" = 'skills';

UPDATE "skills" s SET "parent_id" = g."id"
FROM "skills" g
WHERE g."kind" = 'group' AND s."kind" = 'skill' AND g."framework_id" = s."framework_id" AND g."name" = s."category";

ALTER TABLE "skills" ALTER COLUMN "framework_id" SET NOT NULL;
ALTER TABLE "skills" DROP COLUMN "category";
