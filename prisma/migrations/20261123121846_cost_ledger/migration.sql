-- CreateEnum
CREATE TYPE "cost_category" AS ENUM ('people', 'content', 'technology', 'licences', 'participant_time', 'other');

-- CreateEnum
CREATE TYPE "cost_unit" AS ENUM ('hour', 'month', 'user_month', 'learner_hour', 'fixed');

-- CreateEnum
CREATE TYPE "cost_phase" AS ENUM ('discovery', 'design', 'build', 'pilot', 'deployment', 'operations', 'other');

-- CreateEnum
CREATE TYPE "cost_recurrence" AS ENUM ('one_time', 'monthly', 'yearly');

-- CreateEnum
CREATE TYPE "cost_status" AS ENUM ('planned', 'actual');

-- CreateTable
CREATE TABLE "programs" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "currency" CHAR(3) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cost_items" (
    "id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "component" TEXT NOT NULL,
    "category" "cost_category" NOT NULL,
    "phase" "cost_phase" NOT NULL,
    "unit" "cost_unit" NOT NULL,
    "rate" DECIMAL(18,6) NOT NULL,
    "volume" DECIMAL(18,6) NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "recurrence" "cost_recurrence" NOT NULL,
    "starts_on" DATE,
    "ends_on" DATE,
    "status" "cost_status" NOT NULL DEFAULT 'planned',
    "owner" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "is_optional" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cost_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "programs_name_key_key" ON "programs"("name_key");

-- CreateIndex
CREATE INDEX "cost_items_program_id_category_idx" ON "cost_items"("program_id", "category");

-- AddForeignKey
ALTER TABLE "cost_items" ADD CONSTRAINT "cost_items_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

