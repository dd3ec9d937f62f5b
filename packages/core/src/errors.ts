/**
 * An expected failure the user can act on. `field` names the input that caused it so a form can
 * show the message beside that field; the API maps `code` to a tRPC code.
 */
export type TDomainErrorCode = "NOT_FOUND" | "CONFLICT" | "BAD_REQUEST" | "FORBIDDEN";

export class DomainError extends Error {
  constructor(
    readonly code: TDomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
