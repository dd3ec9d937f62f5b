-- AlterTable
ALTER TABLE "allocation_targets" ADD COLUMN     "asset_id" UUID;

-- CreateIndex
CREATE INDEX "allocation_targets_asset_id_idx" ON "allocation_targets"("asset_id");

-- AddForeignKey
ALTER TABLE "allocation_targets" ADD CONSTRAINT "allocation_targets_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "learning_assets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

