// A failure to show the user as-is (bad input, missing file): dispatch turns it into { ok: false, error }.
// Anything else thrown by a handler is a bug and reaches the user as a generic INTERNAL error.
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'UserError'
  }
}
