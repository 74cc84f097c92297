// A typed error whose message is a key of the `errors` catalogue: the action layer
// translates it for the person; anything else is logged and shown as a generic failure.

export type TErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "READ_ONLY"
  | "ACCOUNT_INACTIVE"
  | "MAIL_FAILED"
  | "BAD_REQUEST";

export class AppError extends Error {
  readonly code: TErrorCode;
  readonly messageKey: string;
  readonly fieldErrors?: Record<string, string>;
  readonly values?: Record<string, string | number>;

  constructor(
    code: TErrorCode,
    messageKey: string,
    options: { fieldErrors?: Record<string, string>; values?: Record<string, string | number> } = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey;
    this.fieldErrors = options.fieldErrors;
    this.values = options.values;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const forbidden = (key = "forbidden") => new AppError("FORBIDDEN", key);
export const notFound = (key = "notFound") => new AppError("NOT_FOUND", key);
