-- CreateEnum
CREATE TYPE "AllocationBasis" AS ENUM ('shares', 'learner_count', 'learner_hours');

-- CreateEnum
CREATE TYPE "AllocationTargetKind" AS ENUM ('asset', 'cohort');

-- CreateTable
CREATE TABLE "cost_allocations" (
    "id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "basis" "AllocationBasis" NOT NULL,
    "window_from" DATE,
    "window_to" DATE,
    "with_optional" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cost_allocations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "allocation_targets" (
    "id" UUID NOT NULL,
    "allocation_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "kind" "AllocationTargetKind" NOT NULL,
    "weight" DECIMAL(18,6) NOT NULL,
    "learners" INTEGER,
    "completions" INTEGER,
    "outcomes" INTEGER,
    "outcome_label" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "allocation_targets_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cost_allocations_program_id_name_key" ON "cost_allocations"("program_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "allocation_targets_allocation_id_position_key" ON "allocation_targets"("allocation_id", "position");

-- AddForeignKey
ALTER TABLE "cost_allocations" ADD CONSTRAINT "cost_allocations_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation_targets" ADD CONSTRAINT "allocation_targets_allocation_id_fkey" FOREIGN KEY ("allocation_id") REFERENCES "cost_allocations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

