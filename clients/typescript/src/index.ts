// Typed clients for the three CareOps services. The types in ./generated are produced by
// openapi-typescript from the committed specs (../../openapi/*.json; `npm run generate`); never
// edit them by hand. The calls go through openapi-fetch, so paths, parameters, bodies and answers
// (including the problem JSON of every error) are checked by the compiler.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths as SchedulingPaths, components as SchedulingComponents } from "./generated/scheduling.ts";
import type { paths as IncidentSafetyPaths, components as IncidentSafetyComponents } from "./generated/incident-safety.ts";
import type { paths as CompliancePaths, components as ComplianceComponents } from "./generated/compliance.ts";

export type { SchedulingPaths, IncidentSafetyPaths, CompliancePaths };
export type SchedulingSchemas = SchedulingComponents["schemas"];
export type IncidentSafetySchemas = IncidentSafetyComponents["schemas"];
export type ComplianceSchemas = ComplianceComponents["schemas"];

/** The RFC 9457 problem every error of every service answers (the same schema in all three specs). */
export type Problem = SchedulingSchemas["Problem"];

export interface ClientOptions {
  /** The service's address, e.g. http://localhost:8081 (the local launcher) or the ingress URL. */
  baseUrl: string;
  /**
   * Returns the bearer JWT for each request (called per request, so a refreshed token is picked up).
   * Locally: `deploy/local/token.sh manager <care-home id>` prints one.
   */
  token: () => string | Promise<string>;
  /** A fetch to use instead of the global one (tests, instrumentation). */
  fetch?: typeof globalThis.fetch;
}

function bearer(token: ClientOptions["token"]): Middleware {
  return {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await token()}`);
      return request;
    },
  };
}

function client<Paths extends {}>(options: ClientOptions): Client<Paths> {
  const created = createClient<Paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  created.use(bearer(options.token));
  return created;
}

/** Care homes, units, staff, shifts, rota, working time, rota health (port 8081 locally). */
export const createSchedulingClient = (options: ClientOptions) => client<SchedulingPaths>(options);

/** Incidents, root cause analyses, safety action plans, lessons, trends (port 8082 locally). */
export const createIncidentSafetyClient = (options: ClientOptions) => client<IncidentSafetyPaths>(options);

/** Certifications, expiry alerts, dashboard, training returns (port 8083 locally). */
export const createComplianceClient = (options: ClientOptions) => client<CompliancePaths>(options);

/** Throws the problem as an Error carrying it, for callers that prefer exceptions to `{ data, error }`. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem, readonly response: Response) {
    super(`${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}`);
  }
}

/** Unwraps an openapi-fetch answer: the data on success, a ProblemError otherwise. */
export function orThrow<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.error !== undefined || answer.data === undefined) {
    throw new ProblemError(answer.error as Problem, answer.response);
  }
  return answer.data;
}
