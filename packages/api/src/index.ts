export { appRouter, createCaller, type AppRouter } from "./root";
export { handleTrpcRequest, handleAuthRequest, csrfRejection } from "./http";
export { createContext, type TContext, type TSessionUser } from "./context";
export {
  createIdentifiersConnector,
  CONNECTOR_IDENTIFIERS_PATH,
  IDENTIFIERS_SCOPE,
} from "./connectors/identifiers";
