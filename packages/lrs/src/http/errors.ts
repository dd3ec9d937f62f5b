/**
 * A request the LRS refuses: the status it answers with and a message that names the offending
 * property or parameter and the rule. Thrown anywhere under the handler, turned into a JSON body.
 */
export class LrsError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "LrsError";
  }
}

export const badRequest = (message: string) => new LrsError(400, message);
export const notFound = (message: string) => new LrsError(404, message);
export const conflict = (message: string) => new LrsError(409, message);
export const preconditionFailed = (message: string) => new LrsError(412, message);
export const forbidden = (message: string) => new LrsError(403, message);
