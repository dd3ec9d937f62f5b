import { handleXapiRequest } from "@xroi/lrs";

// The xAPI LRS is mounted here; packages/lrs answers every method.
const handler = (req: Request) => handleXapiRequest(req);
export {
  handler as GET,
  handler as POST,
  handler as PUT,
  handler as DELETE,
  handler as HEAD,
  handler as OPTIONS,
};
