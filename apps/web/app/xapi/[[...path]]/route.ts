import { getLrsHandler } from "@/server/lrs";

// The xAPI LRS (packages/lrs) answers every method under /xapi, including CORS preflights.
async function handler(req: Request) {
  return (await getLrsHandler())(req);
}

export {
  handler as GET,
  handler as POST,
  handler as PUT,
  handler as DELETE,
  handler as HEAD,
  handler as OPTIONS,
};
