export { appRouter, createCaller, type AppRouter } from "./root";
export { handleTrpcRequest, handleAuthRequest, csrfRejection } from "./http";
export { createContext, type TContext, type TSessionUser } from "./context";
