// Wire helpers: reading a JSON body, Twenty's REST error body (contract 4.5), and the outcome type route
// handlers return. Handlers never throw for a client's mistake; they return a RestFailure.
import type { IncomingMessage } from 'node:http'

export interface RestFailure {
  readonly status: number
  readonly body: RestErrorBody
}

export interface RestErrorBody {
  readonly statusCode: number
  readonly error: string
  readonly messages: readonly string[]
  readonly code?: string
}

export interface RestReply {
  readonly status: number
  readonly body: unknown
  /** Records received or returned, for the request log. */
  readonly recordCount: number | null
}

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: RestFailure }

const ERROR_NAMES: Readonly<Record<number, string>> = {
  400: 'BadRequestException',
  401: 'UnauthorizedException',
  403: 'ForbiddenException',
  404: 'NotFoundException',
  429: 'TooManyRequestsException',
  500: 'InternalServerErrorException',
}

export function restFailure(status: number, message: string, code?: string): RestFailure {
  const body: RestErrorBody = { statusCode: status, error: ERROR_NAMES[status] ?? 'HttpException', messages: [message] }
  return { status, body: code === undefined ? body : { ...body, code } }
}

export function fail<T>(status: number, message: string, code?: string): Outcome<T> {
  return { ok: false, failure: restFailure(status, message, code) }
}

export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value }
}

export type JsonBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string }

export async function readJsonBody(request: IncomingMessage): Promise<JsonBody> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, message: `Invalid JSON body: ${(error as Error).message}` }
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
