export { handleXapiRequest, xapiError, XAPI_BASE_PATH } from "./handler";
