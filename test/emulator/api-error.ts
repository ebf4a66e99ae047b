import type { ResponseParameters } from "./telegram-types.ts";

/** A Bot API failure: thrown by method handlers, answered as `{ ok: false, error_code, description }`. */
export class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }

  toResponse(): { ok: false; error_code: number; description: string; parameters?: ResponseParameters } {
    return {
      ok: false,
      error_code: this.errorCode,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

/** Telegram prefixes every 400 with "Bad Request: "; client libraries and bots match on these texts. */
export const badRequest = (what: string) => new ApiError(400, `Bad Request: ${what}`);
export const forbidden = (what: string) => new ApiError(403, `Forbidden: ${what}`);

/** The description Telegram gives each code when the test does not name one. */
export function defaultDescription(errorCode: number, retryAfter?: number): string {
  switch (errorCode) {
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 409:
      return "Conflict";
    case 429:
      return `Too Many Requests: retry after ${retryAfter ?? 1}`;
    case 500:
      return "Internal Server Error";
    case 502:
      return "Bad Gateway";
    default:
      return `Error ${errorCode}`;
  }
}
