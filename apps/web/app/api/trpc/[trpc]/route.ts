import { handleTrpcRequest } from "@xroi/api";
import { getServices } from "@/server/services";

async function handler(req: Request) {
  const { db, auth } = await getServices();
  return handleTrpcRequest(req, { db: db.prisma, auth, endpoint: "/api/trpc" });
}

export { handler as GET, handler as POST };
