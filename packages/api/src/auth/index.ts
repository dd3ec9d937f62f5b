export { createAuth, sessionUserFromHeaders, type TAuth, type TAuthOptions } from "./create-auth";
export { createSignInThrottle, type TSignInThrottle } from "./sign-in-throttle";
export { authSecret } from "./secret";
