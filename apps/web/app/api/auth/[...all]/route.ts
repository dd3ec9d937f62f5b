import { handleAuthRequest } from "@xroi/api";
import { getServices } from "@/server/services";

async function handler(req: Request) {
  const { auth } = await getServices();
  return handleAuthRequest(req, auth);
}

export { handler as GET, handler as POST };
