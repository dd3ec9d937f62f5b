// The renderer's only way out of its sandbox: trpc-electron's request/response bridge on one
// channel. Nothing else is exposed; no generic send(channel).
import { exposeElectronTRPC } from "trpc-electron/main";

exposeElectronTRPC();
