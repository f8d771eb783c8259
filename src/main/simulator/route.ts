// What a simulator route is: a method, a path pattern and a handler from the request to its answer. Apart
// from routes.ts so that the route groups (read-routes.ts, control.ts) and routes.ts import no one another.
import type { IncomingHttpHeaders } from 'node:http';

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** The request's headers (the Countries API reads Locale). */
  headers: IncomingHttpHeaders;
  now: Date;
}

export interface ApiAnswer {
  status: number;
  json: unknown;
}

export type Route = [method: string, pattern: RegExp, handler: (request: ApiRequest, params: string[]) => ApiAnswer];
