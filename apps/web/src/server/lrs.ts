import "server-only";
import { serverEnv } from "@xroi/db";
import { identityIngestHooks } from "@xroi/core/ingest";
import { createLrsHandler } from "@xroi/lrs";
import { getServices } from "./services";

type THandler = (req: Request) => Promise<Response>;
const holder = globalThis as unknown as { __xroiLrs?: Promise<THandler> };

/** The process's LRS handler on the process's database, created on first use. */
export function getLrsHandler(): Promise<THandler> {
  holder.__xroiLrs ??= getServices()
    .then(({ db }) => {
      const env = serverEnv();
      return createLrsHandler({
        db,
        publicUrl: env.XROI_PUBLIC_URL
          ? `${env.XROI_PUBLIC_URL.replace(/\/$/, "")}/xapi`
          : undefined,
        maxBodyBytes: env.XROI_LRS_MAX_BODY_BYTES,
        hooks: identityIngestHooks(),
      });
    })
    .catch((error: unknown) => {
      holder.__xroiLrs = undefined;
      throw error;
    });
  return holder.__xroiLrs;
}
