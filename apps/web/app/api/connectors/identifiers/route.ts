import { createIdentifiersConnector } from "@xroi/api";
import { getServices } from "@/server/services";

type THandler = (req: Request) => Promise<Response>;
const holder = globalThis as unknown as { __xroiIdentifiersConnector?: THandler };

// ID mappings from connectors, with an LRS credential holding identifiers/write (docs/identity-import.md).
async function handler(req: Request) {
  const { db } = await getServices();
  holder.__xroiIdentifiersConnector ??= createIdentifiersConnector({ db });
  return holder.__xroiIdentifiersConnector(req);
}

export { handler as GET, handler as POST, handler as PUT, handler as DELETE };
